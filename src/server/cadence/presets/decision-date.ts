import type { Policy } from "../policy-schema";
import { businessDays, dueNextBusinessDay, INTERVIEW, meetingThankYou, startOn } from "./shared";

export const decisionDatePreset: Policy = {
  id: "decision-date",
  version: 1,
  name: "Decision date",
  description: "Thank them, check in once on the decision date they gave you, then let it go and keep searching.",
  source: { title: "Stop chasing employers", file: "000-stop-chasing.txt" },
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
        "Send a short, professional thank-you to the hiring manager. Mention something you enjoyed discussing " +
        "and say you are genuinely interested. Keep it friendly and brief.",
    },
    {
      id: "thank-you-other-interviewer",
      action: "thank_you",
      channel: "email",
      audience: "other_interviewers",
      start: INTERVIEW,
      timing: dueNextBusinessDay,
      repeats: false,
      optional: true,
      script:
        "If it feels right, send a brief thank-you to this interviewer too. It is a judgment call: " +
        "a sincere line or two is better than a long note.",
    },
    {
      id: "status-check",
      action: "status_check",
      channel: "email",
      audience: "main_contact",
      start: INTERVIEW,
      timing: {
        notBefore: { unit: "decision_date", fallback: businessDays(10) },
        due: { ...businessDays(0), from: "not_before" },
      },
      repeats: false,
      optional: false,
      script:
        "Today is the date they said they would decide. Send one polite note asking where things stand and " +
        "restating your interest. After this, let it rest and put your energy into your other leads.",
    },
    {
      id: "offer-outreach",
      action: "offer_outreach",
      channel: "phone",
      audience: "main_contact",
      start: startOn("competing_offer"),
      timing: { notBefore: businessDays(0), due: { ...businessDays(0), from: "not_before" } },
      repeats: false,
      optional: false,
      script:
        "You have another offer, and this role still matters to you. Call the hiring manager, say so honestly, " +
        "and ask whether they can share their timing. Whatever they answer, you will know where you stand.",
    },
    meetingThankYou,
  ],
  caps: { flagExtraContacts: true },
  stopConditions: { onRunnerUp: "keep_active" },
  presumedClosed: { step: "status-check", from: "due", businessDays: 10 },
  tooEarly: null,
};
