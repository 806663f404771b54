/**
 * Ten logs for one seeker at once, each in its own transaction: the
 * per-seeker advisory lock makes them take turns, so no event is lost, the
 * sequence has no gap or repeat, no step is planned twice, and the stored
 * plan is the planner's plan for the whole history.
 */
import { describe, expect, it } from "vitest";
import { getStoredPlan } from "@/server/opportunities/get-stored-plan";
import { logEvent } from "@/server/opportunities/log-event";
import { loadSeekerEvents } from "@/server/opportunities/plan-seeker";
import { planTimeline, toContractOutput, type EventInput } from "@/server/cadence";
import { getEffectivePolicy } from "@/server/policies/effective-policy";
import { freshTenant, inTenant, seekerOf } from "./helpers";

const now = new Date("2026-04-20T17:00:00Z");

describe("concurrent logs for one seeker", () => {
  it("lose no event and duplicate no step", async () => {
    const tenant = await freshTenant();
    const interview = (key: string, day: number): EventInput => ({
      type: "interview",
      at: `2026-04-${String(day).padStart(2, "0")}T10:00:00-05:00`,
      opportunity: key,
      interviewers: [{ name: `Manager ${key}`, role: "hiring_manager" }],
    });
    await inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event: interview("anchor", 1), now }));

    const burst: EventInput[] = [
      ...Array.from({ length: 6 }, (_, index) => interview(`job-${index}`, 2 + index)),
      { type: "follow_up", at: "2026-04-02T09:00:00-05:00", opportunity: "anchor", channel: "email", action: "thank_you" },
      { type: "follow_up", at: "2026-04-13T09:00:00-05:00", opportunity: "anchor", channel: "email", action: "status_check" },
      { type: "competing_offer", at: "2026-04-14T12:00:00-05:00" },
      { type: "response", at: "2026-04-16T12:00:00-05:00", opportunity: "anchor", result: "still_deciding" },
    ];
    await Promise.all(burst.map((event) => inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event, now }))));

    const seekerMembershipId = tenant.seeker.membership.id;
    const events = await inTenant(tenant, (tx) => tx.opportunityEvent.findMany({ where: { seekerMembershipId }, orderBy: { sequence: "asc" } }));
    expect(events).toHaveLength(1 + burst.length);
    expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: events.length }, (_, index) => index + 1));

    const rows = await inTenant(tenant, (tx) => tx.plannedFollowUp.findMany({ where: { seekerMembershipId } }));
    const keys = rows.map((row) => `${row.opportunityId}|${row.planKey}`);
    expect(new Set(keys).size).toBe(keys.length);

    const expected = await inTenant(tenant, async (tx) => {
      const history = await loadSeekerEvents(tx, seekerMembershipId);
      const { policy } = await getEffectivePolicy(tx, seekerMembershipId);
      const { policy: _id, ...plan } = toContractOutput(planTimeline({ timezone: "America/Chicago", holidays: "US", policy, events: history }, { now }));
      return plan;
    });
    expect(await inTenant(tenant, (tx) => getStoredPlan(tx, seekerMembershipId, now))).toEqual(expected);
  });
});
