import type { Policy } from "../policy-schema";
import { businessDays, calendarDays, dueNextBusinessDay, INTERVIEW, meetingThankYou, startOn } from "./shared";

export const persistUntilAnswerPreset: Policy = {
  id: "persist-until-answer",
  version: 1,
  name: "Persist until answer",
  description: "Check in every week until you get a definite yes or no, and turn a no into a networking lead.",
  source: { title: "Following up (F. U.) after interviews, by Bev Rautenberg", file: "004-persist-until-answer.txt" },
  steps: [
    {
      id: "thank-you-email",
      action: "thank_you",
      channel: "email",
      audience: "main_contact",
      start: INTERVIEW,
      timing: dueNextBusinessDay,
      repeats: false,
      optional: false,
      script:
        "Thank the hiring manager for the interview and say clearly that you want the job. Confidence reads well.",
    },
    {
      id: "check-in",
      action: "status_check",
      channel: "phone",
      audience: "main_contact",
      start: INTERVIEW,
      timing: { notBefore: calendarDays(7), due: { ...businessDays(2), from: "not_before" } },
      repeats: true,
      optional: false,
      script:
        "Call sounding confident: you believe you are the right person for the role. Ask where things stand. " +
        "Keep checking in each week until you have a definite yes or no; every answer moves you forward.",
    },
    {
      id: "referral-ask",
      action: "referral_ask",
      channel: "email",
      audience: "main_contact",
      start: startOn("rejected"),
      timing: dueNextBusinessDay,
      repeats: false,
      optional: false,
      script:
        "A no is one step closer to a yes. Say you are sorry not to be joining them, wish them well with their choice, " +
        "and ask whether they know of other openings where your experience could help. This contact is now part of your network.",
    },
    meetingThankYou,
  ],
  caps: { flagExtraContacts: false },
  stopConditions: { onRunnerUp: "keep_active" },
  presumedClosed: null,
  tooEarly: null,
};
