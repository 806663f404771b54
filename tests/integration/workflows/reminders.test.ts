/**
 * The reminder workflow through the real Inngest SDK (@inngest/test) and the
 * real mailer (development outbox): it wakes at 08:00 in the seeker's zone,
 * sends the reminder and the one overdue nudge once each however often it is
 * replayed, and sends nothing for a step done before it wakes.
 */
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toDayText } from "@/server/dates";
import { logEvent } from "@/server/opportunities/log-event";
import { markFollowUpDone } from "@/server/opportunities/mark-follow-up-done";
import { overdueNudgeTime, reminderTime } from "@/server/reminders/reminder-times";
import { remindFollowUp } from "~inngest/functions/reminders/remind-follow-up";
import { freshTenant, inTenant, seekerOf, type CadenceTenant } from "../cadence/helpers";
import { deliveriesOf, TEST_SECRET } from "../email/helpers";

// Interviewed on Friday 2026-03-06 in Chicago; the clocks go forward on Sunday the 8th.
const loggedAt = new Date("2026-03-06T20:00:00Z");

async function openSteps(tenant: CadenceTenant) {
  await inTenant(tenant, (tx) =>
    logEvent(tx, {
      ...seekerOf(tenant),
      now: loggedAt,
      event: { type: "interview", at: "2026-03-06T10:00:00-06:00", opportunity: "acme", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }], decisionDate: "2026-03-13" },
    }),
  );
  return inTenant(tenant, (tx) => tx.plannedFollowUp.findMany({ where: { status: "open" }, orderBy: [{ notBefore: "asc" }, { id: "asc" }] }));
}

function plannedEvent(tenant: CadenceTenant, step: { id: string; notBefore: Date; due: Date }) {
  return {
    name: "cadence/follow-up.planned",
    data: { organizationId: tenant.organization.id, seekerMembershipId: tenant.seeker.membership.id, followUpId: step.id, notBefore: toDayText(step.notBefore), due: toDayText(step.due) },
  };
}

const run = (event: ReturnType<typeof plannedEvent>, clock: Date) =>
  new InngestTestEngine({
    function: remindFollowUp,
    events: [event],
    // The sleeps are recorded, then passed at once: no time really goes by here.
    steps: [{ id: "read-clock", handler: () => clock.toISOString() }, ...["wait-for-first-day", "wait-until-overdue"].map((id) => ({ id, handler: () => undefined }))],
  }).execute();

describe("the reminder workflow", () => {
  beforeAll(() => vi.stubEnv("AUTH_SECRET", TEST_SECRET));
  afterAll(() => vi.unstubAllEnvs());

  it("sleeps until 08:00 local on the first allowed day, reminds, then nudges once the morning after the due date; a replay sends nothing again", async () => {
    const tenant = await freshTenant();
    const steps = await openSteps(tenant);
    // A step that opens after the weekend's clock change.
    const step = steps.find((candidate) => toDayText(candidate.notBefore) > "2026-03-08") ?? steps.at(-1)!;
    const event = plannedEvent(tenant, step);
    const { ctx, result } = await run(event, loggedAt);

    const sleeps = (ctx.step.sleepUntil as unknown as { mock: { calls: [string, Date][] } }).mock.calls;
    expect(sleeps.map(([id]) => id)).toEqual(["wait-for-first-day", "wait-until-overdue"]);
    const [, wake] = sleeps[0]!;
    const [, nudge] = sleeps[1]!;
    expect(new Date(wake).toISOString()).toBe(reminderTime(event.data, "America/Chicago").toISOString());
    expect(new Date(nudge).toISOString()).toBe(overdueNudgeTime(event.data, "America/Chicago").toISOString());
    // 08:00 in Chicago after the change is 13:00 UTC (CDT, UTC−5).
    expect(new Date(wake).toISOString()).toMatch(/T13:00:00\.000Z$/);
    expect(result).toEqual({ reminder: "sent", nudge: "sent" });

    const sent = await deliveriesOf(tenant.organization.id);
    expect(sent.map((row) => [row.kind, row.status]).sort()).toEqual([["overdue_nudge", "sent"], ["reminder", "sent"]]);

    // The same event again (a retry, a replay): both already sent, nothing new.
    expect((await run(event, loggedAt)).result).toEqual({ reminder: "already_sent", nudge: "already_sent" });
    expect(await deliveriesOf(tenant.organization.id)).toHaveLength(2);
  });

  it("sends nothing for a step done before it wakes, nor for one a re-plan moved", async () => {
    const tenant = await freshTenant();
    const [first, second] = await openSteps(tenant);
    const doneEvent = plannedEvent(tenant, first!);
    const doneAt = new Date(Math.max(first!.notBefore.getTime() + 15 * 3_600_000, loggedAt.getTime()));
    await inTenant(tenant, (tx) => markFollowUpDone(tx, { ...seekerOf(tenant), followUpId: first!.id, at: doneAt, now: doneAt }));
    // Its first morning had passed when it was planned (skipped); at the overdue morning it is done (stale): nothing sent.
    expect((await run(doneEvent, loggedAt)).result).toEqual({ reminder: "skipped", nudge: "stale" });

    // Planned for dates the step no longer has: stale too.
    const moved = plannedEvent(tenant, { ...second!, notBefore: new Date(second!.notBefore.getTime() + 86_400_000) });
    expect((await run(moved, loggedAt)).result).toEqual({ reminder: "stale", nudge: "skipped" });
    expect(await deliveriesOf(tenant.organization.id)).toEqual([]);
  });

  it("skips a morning already past when it starts rather than sending late", async () => {
    const tenant = await freshTenant();
    const [step] = await openSteps(tenant);
    const event = plannedEvent(tenant, step!);
    const long = new Date(overdueNudgeTime(event.data, "America/Chicago").getTime() + 3_600_000);
    const { ctx, result } = await run(event, long);
    expect(ctx.step.sleepUntil).not.toHaveBeenCalled();
    expect(result).toEqual({ reminder: "skipped", nudge: "skipped" });
  });
});
