/**
 * The typed event catalogue: every event the app sends or a function
 * listens to is declared here, once, with its payload schema.
 */
import { eventType } from "inngest";
import { z } from "zod";

const tenantScoped = {
  /** Every event names its tenant: functions run tenant-scoped and throttle per tenant. */
  organizationId: z.string().min(1),
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A seeker logged something (or ticked a step off) and was re-planned: their pending reminders may have moved. */
export const activityLogged = eventType("cadence/activity.logged", {
  schema: z.object({
    ...tenantScoped,
    seekerMembershipId: z.string().min(1),
    /** The opportunity the event concerned; null for a seeker-wide one (a competing offer). */
    opportunityKey: z.string().nullable(),
    eventId: z.string().min(1),
    /** How many planned steps the re-plan created, changed and removed. */
    changes: z.object({ created: z.number().int(), updated: z.number().int(), deleted: z.number().int() }),
  }),
});

/** The organization's policy, or one seeker's override, changed. */
export const policyChanged = eventType("cadence/policy.changed", {
  schema: z.object({
    ...tenantScoped,
    /** null: the organization policy changed; every seeker without an override is affected. */
    seekerMembershipId: z.string().min(1).nullable(),
    policyVersion: z.number().int().nonnegative(),
  }),
});

/**
 * One open step as planned now: its reminder wakes on `notBefore` and its
 * overdue nudge the morning after `due`. A re-plan that moves the step sends
 * a new one (a new event id); the run for the old dates finds them changed
 * when it wakes and ends without sending.
 */
export const followUpPlanned = eventType("cadence/follow-up.planned", {
  schema: z.object({ ...tenantScoped, seekerMembershipId: z.string().min(1), followUpId: z.string().min(1), notBefore: day, due: day }),
});

/** A step is done, skipped or gone: any reminder still sleeping for it ends. */
export const followUpClosed = eventType("cadence/follow-up.closed", {
  schema: z.object({ ...tenantScoped, followUpId: z.string().min(1) }),
});

/** Re-plan one seeker after the organization's policy changed (event id `replan:<seeker>:v<version>`). */
export const seekerReplanRequested = eventType("cadence/seeker.replan-requested", {
  schema: z.object({ ...tenantScoped, seekerMembershipId: z.string().min(1), policyVersion: z.number().int().positive() }),
});

/** A seeker's plan was recomputed outside logging (a policy change): their reminders are planned again. */
export const seekerReplanned = eventType("cadence/seeker.replanned", {
  schema: z.object({ ...tenantScoped, seekerMembershipId: z.string().min(1) }),
});

/**
 * Re-plan every seeker of one organization as of now: states that depend on
 * the date (presumed closed) move on even when nobody logs anything.
 */
export const organizationReplanRequested = eventType("cadence/organization.replan-requested", {
  schema: z.object({ ...tenantScoped }),
});



/** One recipient's weekly digest (event id `digest:<membership>:<ISO week>`, so a second cron run adds nothing). */
export const digestRequested = eventType("digests/digest.requested", {
  schema: z.object({ ...tenantScoped, membershipId: z.string().min(1), week: z.string().regex(/^\d{4}-W\d{2}$/) }),
});
export const eventCatalogue = [activityLogged, policyChanged, seekerReplanRequested, seekerReplanned, followUpPlanned, followUpClosed, organizationReplanRequested, digestRequested] as const;
