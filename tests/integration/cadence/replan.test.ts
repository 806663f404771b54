/**
 * Re-planning: the same history planned twice writes nothing, and a policy
 * change re-plans the open steps while done steps stay exactly as they were.
 */
import { describe, expect, it } from "vitest";
import { logEvent } from "@/server/opportunities/log-event";
import { replanSeeker } from "@/server/opportunities/replan-seeker";
import { setOrganizationPolicy } from "@/server/policy-changes/set-organization-policy";
import { clearSeekerOverride, setSeekerOverride } from "@/server/policy-changes/set-seeker-override";
import { getPolicyReplanProgress, replanPendingSeekers } from "@/server/policy-changes/replan-for-policy";
import { appDb } from "../db";
import { freshTenant, inTenant, seekerOf, type CadenceTenant } from "./helpers";
import { STORIES } from "./stories";

const now = new Date("2026-03-25T17:00:00Z");
const threeByThree = STORIES.find((story) => story.preset === "three-by-three")!;

async function seekerUnderThreeByThree(): Promise<CadenceTenant> {
  const tenant = await freshTenant();
  await inTenant(tenant, (tx) => setOrganizationPolicy(tx, { organizationId: tenant.organization.id, actorUserId: null, policy: "three-by-three", now }));
  // Up to the first keep-in-touch call: some steps done, one open.
  for (const event of threeByThree.events.slice(0, 6)) await inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event, now }));
  return tenant;
}

const rowsOf = (tenant: CadenceTenant) =>
  inTenant(tenant, (tx) => tx.plannedFollowUp.findMany({ where: { seekerMembershipId: tenant.seeker.membership.id }, orderBy: { id: "asc" } }));

describe("re-planning", () => {
  it("changes nothing when the history and policy have not changed", async () => {
    const tenant = await seekerUnderThreeByThree();
    const before = await rowsOf(tenant);
    const opportunitiesBefore = await inTenant(tenant, (tx) => tx.opportunity.findMany({ orderBy: { id: "asc" } }));
    for (let round = 0; round < 2; round += 1) {
      expect(await inTenant(tenant, (tx) => replanSeeker(tx, tenant.seeker.membership.id, now))).toEqual({ created: 0, updated: 0, deleted: 0 });
    }
    expect(await rowsOf(tenant)).toEqual(before);
    expect(await inTenant(tenant, (tx) => tx.opportunity.findMany({ orderBy: { id: "asc" } }))).toEqual(opportunitiesBefore);
  });

  it("re-plans open steps under a new policy and leaves done steps untouched", async () => {
    const tenant = await seekerUnderThreeByThree();
    const before = await rowsOf(tenant);
    const doneBefore = before.filter((row) => row.status === "done");
    expect(doneBefore.length).toBeGreaterThanOrEqual(3);
    expect(before.some((row) => row.status === "open" && row.stepId === "keep-in-touch-call")).toBe(true);

    const summary = await inTenant(tenant, (tx) =>
      setSeekerOverride(tx, { access: "system", seekerMembershipId: tenant.seeker.membership.id, actorUserId: tenant.coach.user.id, policy: "decision-date", now }),
    );
    expect(summary).toMatchObject({ source: "override", version: 1, policyId: "decision-date" });

    const after = await rowsOf(tenant);
    // Done rows: the same rows, byte for byte (dates, completion, the policy that planned them).
    expect(after.filter((row) => row.status === "done")).toEqual(doneBefore);
    // Open rows now come from decision-date, attributed to the override.
    const open = after.filter((row) => row.status !== "done");
    expect(open.length).toBeGreaterThan(0);
    for (const row of open) expect(row).toMatchObject({ policyId: "decision-date", policySource: "override", policyVersion: 1 });
    expect(open.some((row) => row.stepId === "keep-in-touch-call")).toBe(false);

    // Clearing the override goes back to the organization's three-by-three for open steps; done ones still untouched.
    await inTenant(tenant, (tx) => clearSeekerOverride(tx, { access: "system", seekerMembershipId: tenant.seeker.membership.id, actorUserId: tenant.coach.user.id, now }));
    const restored = await rowsOf(tenant);
    expect(restored.filter((row) => doneBefore.some((done) => done.id === row.id))).toEqual(doneBefore);
    expect(restored.some((row) => row.status === "open" && row.stepId === "keep-in-touch-call" && row.policySource === "organization")).toBe(true);
  });

  it("an organization policy change re-plans seekers without an override and spares those with one", async () => {
    const tenant = await seekerUnderThreeByThree();
    await inTenant(tenant, (tx) => setSeekerOverride(tx, { access: "system", seekerMembershipId: tenant.seeker.membership.id, actorUserId: null, policy: "persist-until-answer", now }));
    const before = await rowsOf(tenant);
    const result = await inTenant(tenant, (tx) => setOrganizationPolicy(tx, { organizationId: tenant.organization.id, actorUserId: null, policy: "two-week-call", now }));
    // The seeker on an override is not even listed for the re-plan.
    expect(result).toMatchObject({ source: "organization", version: 2, policyId: "two-week-call", replan: { version: 2, total: 0 } });
    expect(await replanPendingSeekers({ organizationId: tenant.organization.id, policyVersion: 2, now }, appDb())).toEqual({ replanned: 0 });
    expect(await rowsOf(tenant)).toEqual(before);
  });

  it("re-plans a seeker without an override after the save, off the request: pending first, then done, once", async () => {
    const tenant = await seekerUnderThreeByThree();
    const doneBefore = (await rowsOf(tenant)).filter((row) => row.status === "done");
    const result = await inTenant(tenant, (tx) => setOrganizationPolicy(tx, { organizationId: tenant.organization.id, actorUserId: null, policy: "two-week-call", now }));
    expect(result.replan).toEqual({ version: 2, total: 1 });
    // Saved, not yet re-planned: open steps are still three-by-three's.
    expect(await inTenant(tenant, (tx) => getPolicyReplanProgress(tx))).toEqual({ version: 2, total: 1, replanned: 0, inProcess: false });
    expect((await rowsOf(tenant)).some((row) => row.status === "open" && row.policyId === "three-by-three")).toBe(true);

    expect(await replanPendingSeekers({ organizationId: tenant.organization.id, policyVersion: 2, now }, appDb())).toEqual({ replanned: 1 });
    const after = await rowsOf(tenant);
    expect(after.filter((row) => row.status === "done")).toEqual(doneBefore);
    for (const row of after.filter((row) => row.status !== "done")) expect(row).toMatchObject({ policyId: "two-week-call", policySource: "organization", policyVersion: 2 });
    expect(await inTenant(tenant, (tx) => getPolicyReplanProgress(tx))).toEqual({ version: 2, total: 1, replanned: 1, inProcess: true });
    // A second runner (a retried step, a double click) finds nothing left.
    expect(await replanPendingSeekers({ organizationId: tenant.organization.id, policyVersion: 2, now }, appDb())).toEqual({ replanned: 0 });
  });
});
