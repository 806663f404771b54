/**
 * Plain words for the planner's codes, so a seeker reads "Call Dana Lee
 * (hiring manager) to say thank you" rather than `thank_you / phone`.
 */
import type { OpportunitySummary } from "@/server/opportunities/schemas";

export type Channel = "email" | "phone" | "letter" | "handwritten_note" | "in_person";
export type Action = "thank_you" | "status_check" | "offer_outreach" | "referral_ask";
export type ContactRole = "hiring_manager" | "hr" | "recruiter" | "interviewer" | "other";
export type OpportunityState = OpportunitySummary["state"];
export type OpportunityFlag = OpportunitySummary["flags"][number];

export const CHANNEL_LABEL: Record<Channel, string> = {
  email: "Email",
  phone: "Phone call",
  letter: "Mailed letter",
  handwritten_note: "Handwritten note",
  in_person: "In person",
};
export const CHANNELS = Object.keys(CHANNEL_LABEL) as Channel[];

export const ACTION_LABEL: Record<Action, string> = {
  thank_you: "Thank-you",
  status_check: "Status check",
  offer_outreach: "Mention another offer",
  referral_ask: "Ask for referrals",
};
export const ACTIONS = Object.keys(ACTION_LABEL) as Action[];

export const ROLE_LABEL: Record<ContactRole, string> = {
  hiring_manager: "hiring manager",
  hr: "HR",
  recruiter: "recruiter",
  interviewer: "interviewer",
  other: "contact",
};
export const ROLES = Object.keys(ROLE_LABEL) as ContactRole[];

export const STATE_LABEL: Record<OpportunityState, string> = {
  active: "Active",
  closed_offer: "Offer",
  closed_rejected: "Rejected",
  closed_runner_up: "Runner-up",
  presumed_closed: "Presumed closed",
  withdrawn: "Withdrawn",
};

export const FLAG_TEXT: Record<OpportunityFlag, { label: string; explanation: string }> = {
  over_contact: {
    label: "More contact than planned",
    explanation: "You reached out more often than your plan suggests. Give them room now; your next step will show on Today.",
  },
  too_early: {
    label: "Called a little early",
    explanation: "A call happened before the plan's date for it. No harm done; wait for the next planned step.",
  },
};

const who = (contact: string | null, role: ContactRole | undefined) =>
  contact ? `${contact}${role && role !== "other" ? ` (${ROLE_LABEL[role]})` : ""}` : null;

/** "Call Dana Lee (hiring manager) to say thank you", "Mail a thank-you letter". */
export function describeStep(action: Action, channel: Channel, contact: string | null, role?: ContactRole): string {
  const person = who(contact, role);
  const to = person ? ` to ${person}` : "";
  if (action === "thank_you") {
    if (channel === "phone") return person ? `Call ${person} to say thank you` : "Make a thank-you call";
    if (channel === "letter") return `Mail a thank-you letter${to}`;
    if (channel === "handwritten_note") return `Send a handwritten thank-you note${to}`;
    if (channel === "in_person") return person ? `Thank ${person} in person` : "Say thank you in person";
    return `Email a thank-you${to}`;
  }
  if (action === "status_check") {
    if (channel === "phone") return person ? `Call ${person} to check in` : "Call to check in on your application";
    if (channel === "letter") return `Mail a short follow-up letter${to}`;
    if (channel === "handwritten_note") return `Send a short check-in note${to}`;
    if (channel === "in_person") return person ? `Check in with ${person} in person` : "Check in in person";
    return person ? `Email ${person} to check in` : "Email to check in on your application";
  }
  if (action === "offer_outreach") {
    const verb = channel === "phone" ? "Call" : channel === "email" ? "Email" : "Contact";
    return `${verb} ${person ?? "the employer"} to mention your other offer`;
  }
  const verb = channel === "phone" ? "Call" : channel === "email" ? "Email" : "Reach out to";
  return `${verb} ${person ?? "your contact"} to ask about other openings`;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

/** "Thu, Mar 12" (a local date, shown as written: no time-zone shift). */
export function formatDay(day: string, withYear = false): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  });
}

/** "due today", "2 days overdue", "due tomorrow", "due Thu, Mar 12". */
export function friendlyDue(due: string, today: string): string {
  const days = daysBetween(today, due);
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  if (days === -1) return "1 day overdue";
  if (days < 0) return `${-days} days overdue`;
  return `due ${formatDay(due)}`;
}

/** "Mar 10, 2026, 3:00 PM" in the viewer's own time zone. */
export function formatInstant(at: Date): string {
  return at.toLocaleString("en-US", { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" });
}

export const ROLE_OPTION: Record<ContactRole, string> = {
  hiring_manager: "Hiring manager",
  hr: "HR",
  recruiter: "Recruiter",
  interviewer: "Interviewer",
  other: "Other",
};
