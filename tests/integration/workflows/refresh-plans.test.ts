/**
 * The daily plan refresh, run through the real Inngest SDK with
 * @inngest/test: step.run executes for real against PostgreSQL;
 * step.sendEvent is mocked (there is no Inngest server here).
 */
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { logEvent } from "@/server/opportunities/log-event";
import { refreshPlansDaily, replanOrganization } from "~inngest/functions/refresh-plans";
import { freshTenant, inTenant, seekerOf } from "../cadence/helpers";

describe("refresh plans daily", () => {
  it("re-plans an organization's seekers as of today, so silence turns into presumed_closed", async () => {
    const tenant = await freshTenant();
    // Logged the day after the interview: the opportunity was active then.
    await inTenant(tenant, (tx) =>
      logEvent(tx, {
        ...seekerOf(tenant),
        now: new Date("2026-09-02T12:00:00-05:00"),
        event: {
          type: "interview",
          at: "2026-09-01T10:00:00-05:00",
          opportunity: "initech-analyst",
          interviewers: [{ name: "Lou Park", role: "hiring_manager" }],
          decisionDate: "2026-09-10",
        },
      }),
    );
    const stateOf = () => inTenant(tenant, (tx) => tx.opportunity.findFirstOrThrow({ where: { key: "initech-analyst" }, select: { state: true } }));
    expect((await stateOf()).state).toBe("active");

    const engine = new InngestTestEngine({
      function: replanOrganization,
      events: [{ name: "cadence/organization.replan-requested", data: { organizationId: tenant.organization.id } }],
    });
    const { result } = await engine.execute();

    // The org has no policy of its own, so the default (decision-date) applies:
    // no answer within 10 business days of the decision-date check.
    expect((await stateOf()).state).toBe("presumed_closed");
    expect(result).toMatchObject({ organizationId: tenant.organization.id, seekers: 1 });
    expect((result as { changedRows: number }).changedRows).toBeGreaterThan(0);

    // A second refresh the same day finds nothing to change.
    const again = await new InngestTestEngine({
      function: replanOrganization,
      events: [{ name: "cadence/organization.replan-requested", data: { organizationId: tenant.organization.id } }],
    }).execute();
    expect(again.result).toMatchObject({ seekers: 1, changedRows: 0 });
  });

  it("the cron fans out one event per organization", async () => {
    const tenant = await freshTenant();
    const engine = new InngestTestEngine({
      function: refreshPlansDaily,
      steps: [{ id: "request-organization-replans", handler: () => ({ ids: [] }) }],
    });
    const { result, ctx } = await engine.execute();
    expect(ctx.step.sendEvent).toHaveBeenCalledTimes(1);
    const sent = (ctx.step.sendEvent as unknown as { mock: { calls: [string, { name: string; data: { organizationId: string } }[]][] } }).mock.calls[0]?.[1] ?? [];
    expect(sent.map((event) => event.name)).toContain("cadence/organization.replan-requested");
    expect(sent.map((event) => event.data.organizationId)).toContain(tenant.organization.id);
    expect((result as { organizations: number }).organizations).toBe(sent.length);
  });
});
