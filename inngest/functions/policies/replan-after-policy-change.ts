/**
 * Re-planning at organization scale: a new organization policy version fans
 * out one event per pending seeker (id `replan:<seeker>:v<version>`, so a
 * retry or a double save re-plans each once), and each seeker is re-planned
 * in a step of its own, a few at a time per organization so one large
 * tenant cannot starve the others. Progress is the PolicyReplan rows the
 * policy page polls. Done steps are never rewritten.
 */
import { withTenant } from "@/server/db/tenant";
import { listPendingReplans, replanSeekerForPolicy } from "@/server/policy-changes/replan-for-policy";
import { inngest } from "../../client";
import { policyChanged, seekerReplanned, seekerReplanRequested } from "../../events";

/** Events per sendEvent call: well under Inngest's payload limit. */
const FAN_OUT_CHUNK = 500;

export const replanEventId = (seekerMembershipId: string, policyVersion: number) => `replan:${seekerMembershipId}:v${policyVersion}`;

export const fanOutPolicyReplan = inngest.createFunction(
  { id: "fan-out-policy-replan", triggers: [{ event: policyChanged.name, if: "event.data.seekerMembershipId == null" }] },
  async ({ event, step }) => {
    const { organizationId, policyVersion } = event.data as { organizationId: string; policyVersion: number };
    const pending = await step.run("list-pending-seekers", () => withTenant({ organizationId }, (tx) => listPendingReplans(tx, policyVersion)));
    for (let start = 0; start < pending.length; start += FAN_OUT_CHUNK) {
      const chunk = pending.slice(start, start + FAN_OUT_CHUNK);
      await step.sendEvent(
        `request-replans-${start / FAN_OUT_CHUNK}`,
        chunk.map((seekerMembershipId) => seekerReplanRequested.create({ organizationId, seekerMembershipId, policyVersion }, { id: replanEventId(seekerMembershipId, policyVersion) })),
      );
    }
    return { organizationId, policyVersion, requested: pending.length };
  },
);

export const replanSeekerAfterPolicyChange = inngest.createFunction(
  {
    id: "replan-seeker-after-policy-change",
    triggers: [seekerReplanRequested],
    concurrency: [{ key: "event.data.organizationId", limit: 5 }],
  },
  async ({ event, step }) => {
    const { organizationId, seekerMembershipId, policyVersion } = event.data;
    const result = await step.run("replan-seeker", () =>
      withTenant({ organizationId }, (tx) => replanSeekerForPolicy(tx, { seekerMembershipId, policyVersion, by: "workflow" })),
    );
    // Their open steps may have moved: reminders are planned again.
    await step.sendEvent("announce-replanned", seekerReplanned.create({ organizationId, seekerMembershipId }));
    return result;
  },
);
