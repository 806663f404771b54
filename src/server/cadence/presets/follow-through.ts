import type { Policy } from "../policy-schema";
import { businessDays, calendarDays, dueNextBusinessDay, INTERVIEW, meetingThankYou } from "./shared";

export const followThroughPreset: Policy = {
  id: "follow-through",
  version: 1,
  name: "Follow-through",
  description: "A mailed thank-you letter, a second short letter after a week, then one sympathetic call after two weeks.",
  source: { title: "Winning or losing that job may be all in the follow-through", file: "003-follow-through.txt" },
  steps: [
    {
      id: "thank-you-letter",
      action: "thank_you",
      channel: "letter",
      audience: "main_contact",
      start: INTERVIEW,
      timing: dueNextBusinessDay,
      repeats: false,
      optional: false,
      script:
        "Type a short letter thanking them for the meeting and sharing your enthusiasm for the role. " +
        "If you remembered something worth adding, this is the place. Mail it rather than dropping it off.",
    },
    {
      id: "second-letter",
      action: "status_check",
      channel: "letter",
      audience: "main_contact",
      start: INTERVIEW,
      timing: { notBefore: calendarDays(7), due: { ...businessDays(2), from: "not_before" } },
      repeats: false,
      optional: false,
      script:
        "No news after a week is normal. Send a second short, friendly letter and enclose a fresh, unmarked printout of your resume, " +
        "so everything they need is in one place.",
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
        "Call with an understanding tone: you know hiring gets hectic and just want to make sure you are still in the running. " +
        "It is fine to ask whether one candidate has pulled ahead; either way you will know where to put your energy.",
    },
    meetingThankYou,
  ],
  caps: { flagExtraContacts: false },
  stopConditions: { onRunnerUp: "keep_active" },
  presumedClosed: null,
  tooEarly: { channel: "phone", step: "status-call" },
};
