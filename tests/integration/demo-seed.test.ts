import { describe, expect, it } from "vitest";
import { withTenant } from "@/server/db/tenant";
import { getStoredPlan } from "@/server/opportunities/get-stored-plan";
import { loadSeekerEvents } from "@/server/opportunities/plan-seeker";
import { planTimeline, toContractOutput } from "@/server/cadence";
import { getEffectivePolicy } from "@/server/policies/effective-policy";
import { seedDemo } from "@/server/seed/demo";
import { appDb } from "./db";

describe("demo seed", () => {
  it("builds Northside and Lakeshore with eight weeks of activity, and running it twice changes nothing", async () => {
    // Timing is reported by `npm run db:seed`, not asserted: no timed tests.
    const first = await seedDemo(appDb());

    const countEvents = (organizationId: string) => withTenant({ organizationId }, (tx) => tx.opportunityEvent.count(), appDb());
    const eventsAfterFirst = await countEvents(first.northside.organizationId);
    const second = await seedDemo(appDb());
    expect(second).toEqual(first);
    expect(await countEvents(first.northside.organizationId)).toBe(eventsAfterFirst);

    const northside = await withTenant({ organizationId: first.northside.organizationId }, async (tx) => ({
      seekers: await tx.membership.count({ where: { role: "SEEKER" } }),
      coaches: await tx.membership.count({ where: { role: "COACH" } }),
      admins: await tx.membership.count({ where: { role: "ADMIN" } }),
      cohorts: await tx.cohort.count(),
      caseload: await tx.caseloadAssignment.groupBy({ by: ["coachMembershipId"], _count: true }),
      seekersWithEvents: (await tx.opportunityEvent.groupBy({ by: ["seekerMembershipId"] })).length,
      policyVersions: await tx.organizationPolicy.findMany({ select: { policy: true, version: true } }),
      overrides: await tx.seekerPolicyOverride.findMany({ select: { policy: true } }),
      states: (await tx.opportunity.groupBy({ by: ["state"], _count: true })).map((row) => row.state),
      statuses: (await tx.plannedFollowUp.groupBy({ by: ["status"], _count: true })).map((row) => row.status),
      eventTypes: (await tx.opportunityEvent.groupBy({ by: ["type"], _count: true })).map((row) => row.type),
    }));
    expect(northside).toMatchObject({ seekers: 24, coaches: 2, admins: 1, cohorts: 2, seekersWithEvents: 24 });
    expect(northside.caseload.map((row) => row._count).sort()).toEqual([11, 13]);
    expect(northside.policyVersions).toEqual([{ policy: "three-by-three", version: 1 }]);
    expect(northside.overrides.map((row) => row.policy).sort()).toEqual(["follow-through", "only-mutual-interest", "persist-until-answer", "two-week-call"]);
    expect(northside.states).toEqual(expect.arrayContaining(["active", "closed_offer", "closed_rejected"]));
    expect(northside.statuses).toEqual(expect.arrayContaining(["open", "done", "cancelled"]));
    expect(northside.eventTypes).toEqual(expect.arrayContaining(["applied", "interview", "follow_up", "response"]));
    expect(first.lakeshore.seekerMembershipIds).toHaveLength(3);
    expect(await withTenant({ organizationId: first.lakeshore.organizationId }, (tx) => tx.opportunityEvent.groupBy({ by: ["seekerMembershipId"] }), appDb())).toHaveLength(3);
  }, 60_000);

  it("stores, for a seeker on an override, what the planner plans for their history", async () => {
    const { northside } = await seedDemo(appDb());
    const seekerMembershipId = northside.seekerMembershipIds[2]!; // on two-week-call
    const now = new Date();
    await withTenant({ organizationId: northside.organizationId }, async (tx) => {
      const effective = await getEffectivePolicy(tx, seekerMembershipId);
      expect(effective.policy.id).toBe("two-week-call");
      const events = await loadSeekerEvents(tx, seekerMembershipId);
      const { policy: _policy, ...expected } = toContractOutput(planTimeline({ timezone: "America/Chicago", holidays: "US", policy: effective.policy, events }, { now }));
      expect(await getStoredPlan(tx, seekerMembershipId, now)).toEqual(expected);
    }, appDb());
  });
});
