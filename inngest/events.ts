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

/** A seeker logged an application, interview, meeting, follow-up or answer. */
export const activityLogged = eventType("cadence/activity.logged", {
  schema: z.object({ ...tenantScoped, seekerMembershipId: z.string().min(1), eventId: z.string().min(1) }),
});

/** The organization's policy, or one seeker's override, changed: re-plan the affected seekers. */
export const policyChanged = eventType("cadence/policy.changed", {
  schema: z.object({
    ...tenantScoped,
    /** null: the organization policy changed, every seeker without an override is affected. */
    seekerMembershipId: z.string().min(1).nullable(),
    policyVersion: z.number().int().positive(),
  }),
});

/**
 * Re-plan every seeker of one organization as of now: states that depend on
 * the date (presumed closed) move on even when nobody logs anything.
 */
export const organizationReplanRequested = eventType("cadence/organization.replan-requested", {
  schema: z.object({ ...tenantScoped }),
});

export const eventCatalogue = [activityLogged, policyChanged, organizationReplanRequested] as const;
