import { expect } from "vitest";
import { ensureCohort, ensureUser } from "@/server/seed/fixtures";
import { appDb } from "../../db";
import { freshEmail, latestInvitationLink } from "../../invitation-links";
import type { ProcedureCases } from "../case";
import { expectCode, type Actor, type World } from "../world";

type Listed = { invitations: { id: string }[] };
const invitationIdsFor = async (world: World, actor: Actor) => ((await world.call(actor, "invitations.list")) as Listed).invitations.map((invitation) => invitation.id);

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
    async outsideCaseload(world) {
      // A coach's invitation brings the seeker into that coach's caseload, never a colleague's.
      const email = freshEmail("joins-caseload");
      await world.call(world.a.coach, "invitations.create", { email, role: "SEEKER" });
      const user = await ensureUser(appDb(), { email });
      const newcomer = { user, membership: { id: "", organizationId: world.a.organization.id, userId: user.id, role: "SEEKER" as const } };
      await world.call(newcomer, "invitations.accept", { link: await latestInvitationLink(email) });
      const emailsFor = async (actor: Actor) => ((await world.call(actor, "caseload.list", { scope: "mine" })) as { seekers: { email: string }[] }).seekers.map((row) => row.email);
      expect(await emailsFor(world.a.coach)).toContain(email);
      expect(await emailsFor(world.a.otherCoach)).not.toContain(email);
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
    async outsideCaseload(world) {
      const theirs = (await world.call(world.a.otherCoach, "invitations.create", { email: freshEmail("theirs"), role: "SEEKER" })) as { id: string };
      expect(await invitationIdsFor(world, world.a.coach)).not.toContain(theirs.id);
      expect(await invitationIdsFor(world, world.a.otherCoach)).toContain(theirs.id);
      expect(await invitationIdsFor(world, world.a.admin)).toContain(theirs.id);
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
    async outsideCaseload(world) {
      const theirs = (await world.call(world.a.otherCoach, "invitations.create", { email: freshEmail("theirs"), role: "SEEKER" })) as { id: string };
      await expectCode(world.call(world.a.coach, "invitations.revoke", { invitationId: theirs.id }), "NOT_FOUND");
      expect(await invitationIdsFor(world, world.a.otherCoach)).toContain(theirs.id);
      await world.call(world.a.admin, "invitations.revoke", { invitationId: theirs.id });
      expect(await invitationIdsFor(world, world.a.otherCoach)).not.toContain(theirs.id);
    },
  },
  "invitations.accept": {
    access: "signedIn",
    outsideCaseload: { notApplicable: "acts on the caller's own membership; which caseload it joins is proved under invitations.create" },
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
