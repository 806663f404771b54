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

/**
 * Re-plan every seeker of one organization as of now: states that depend on
 * the date (presumed closed) move on even when nobody logs anything.
 */
export const organizationReplanRequested = eventType("cadence/organization.replan-requested", {
  schema: z.object({ ...tenantScoped }),
});

// activity/logged and policy/changed arrive with the functions that consume them (issue #8): an event no function listens to is not declared.
export const eventCatalogue = [organizationReplanRequested] as const;
