import type { Policy } from "../policy-schema";
import { businessDays, calendarDays, dueNextBusinessDay, INTERVIEW, meetingThankYou } from "./shared";

export const twoWeekCallPreset: Policy = {
  id: "two-week-call",
  version: 1,
  name: "Two-week call",
  description: "Thank every interviewer personally, call once after two weeks, and assume the role is filled if that call brings no answer.",
  source: { title: "The Importance of Follow-Up in Your Search for a Job", file: "002-two-week-call.txt" },
  steps: [
    {
      id: "thank-you-email",
      action: "thank_you",
      channel: "email",
      audience: "each_interviewer",
      start: INTERVIEW,
      timing: dueNextBusinessDay,
      repeats: false,
      optional: false,
      script:
        "Send this interviewer their own thank-you, personalised with something they said. It shows you are " +
        "thoughtful and keeps you on their mind.",
    },
    {
      id: "status-call",
      action: "status_check",
      channel: "phone",
      audience: "main_contact",
      start: INTERVIEW,
      timing: { notBefore: calendarDays(14), due: { ...businessDays(2), from: "not_before" } },
      repeats: false,
      optional: false,
      script:
        "Two weeks have passed, so a quick call is welcome now. Ask for a brief update on their decision and " +
        "thank them again. One call is enough: after this, let your other leads carry you.",
    },
    meetingThankYou,
  ],
  caps: { flagExtraContacts: true },
  stopConditions: { onRunnerUp: "keep_active" },
  presumedClosed: { step: "status-call", from: "done", businessDays: 5 },
  tooEarly: null,
};
