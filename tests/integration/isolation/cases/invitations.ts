import { expect } from "vitest";
import { ensureCohort } from "@/server/seed/fixtures";
import { appDb } from "../../db";
import { freshEmail, latestInvitationLink } from "../../invitation-links";
import type { ProcedureCases } from "../case";
import { expectCode, type Actor } from "../world";

const inviteInputFor = (actor: Actor) => ({ email: freshEmail("iso"), role: actor.membership.role === "ADMIN" ? "COACH" : "SEEKER" });

export const invitationsCases: ProcedureCases = {
  "invitations.create": {
    access: ["COACH", "ADMIN"],
    validInput: (_world, actor) => inviteInputFor(actor),
    async crossTenant(world) {
      // A's coach cannot place a seeker in B's cohort: to A, it does not exist.
      const cohortOfB = await ensureCohort(appDb(), { organizationId: world.b.organization.id, name: "B only" });
      await expectCode(world.call(world.a.coach, "invitations.create", { email: freshEmail("x"), role: "SEEKER", cohortId: cohortOfB.id }), "NOT_FOUND");
      // An invitation made in A is A's: B's admin does not see it.
      const created = (await world.call(world.a.coach, "invitations.create", { email: freshEmail("a"), role: "SEEKER" })) as { id: string };
      const seenByB = (await world.call(world.b.admin, "invitations.list")) as { invitations: { id: string }[] };
      expect(seenByB.invitations.map((invitation) => invitation.id)).not.toContain(created.id);
    },
  },
  "invitations.list": {
    access: ["COACH", "ADMIN"],
    async crossTenant(world) {
      const ofB = (await world.call(world.b.coach, "invitations.create", { email: freshEmail("b"), role: "SEEKER" })) as { id: string };
      for (const actor of [world.a.coach, world.a.admin]) {
        const listed = (await world.call(actor, "invitations.list")) as { invitations: { id: string }[]; cohorts: { id: string; name: string }[] };
        expect(listed.invitations.map((invitation) => invitation.id)).not.toContain(ofB.id);
        expect(listed.cohorts.map((cohort) => cohort.name)).not.toContain("B only");
      }
    },
  },
  "invitations.revoke": {
    access: ["COACH", "ADMIN"],
    validInput: () => ({ invitationId: "no-such-invitation" }),
    async crossTenant(world) {
      const ofB = (await world.call(world.b.coach, "invitations.create", { email: freshEmail("b"), role: "SEEKER" })) as { id: string };
      for (const actor of [world.a.coach, world.a.admin]) {
        await expectCode(world.call(actor, "invitations.revoke", { invitationId: ofB.id }), "NOT_FOUND");
      }
      const stillThere = (await world.call(world.b.admin, "invitations.list")) as { invitations: { id: string }[] };
      expect(stillThere.invitations.map((invitation) => invitation.id)).toContain(ofB.id);
    },
  },
  "invitations.accept": {
    access: "signedIn",
    validInput: () => ({ link: "org.not-a-real-token" }),
    async crossTenant(world) {
      // B invites A's seeker by address. Pointing the link at A's tenant finds nothing: the token is B's.
      await world.call(world.b.coach, "invitations.create", { email: world.a.seeker.user.email, role: "SEEKER" });
      const link = await latestInvitationLink(world.a.seeker.user.email);
      const token = link.split(".")[1];
      await expectCode(world.call(world.a.seeker, "invitations.accept", { link: `${world.a.organization.id}.${token}` }), "NOT_FOUND");
      // Someone else in A holding the real link still cannot take B's invitation.
      await expectCode(world.call(world.a.coach, "invitations.accept", { link }), "FORBIDDEN");
    },
  },
};
