/**
 * Keeping plans current without anyone logging: a plan's date-dependent
 * state ("presumed closed" once the employer's silence has lasted long
 * enough) is stored as of the seeker's last re-plan, so every morning each
 * organization's seekers are re-planned as of that day.
 *
 * The cron only fans out, one event per organization; the per-organization
 * function runs one step per seeker (stable ids, retried individually) and
 * never runs twice at once for the same tenant.
 */
import { cron } from "inngest";
import { listOrganizationIds, withTenant } from "@/server/db/tenant";
import { listSeekersWithHistory } from "@/server/opportunities/list-seekers-with-history";
import { replanSeeker } from "@/server/opportunities/replan-seeker";
import { inngest } from "../client";
import { organizationReplanRequested } from "../events";

export const refreshPlansDaily = inngest.createFunction(
  // 10:00 UTC is early morning across the Americas, before seekers open Today.
  { id: "refresh-plans-daily", triggers: [cron("0 10 * * *")] },
  async ({ step }) => {
    const organizationIds = await step.run("list-organizations", () => listOrganizationIds());
    if (organizationIds.length === 0) return { organizations: 0 };
    await step.sendEvent(
      "request-organization-replans",
      organizationIds.map((organizationId) => organizationReplanRequested.create({ organizationId })),
    );
    return { organizations: organizationIds.length };
  },
);

export const replanOrganization = inngest.createFunction(
  {
    id: "replan-organization",
    triggers: [organizationReplanRequested],
    concurrency: { key: "event.data.organizationId", limit: 1 },
  },
  async ({ event, step }) => {
    const { organizationId } = event.data;
    const seekerIds = await step.run("list-seekers", () => withTenant({ organizationId }, (tx) => listSeekersWithHistory(tx)));
    let changedRows = 0;
    for (const seekerId of seekerIds) {
      const counts = await step.run(`replan-seeker-${seekerId}`, () =>
        withTenant({ organizationId }, (tx) => replanSeeker(tx, seekerId, new Date())),
      );
      changedRows += counts.created + counts.updated + counts.deleted;
    }
    return { organizationId, seekers: seekerIds.length, changedRows };
  },
);
