/** Building blocks the presets share, so each preset file reads like its rule table. */
import type { Offset, PolicyStep, StepTrigger } from "../policy-schema";

/** B+n: the n-th business day after the base date (B+0 = the base rolled). */
export const businessDays = (days: number): Offset => ({ unit: "business_days", days });
/** D+n: n calendar days after the base date, rolled to a business day. */
export const calendarDays = (days: number): Offset => ({ unit: "calendar_days", days });

export const startOn = (...triggers: StepTrigger[]): PolicyStep["start"] => ({ kind: "event", triggers });
export const INTERVIEW = startOn("interview");
export const MEETINGS = startOn("informational_interview", "networking_meeting");

/** "Due B+1" with no notBefore given: notBefore is the trigger's own date, rolled. */
export const dueNextBusinessDay = {
  notBefore: businessDays(0),
  due: { ...businessDays(1), from: "anchor" },
} as const satisfies PolicyStep["timing"];

/** Every school thanks the person met at a meeting by email the next business day. */
export const meetingThankYou: PolicyStep = {
  id: "meeting-thank-you",
  action: "thank_you",
  channel: "email",
  audience: "main_contact",
  start: MEETINGS,
  timing: dueNextBusinessDay,
  repeats: false,
  optional: false,
  script:
    "Thank them for the time they gave you. Name one thing from the conversation that helped or that you will act on, " +
    "and say you would be glad to stay in touch. Two or three warm sentences are plenty.",
};
