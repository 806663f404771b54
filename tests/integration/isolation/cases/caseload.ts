/**
 * Isolation cases for the coach portal's read models (caseload.*). Tenant
 * A's coach and admin list only A's seekers, whatever scope they ask for,
 * and B's seeker ids answer NOT_FOUND.
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { ProcedureCases } from "../case";
import { expectCode, withRoleSettings, type Actor, type World } from "../world";

type Caseload = { seekers: { membershipId: string; name: string; email: string }[] };

/** Gives B's seeker some history, so there is something of B's that could leak. */
async function activityForB(world: World): Promise<void> {
  await world.call(world.b.seeker, "opportunities.logEvent", {
    event: { type: "applied", at: "2026-11-02T10:00:00-05:00", opportunity: `b-${randomUUID().slice(0, 8)}` },
    details: { title: "Secret role", company: "B Corp" },
  });
}

export const caseloadCases: ProcedureCases = {
  "caseload.list": {
    access: ["COACH", "ADMIN"],
    validInput: () => ({ scope: "mine" }),
    async crossTenant(world) {
      await activityForB(world);
      for (const actor of [world.a.coach, world.a.admin]) {
        for (const scope of ["mine", "all"] as const) {
          const caseload = (await world.call(actor, "caseload.list", { scope })) as Caseload;
          expect(caseload.seekers.map((row) => row.membershipId)).not.toContain(world.b.seeker.membership.id);
          expect(caseload.seekers.map((row) => row.email)).not.toContain(world.b.seeker.user.email);
        }
      }
      const all = (await world.call(world.a.admin, "caseload.list", { scope: "all" })) as Caseload;
      expect(all.seekers.map((row) => row.membershipId).sort()).toEqual([world.a.seeker.membership.id, world.a.otherSeeker.membership.id].sort());
    },
    async outsideCaseload(world) {
      const listed = async (actor: Actor, scope: "mine" | "all") => ((await world.call(actor, "caseload.list", { scope })) as Caseload & { scope: string }).seekers.map((row) => row.membershipId);
      // "All seekers" is not a way around the caseload: it narrows to the coach's own.
      for (const scope of ["mine", "all"] as const) expect(await listed(world.a.coach, scope)).toEqual([world.a.seeker.membership.id]);
      expect(await listed(world.a.admin, "mine")).toContain(world.a.otherSeeker.membership.id);
      await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
        expect(await listed(world.a.coach, "mine")).toEqual([world.a.seeker.membership.id]);
        expect((await listed(world.a.coach, "all")).sort()).toEqual([world.a.seeker.membership.id, world.a.otherSeeker.membership.id].sort());
      });
    },
  },
  "caseload.seeker": {
    access: ["COACH", "ADMIN"],
    validInput: (world) => ({ seekerMembershipId: world.a.seeker.membership.id }),
    async crossTenant(world) {
      for (const actor of [world.a.coach, world.a.admin]) {
        await expectCode(world.call(actor, "caseload.seeker", { seekerMembershipId: world.b.seeker.membership.id }), "NOT_FOUND");
      }
      // A's own coach is not a seeker.
      await expectCode(world.call(world.a.admin, "caseload.seeker", { seekerMembershipId: world.a.coach.membership.id }), "NOT_FOUND");
    },
    async outsideCaseload(world) {
      const input = { seekerMembershipId: world.a.otherSeeker.membership.id };
      const outside = await world.call(world.a.coach, "caseload.seeker", input).catch((error: unknown) => error);
      const missing = await world.call(world.a.coach, "caseload.seeker", { seekerMembershipId: "no-such-seeker" }).catch((error: unknown) => error);
      await expectCode(Promise.reject(outside), "NOT_FOUND");
      // Word for word the answer for an id that does not exist.
      expect((outside as Error).message).toBe((missing as Error).message);
      expect(await world.call(world.a.admin, "caseload.seeker", input)).toMatchObject({ membershipId: input.seekerMembershipId, isMine: false });
      expect(await world.call(world.a.otherCoach, "caseload.seeker", input)).toMatchObject({ isMine: true });
      await withRoleSettings(world.a, { coachesSeeAllSeekers: true }, async () => {
        expect(await world.call(world.a.coach, "caseload.seeker", input)).toMatchObject({ membershipId: input.seekerMembershipId, isMine: false });
      });
    },
  },
  "caseload.policyVersions": {
    access: ["COACH", "ADMIN"],
    outsideCaseload: { notApplicable: "the organization's policy history; no seeker's records" },
    validInput: () => ({}),
    async crossTenant(world) {
      const before = await Promise.all([world.a.coach, world.a.admin].map((actor) => world.call(actor, "caseload.policyVersions", {})));
      await world.call(world.b.admin, "policy.update", { policy: "two-week-call" });
      await world.call(world.b.admin, "policy.update", { policy: "follow-through" });
      const bHistory = (await world.call(world.b.coach, "caseload.policyVersions", {})) as { versions: { version: number }[] };
      expect(bHistory.versions.length).toBeGreaterThanOrEqual(2);
      const after = await Promise.all([world.a.coach, world.a.admin].map((actor) => world.call(actor, "caseload.policyVersions", {})));
      expect(after).toEqual(before);
    },
  },
};
