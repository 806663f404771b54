import type { Policy } from "../policy-schema";
import { businessDays, calendarDays, dueNextBusinessDay, startOn } from "./shared";

const AFTER_ANY_CONVERSATION = startOn("interview", "informational_interview", "networking_meeting");

export const threeByThreePreset: Policy = {
  id: "three-by-three",
  version: 1,
  name: "Three by three",
  description: "Call three business days after applying; after any conversation call the next day, send a note, and keep calling every week to ten days.",
  source: { title: "How to follow up without feeling like a stalker (the 3x3 process)", file: "001-three-by-three.txt" },
  steps: [
    {
      id: "application-check",
      action: "status_check",
      channel: "phone",
      audience: "main_contact",
      start: startOn("applied"),
      timing: { notBefore: businessDays(3), due: { ...businessDays(3), from: "anchor" } },
      repeats: false,
      optional: false,
      script:
        "Call (a voicemail is fine) with a three-part message: you know they are busy and have many applicants; " +
        "you are calling to make sure your application arrived; and you would love to know if anything would improve your chances.",
    },
    {
      id: "thank-you-call",
      action: "thank_you",
      channel: "phone",
      audience: "main_contact",
      start: AFTER_ANY_CONVERSATION,
      timing: { notBefore: businessDays(1), due: { ...businessDays(1), from: "anchor" } },
      repeats: false,
      optional: false,
      script:
        "Call to thank them for their time. If the opportunity still excites you, say so plainly. " +
        "A friendly minute on the phone is all it takes.",
    },
    {
      id: "handwritten-note",
      action: "thank_you",
      channel: "handwritten_note",
      audience: "main_contact",
      start: AFTER_ANY_CONVERSATION,
      timing: dueNextBusinessDay,
      repeats: false,
      optional: false,
      script:
        "Write a short handwritten thank-you note. Most people skip this, so a few sincere lines in your own hand " +
        "really stand out.",
    },
    {
      id: "keep-in-touch-call",
      action: "status_check",
      channel: "phone",
      audience: "main_contact",
      start: { kind: "after_done", step: "thank-you-call" },
      timing: { notBefore: calendarDays(7), due: { ...calendarDays(10), from: "anchor" } },
      repeats: true,
      optional: false,
      script:
        "Check in by phone: you are still interested and looking forward to the next step. Keeping in touch every " +
        "week or so until you get a clear yes or no is persistence, not pestering.",
    },
  ],
  caps: { flagExtraContacts: false },
  stopConditions: { onRunnerUp: "keep_active" },
  presumedClosed: null,
  tooEarly: null,
};
