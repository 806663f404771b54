import type { Policy } from "../policy-schema";
import { dueNextBusinessDay, INTERVIEW, meetingThankYou } from "./shared";

export const onlyMutualInterestPreset: Policy = {
  id: "only-mutual-interest",
  version: 1,
  name: "Only mutual interest",
  description: "Send one thank-you letter and nothing more: spend your energy on employers who show they want you.",
  source: {
    title: "Winning or losing that job may be all in the follow-through (JobFairy.com's note after the article)",
    file: "003-follow-through.txt",
  },
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
        "Send one warm thank-you letter. Then turn your attention to your other leads: the right employer " +
        "will show they are as interested in you as you are in them.",
    },
    meetingThankYou,
  ],
  caps: { flagExtraContacts: true },
  stopConditions: { onRunnerUp: "close" },
  presumedClosed: { step: "thank-you-letter", from: "due", businessDays: 10 },
  tooEarly: null,
};
