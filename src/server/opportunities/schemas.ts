/**
 * The shapes the opportunity read models return (and the procedures
 * declare as their output): explicit, never raw rows.
 */
import { z } from "zod";
import { CHANNELS, CONTACT_ROLES, EVENT_TYPES } from "./planner";

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZState = z.enum(["active", "closed_offer", "closed_rejected", "closed_runner_up", "presumed_closed", "withdrawn"]);
const ZFlag = z.enum(["over_contact", "too_early"]);
const ZAction = z.enum(["thank_you", "status_check", "offer_outreach", "referral_ask"]);
export const ZChannel = z.enum(CHANNELS);
export type Channel = z.infer<typeof ZChannel>;

export const ZFollowUpView = z.object({
  id: z.string(),
  opportunityKey: z.string(),
  step: z.string(),
  action: ZAction,
  channel: ZChannel,
  contact: z.string().nullable(),
  notBefore: ZDate,
  due: ZDate,
  status: z.enum(["open", "done", "cancelled"]),
  doneAt: z.date().nullable(),
  optional: z.boolean(),
  overdue: z.boolean(),
  script: z.string(),
  policy: z.object({ source: z.enum(["default", "organization", "override"]), id: z.string(), version: z.number().int() }),
});
export type FollowUpView = z.infer<typeof ZFollowUpView>;

export const ZTodayFollowUp = ZFollowUpView.extend({ opportunityTitle: z.string(), company: z.string().nullable() });

export const ZOpportunitySummary = z.object({
  key: z.string(),
  title: z.string(),
  company: z.string().nullable(),
  kind: z.enum(["job", "networking"]),
  state: ZState,
  flags: z.array(ZFlag),
  openedAt: z.date(),
  lastEventAt: z.date(),
  openFollowUps: z.number().int(),
  nextDue: ZDate.nullable(),
});
export type OpportunitySummary = z.infer<typeof ZOpportunitySummary>;

export const ZOpportunityTimeline = z.object({
  opportunity: ZOpportunitySummary,
  contacts: z.array(z.object({ name: z.string(), role: z.enum(CONTACT_ROLES), email: z.string().nullable(), phone: z.string().nullable() })),
  events: z.array(z.object({ id: z.string(), type: z.enum(EVENT_TYPES), at: z.date(), payload: z.record(z.string(), z.unknown()), loggedAt: z.date() })),
  followUps: z.array(ZFollowUpView),
  extraContacts: z.array(z.object({ at: z.date(), channel: ZChannel, contact: z.string().nullable(), overContact: z.boolean() })),
});
export type OpportunityTimeline = z.infer<typeof ZOpportunityTimeline>;

export const ZLogEventResult = z.object({
  eventId: z.string(),
  sequence: z.number().int(),
  opportunityKey: z.string().nullable(),
  changes: z.object({ created: z.number().int(), updated: z.number().int(), deleted: z.number().int() }),
});
