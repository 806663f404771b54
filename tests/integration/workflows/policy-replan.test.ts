/**
 * Re-planning after an organization policy change, through the real Inngest
 * SDK (@inngest/test): one event per pending seeker with a stable id, each
 * seeker re-planned in its own step, counted once however often it runs.
 */
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { setOrganizationPolicy } from "@/server/policy-changes/set-organization-policy";
import { getPolicyReplanProgress } from "@/server/policy-changes/replan-for-policy";
import { logEvent } from "@/server/opportunities/log-event";
import { fanOutPolicyReplan, replanEventId, replanSeekerAfterPolicyChange } from "~inngest/functions/policies/replan-after-policy-change";
import { freshTenant, inTenant, seekerOf } from "../cadence/helpers";

const now = new Date("2026-04-20T17:00:00Z");

describe("policy re-plan workflow", () => {
  it("fans out one event per pending seeker with a stable id, then re-plans each once", async () => {
    const tenant = await freshTenant();
    await inTenant(tenant, (tx) =>
      logEvent(tx, { ...seekerOf(tenant), now, event: { type: "interview", at: "2026-04-14T10:00:00-05:00", opportunity: "acme", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] } }),
    );
    const saved = await inTenant(tenant, (tx) => setOrganizationPolicy(tx, { organizationId: tenant.organization.id, actorUserId: null, policy: "two-week-call", now }));
    const policyChanged = { name: "cadence/policy.changed", data: { organizationId: tenant.organization.id, seekerMembershipId: null, policyVersion: saved.replan.version } };

    const fanOut = await new InngestTestEngine({
      function: fanOutPolicyReplan,
      events: [policyChanged],
      steps: [{ id: "request-replans-0", handler: () => ({ ids: [] }) }],
    }).execute();
    const sent = (fanOut.ctx.step.sendEvent as unknown as { mock: { calls: [string, { id?: string; data: { seekerMembershipId: string } }[]][] } }).mock.calls.flatMap(([, events]) => events);
    expect(sent).toEqual([expect.objectContaining({ id: replanEventId(tenant.seeker.membership.id, saved.replan.version), data: expect.objectContaining({ seekerMembershipId: tenant.seeker.membership.id }) })]);

    const replanRequested = { name: "cadence/seeker.replan-requested", data: { organizationId: tenant.organization.id, seekerMembershipId: tenant.seeker.membership.id, policyVersion: saved.replan.version } };
    const run = () =>
      new InngestTestEngine({ function: replanSeekerAfterPolicyChange, events: [replanRequested], steps: [{ id: "announce-replanned", handler: () => ({ ids: [] }) }] }).execute();
    const first = await run();
    expect((first.result as { changedRows: number }).changedRows).toBeGreaterThan(0);
    const open = await inTenant(tenant, (tx) => tx.plannedFollowUp.findMany({ where: { status: "open" }, select: { policyId: true, policyVersion: true } }));
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((row) => row.policyId === "two-week-call" && row.policyVersion === saved.replan.version)).toBe(true);

    // A replayed event re-plans an unchanged history (nothing to write) and counts once.
    const again = await run();
    expect(again.result).toEqual({ changedRows: 0 });
    expect(await inTenant(tenant, (tx) => getPolicyReplanProgress(tx))).toEqual({ version: saved.replan.version, total: 1, replanned: 1, inProcess: false });
  });
});
