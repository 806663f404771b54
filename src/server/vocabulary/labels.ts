/**
 * Plain words for every code, for both portals and the emails: one table per
 * enum, each a `Record` over the enum itself, so a code added to the
 * vocabulary (src/server/cadence/vocabulary.ts) is a compile error here until
 * it has words. Where a seeker and a coach need different voices ("you" and
 * "they"), the entry carries both.
 */
import type {
  Action,
  Audience,
  Channel,
  ContactRole,
  EventType,
  OpportunityFlag,
  OpportunityState,
  PolicySource,
  ResponseResult,
  StepStatus,
  StepTrigger,
} from "@/server/cadence";

export const CHANNEL_LABEL: Readonly<Record<Channel, string>> = {
  email: "Email",
  phone: "Phone call",
  letter: "Mailed letter",
  handwritten_note: "Handwritten note",
  in_person: "In person",
};

/** Mid-sentence: "a status check by phone call". */
export const channelWords = (channel: Channel) => CHANNEL_LABEL[channel].toLowerCase();

export const ACTION_LABEL: Readonly<Record<Action, string>> = {
  thank_you: "Thank-you",
  status_check: "Status check",
  offer_outreach: "Mention another offer",
  referral_ask: "Ask for referrals",
};

/** A contact's role mid-sentence ("Dana Lee (hiring manager)"); `other` says nothing. */
export const ROLE_LABEL: Readonly<Record<ContactRole, string>> = {
  hiring_manager: "hiring manager",
  hr: "HR",
  recruiter: "recruiter",
  interviewer: "interviewer",
  other: "contact",
};

/** A contact's role as a choice in a form. */
export const ROLE_OPTION: Readonly<Record<ContactRole, string>> = {
  hiring_manager: "Hiring manager",
  hr: "HR",
  recruiter: "Recruiter",
  interviewer: "Interviewer",
  other: "Other",
};

export type Tone = "active" | "good" | "closed" | "warning";

export const STATE_LABEL: Readonly<Record<OpportunityState, { label: string; seeker: string; coach: string; tone: Tone }>> = {
  active: { label: "Active", seeker: "Still in play: no definite answer yet.", coach: "Still in play: no definite answer yet.", tone: "active" },
  closed_offer: { label: "Offer", seeker: "You got an offer: every open step was cancelled.", coach: "They got an offer: every open step was cancelled.", tone: "good" },
  closed_rejected: { label: "Not selected", seeker: "They chose someone else: open steps were cancelled.", coach: "The employer said no: open steps were cancelled.", tone: "closed" },
  closed_runner_up: { label: "Runner-up", seeker: "Runner-up; under your plan that closes the opportunity.", coach: "Runner-up; under this policy that closes the opportunity.", tone: "closed" },
  presumed_closed: {
    label: "Presumed closed",
    seeker: "No answer within the time your plan allows after the last check: time to move on.",
    coach: "No answer within the span the policy allows after the last check: time to move on.",
    tone: "warning",
  },
  withdrawn: { label: "Withdrawn", seeker: "You withdrew: open steps were cancelled.", coach: "The seeker withdrew: open steps were cancelled.", tone: "closed" },
};

export const FLAG_LABEL: Readonly<Record<OpportunityFlag, { seekerLabel: string; coachLabel: string; seeker: string; coach: string }>> = {
  over_contact: {
    seekerLabel: "More contact than planned",
    coachLabel: "Over-contact",
    seeker: "You reached out more often than your plan suggests. Give them room now; your next step will show on Today.",
    coach: "They contacted the employer more than the policy asks; worth a word about persistence vs. pestering.",
  },
  too_early: {
    seekerLabel: "Called a little early",
    coachLabel: "Called too early",
    seeker: "A call happened before the plan's date for it. No harm done; wait for the next planned step.",
    coach: "They phoned before the status call was due under the policy.",
  },
};

export const EVENT_LABEL: Readonly<Record<EventType, string>> = {
  applied: "Applied",
  interview: "Interview",
  informational_interview: "Informational interview",
  networking_meeting: "Networking meeting",
  follow_up: "Followed up",
  response: "Employer answered",
  competing_offer: "Competing offer",
  withdrawn: "Withdrew",
};

/** The employer's answer mid-sentence: "they answered: an offer". */
export const RESULT_LABEL: Readonly<Record<ResponseResult, string>> = {
  offer: "an offer",
  rejected: "not selected",
  runner_up: "runner-up",
  still_deciding: "still deciding",
};

export const STEP_STATUS_LABEL: Readonly<Record<StepStatus, string>> = { open: "Open", done: "Done", cancelled: "Cancelled" };

export const POLICY_SOURCE_LABEL: Readonly<Record<PolicySource, string>> = {
  default: "Built-in default",
  organization: "Organization policy",
  override: "Per-client override",
};

/** What starts a policy step, mid-sentence: "After an interview". */
export const TRIGGER_LABEL: Readonly<Record<StepTrigger, string>> = {
  applied: "an application",
  interview: "an interview",
  informational_interview: "an informational interview",
  networking_meeting: "a networking meeting",
  competing_offer: "a competing offer",
  rejected: "a rejection",
};

export const AUDIENCE_LABEL: Readonly<Record<Audience, string>> = {
  main_contact: "the main contact",
  each_interviewer: "each interviewer",
  other_interviewers: "each other interviewer",
};
