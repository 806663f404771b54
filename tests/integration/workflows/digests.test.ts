/**
 * The weekly digest cron, through the real Inngest SDK (@inngest/test):
 * three organizations in three zones, one instant, exactly the members whose
 * Monday 08:00 hour it is, each with a stable event id.
 */
import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { withTenant } from "@/server/db/tenant";
import { createMember, ensureOrganization } from "@/server/seed/fixtures";
import { digestEventId, fanOutDigests } from "~inngest/functions/digests/fan-out-digests";
import { appDb } from "../db";

async function organizationIn(timeZone: string) {
  const label = randomUUID().slice(0, 8);
  const organization = await ensureOrganization(appDb(), { name: `Org ${label}`, slug: `digest-${label}`, timeZone });
  const member = (role: "SEEKER" | "COACH" | "ADMIN", name: string) => createMember(appDb(), { organizationId: organization.id, email: `${name}-${label}@example.test`, role });
  return { organization, seeker: await member("SEEKER", "seeker"), coach: await member("COACH", "coach"), admin: await member("ADMIN", "admin"), label };
}

type Sent = { name: string; id?: string; data: { organizationId: string; membershipId: string; week: string } };

describe("weekly digest cron", () => {
  it("requests one digest per member whose own Monday 08:00 hour it is, in three zones at once, with stable ids", async () => {
    const chicago = await organizationIn("America/Chicago");
    const berlin = await organizationIn("Europe/Berlin");
    const kolkata = await organizationIn("Asia/Kolkata");
    // A Chicago organization's seeker who lives in Berlin: their own zone wins.
    const traveller = await createMember(appDb(), { organizationId: chicago.organization.id, email: `traveller-${chicago.label}@example.test`, role: "SEEKER" });
    await withTenant({ organizationId: chicago.organization.id }, (tx) => tx.membership.update({ where: { id: traveller.membership.id }, data: { timeZone: "Europe/Berlin" } }), appDb());

    // Monday 2026-11-30, 14:30 UTC: 08:30 in Chicago, 15:30 in Berlin, 20:00 in Kolkata.
    const run = (instant: string) =>
      new InngestTestEngine({
        function: fanOutDigests,
        steps: [
          { id: "read-clock", handler: () => instant },
          { id: "list-organizations", handler: () => [chicago.organization.id, berlin.organization.id, kolkata.organization.id] },
          // No Inngest server here: the sends are recorded, not delivered.
          ...[chicago, berlin, kolkata].map(({ organization }) => ({ id: `request-digests-${organization.id}`, handler: () => ({ ids: [] }) })),
        ],
      }).execute();
    const { ctx, result } = await run("2026-11-30T14:30:00.000Z");
    const sent = (ctx.step.sendEvent as unknown as { mock: { calls: [string, Sent[]][] } }).mock.calls.flatMap(([, events]) => events);
    const chicagoMembers = [chicago.seeker, chicago.coach, chicago.admin].map((member) => member.membership.id).sort();
    expect(sent.map((event) => event.data.membershipId).sort()).toEqual(chicagoMembers);
    expect(sent.every((event) => event.name === "digests/digest.requested" && event.data.week === "2026-W49")).toBe(true);
    expect(sent.map((event) => event.id).sort()).toEqual(chicagoMembers.map((id) => digestEventId(id, "2026-W49")).sort());
    expect(result).toEqual({ organizations: 3, requested: 3 });

    // 07:10 UTC the same Monday: Berlin's hour, and the Chicago member who lives there.
    const morning = await run("2026-11-30T07:10:00.000Z");
    const berlinSent = (morning.ctx.step.sendEvent as unknown as { mock: { calls: [string, Sent[]][] } }).mock.calls.flatMap(([, events]) => events);
    expect(berlinSent.map((event) => event.data.membershipId).sort()).toEqual(
      [berlin.seeker, berlin.coach, berlin.admin, traveller].map((member) => member.membership.id).sort(),
    );
    expect(berlinSent.find((event) => event.data.membershipId === traveller.membership.id)?.data.organizationId).toBe(chicago.organization.id);

    // 20:30 UTC: 14:30 in Chicago, 21:30 in Berlin, 02:00 Tuesday in Kolkata: nobody.
    const none = await run("2026-11-30T20:30:00.000Z");
    expect(none.ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(none.result).toEqual({ organizations: 3, requested: 0 });
  });
});
