/**
 * The follow-up vocabulary, declared once: every code the planner reads or
 * writes. The Prisma schema declares the same enums for the database; the
 * vocabulary test proves the two lists are identical, so a code added on
 * one side and not the other fails `npm test`. Labels for people live in
 * src/server/vocabulary/labels.ts, exhaustive over these lists.
 */

/** What a seeker can log. The opening types start an opportunity. */
export const EVENT_TYPES = [
  "applied",
  "interview",
  "informational_interview",
  "networking_meeting",
  "follow_up",
  "response",
  "competing_offer",
  "withdrawn",
] as const;
export const OPENING_EVENT_TYPES = ["applied", "interview", "informational_interview", "networking_meeting"] as const;

/** What a follow-up is for, and how it is made. */
export const ACTIONS = ["thank_you", "status_check", "offer_outreach", "referral_ask"] as const;
export const CHANNELS = ["email", "phone", "letter", "handwritten_note", "in_person"] as const;

/** Who a contact is to the seeker's opportunity. */
export const CONTACT_ROLES = ["hiring_manager", "hr", "recruiter", "interviewer", "other"] as const;

/** What the employer answered. */
export const RESPONSE_RESULTS = ["offer", "rejected", "runner_up", "still_deciding"] as const;

/** A planned step's life. */
export const STEP_STATUSES = ["open", "done", "cancelled"] as const;

/** Where an opportunity stands, and what the planner noticed about it. */
export const OPPORTUNITY_KINDS = ["job", "networking"] as const;
export const OPPORTUNITY_STATES = ["active", "closed_offer", "closed_rejected", "closed_runner_up", "presumed_closed", "withdrawn"] as const;
export const OPPORTUNITY_FLAGS = ["over_contact", "too_early"] as const;

/** Which policy planned a step: the built-in default, the organization's, or a per-client override. */
export const POLICY_SOURCES = ["default", "organization", "override"] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type OpeningEventType = (typeof OPENING_EVENT_TYPES)[number];
export type Action = (typeof ACTIONS)[number];
export type Channel = (typeof CHANNELS)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type ResponseResult = (typeof RESPONSE_RESULTS)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
export type OpportunityState = (typeof OPPORTUNITY_STATES)[number];
export type OpportunityFlag = (typeof OPPORTUNITY_FLAGS)[number];
export type PolicySource = (typeof POLICY_SOURCES)[number];

/** The kind of opportunity an opening event starts. */
export const KIND_OF_OPENING: Readonly<Record<OpeningEventType, OpportunityKind>> = {
  applied: "job",
  interview: "job",
  informational_interview: "networking",
  networking_meeting: "networking",
};

export const isOpeningEventType = (type: string): type is OpeningEventType => (OPENING_EVENT_TYPES as readonly string[]).includes(type);
