/**
 * The shapes the opportunity read models return (and the procedures
 * declare as their output): explicit, never raw rows. Every enum comes from
 * the cadence vocabulary.
 */
import { z } from "zod";
import {
  ACTIONS,
  CHANNELS,
  CONTACT_ROLES,
  EVENT_TYPES,
  OPPORTUNITY_FLAGS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATES,
  POLICY_SOURCES,
  STEP_STATUSES,
  ZEventInput,
} from "@/server/cadence";

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZFollowUpView = z.object({
  id: z.string(),
  opportunityKey: z.string(),
  step: z.string(),
  action: z.enum(ACTIONS),
  channel: z.enum(CHANNELS),
  contact: z.string().nullable(),
  notBefore: ZDay,
  due: ZDay,
  status: z.enum(STEP_STATUSES),
  doneAt: z.date().nullable(),
  /** The logged follow-up that completed it: the one link between a step and the event, as the store keeps it. */
  doneByEventId: z.string().nullable(),
  optional: z.boolean(),
  overdue: z.boolean(),
  script: z.string(),
  policy: z.object({ source: z.enum(POLICY_SOURCES), id: z.string(), version: z.number().int() }),
});
export type FollowUpView = z.infer<typeof ZFollowUpView>;

export const ZContactView = z.object({ name: z.string(), role: z.enum(CONTACT_ROLES), email: z.string().nullable(), phone: z.string().nullable() });
export type ContactView = z.infer<typeof ZContactView>;

/** A step on Today: where it belongs and who it addresses, with what is known about them, in one read. */
export const ZTodayFollowUp = ZFollowUpView.extend({
  opportunityTitle: z.string(),
  company: z.string().nullable(),
  /** The step's contact as the opportunity knows them (role, email, phone); null when the step names nobody known. */
  contactDetails: ZContactView.nullable(),
});
export type TodayFollowUp = z.infer<typeof ZTodayFollowUp>;

export const ZToday = z.object({ today: ZDay, followUps: z.array(ZTodayFollowUp) });

export const ZOpportunitySummary = z.object({
  key: z.string(),
  title: z.string(),
  company: z.string().nullable(),
  kind: z.enum(OPPORTUNITY_KINDS),
  state: z.enum(OPPORTUNITY_STATES),
  flags: z.array(z.enum(OPPORTUNITY_FLAGS)),
  openedAt: z.date(),
  lastEventAt: z.date(),
  /** The local date of the last event, in the seeker's zone (an evening event belongs to its own day). */
  lastEventDay: ZDay,
  openFollowUps: z.number().int(),
  nextDue: ZDay.nullable(),
});
export type OpportunitySummary = z.infer<typeof ZOpportunitySummary>;

export const ZOpportunityList = z.object({
  /** The seeker's today, so the page judges "due" and "overdue" by the same day the server did. */
  today: ZDay,
  opportunities: z.array(ZOpportunitySummary),
});
export type OpportunityList = z.infer<typeof ZOpportunityList>;

export const ZLoggedEventView = z.object({ id: z.string(), type: z.enum(EVENT_TYPES), at: z.date(), day: ZDay, loggedAt: z.date(), event: ZEventInput });
export type LoggedEventView = z.infer<typeof ZLoggedEventView>;

/**
 * One opportunity's story in order, as both portals show it: each logged
 * event, except that a follow-up which completed a planned step is shown once,
 * as that step done (paired by the step's doneByEventId, never by time);
 * steps not done sit at the end of their due day.
 */
export const ZTimelineEntry = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("event"),
    id: z.string(),
    day: ZDay,
    logged: ZLoggedEventView,
    /** A follow-up that completed no planned step; over-contact when the policy flags it. */
    extraContact: z.object({ overContact: z.boolean() }).nullable(),
  }),
  z.object({
    kind: z.literal("step"),
    id: z.string(),
    day: ZDay,
    step: ZFollowUpView,
    /** The follow-up that completed it, as it was logged. */
    doneBy: ZLoggedEventView.nullable(),
  }),
]);
export type TimelineEntry = z.infer<typeof ZTimelineEntry>;

export const ZOpportunityTimeline = z.object({
  opportunity: ZOpportunitySummary,
  /** The seeker's time zone and today: what every day in this timeline is judged by. */
  timeZone: z.string(),
  today: ZDay,
  contacts: z.array(ZContactView),
  events: z.array(ZLoggedEventView),
  followUps: z.array(ZFollowUpView),
  entries: z.array(ZTimelineEntry),
});
export type OpportunityTimeline = z.infer<typeof ZOpportunityTimeline>;

export const ZLogEventResult = z.object({
  eventId: z.string(),
  sequence: z.number().int(),
  opportunityKey: z.string().nullable(),
  changes: z.object({ created: z.number().int(), updated: z.number().int(), deleted: z.number().int() }),
});
