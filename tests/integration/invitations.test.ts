import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { fieldErrors } from "@/server/api/error-mapping";
import { acceptInvitation } from "@/server/invitations/accept-invitation";
import { hashInvitationToken } from "@/server/invitations/invitation-link";
import { withTenant } from "@/server/db/tenant";
import { createMember, createTenant, ensureCohort, ensureUser } from "@/server/seed/fixtures";
import { appDb } from "./db";
import { freshEmail, latestInvitationLink } from "./invitation-links";
import { callPath, expectCode, type Tenant } from "./isolation/world";

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("invitations", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant(appDb());
  });

  it("a coach invites a seeker, who joins the coach's caseload and cohort on acceptance", async () => {
    const cohort = await ensureCohort(appDb(), { organizationId: tenant.organization.id, name: "Winter cohort" });
    const email = freshEmail("new-seeker");
    const created = (await callPath(tenant.coach, "invitations.create", { email: email.toUpperCase(), role: "SEEKER", cohortId: cohort.id })) as { id: string; email: string; status: string };
    expect(created).toMatchObject({ email, status: "PENDING" });

    const outbox = await appDb().outboxEmail.findFirstOrThrow({ where: { to: email, tag: "invitation" } });
    expect(outbox.subject).toBe(`You are invited to ${tenant.organization.name} on Followthrough`);
    expect(outbox.text).toContain("as a job seeker");

    const link = await latestInvitationLink(email);
    const [organizationId, token] = link.split(".");
    expect(organizationId).toBe(tenant.organization.id);
    const stored = await withTenant({ organizationId: tenant.organization.id }, (tx) => tx.invitation.findUniqueOrThrow({ where: { id: created.id } }), appDb());
    expect(stored.tokenHash).toBe(hashInvitationToken(token ?? ""));
    expect(stored.tokenHash).not.toContain(token ?? "");

    const invitee = await ensureUser(appDb(), { email });
    const session = await appDb().session.create({ data: { sessionToken: `tok-${created.id}`, userId: invitee.id, expires: new Date(Date.now() + 86_400_000) } });
    const accepted = await acceptInvitation(appDb(), { userId: invitee.id, email: invitee.email, sessionToken: session.sessionToken, link });
    expect(accepted).toMatchObject({ organizationId: tenant.organization.id, role: "SEEKER" });

    const membership = await withTenant({ organizationId: tenant.organization.id }, (tx) =>
      tx.membership.findUniqueOrThrow({
        where: { organizationId_userId: { organizationId: tenant.organization.id, userId: invitee.id } },
        select: { role: true, cohortId: true, caseload: { select: { coachMembershipId: true } } },
      }), appDb());
    expect(membership).toEqual({ role: "SEEKER", cohortId: cohort.id, caseload: { coachMembershipId: tenant.coach.membership.id } });
    const refreshed = await appDb().session.findUniqueOrThrow({ where: { sessionToken: session.sessionToken } });
    expect(refreshed.activeOrganizationId).toBe(tenant.organization.id);

    // Links work once.
    await expect(acceptInvitation(appDb(), { userId: invitee.id, email: invitee.email, sessionToken: null, link })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a coach can invite seekers only; an admin invites coaches and admins", async () => {
    const refused = await errorOf(callPath(tenant.coach, "invitations.create", { email: freshEmail("c"), role: "COACH" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe("Coaches can invite seekers only.");
    await expectCode(callPath(tenant.admin, "invitations.create", { email: freshEmail("s"), role: "SEEKER" }), "FORBIDDEN");

    const email = freshEmail("new-coach");
    await callPath(tenant.admin, "invitations.create", { email, role: "COACH" });
    const user = await ensureUser(appDb(), { email });
    const accepted = await acceptInvitation(appDb(), { userId: user.id, email, sessionToken: null, link: await latestInvitationLink(email) });
    expect(accepted.role).toBe("COACH");
  });

  it("refuses another address, an expired link, and a malformed one, each with a clear message", async () => {
    const email = freshEmail("someone");
    await callPath(tenant.coach, "invitations.create", { email, role: "SEEKER" });
    const link = await latestInvitationLink(email);

    const other = await ensureUser(appDb(), { email: freshEmail("other") });
    await expect(acceptInvitation(appDb(), { userId: other.id, email: other.email, sessionToken: null, link })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: `This invitation was sent to ${email}. Sign in with that address to accept it.`,
    });

    const invitee = await ensureUser(appDb(), { email: email.toUpperCase() });
    const eightDaysOn = new Date(Date.now() + 8 * 86_400_000);
    await expect(acceptInvitation(appDb(), { userId: invitee.id, email: email.toUpperCase(), sessionToken: null, link }, eightDaysOn)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("expired"),
    });
    await expectCode(callPath(tenant.seeker, "invitations.accept", { link: "not a link" }), "NOT_FOUND");
  });

  it("refuses to invite an existing member, and replaces a pending invitation when sent again", async () => {
    const existing = await errorOf(callPath(tenant.coach, "invitations.create", { email: tenant.seeker.user.email, role: "SEEKER" }));
    expect(existing.code).toBe("CONFLICT");
    // The cause carries the field the form shows the message beside (see errorFormatter in trpc.ts).
    expect(existing.cause).toMatchObject({ field: "email", message: `${tenant.seeker.user.email} is already a member of this organization.` });

    const email = freshEmail("twice");
    await callPath(tenant.coach, "invitations.create", { email, role: "SEEKER" });
    const firstLink = await latestInvitationLink(email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await callPath(tenant.coach, "invitations.create", { email, role: "SEEKER" });
    const user = await ensureUser(appDb(), { email });
    await expect(acceptInvitation(appDb(), { userId: user.id, email, sessionToken: null, link: firstLink })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const listed = (await callPath(tenant.coach, "invitations.list")) as { invitations: { email: string }[] };
    expect(listed.invitations.filter((invitation) => invitation.email === email)).toHaveLength(1);
  });

  it("lets a coach revoke only their own invitations, and an admin any; a revoked link stops working", async () => {
    const otherCoach = await createMember(appDb(), { organizationId: tenant.organization.id, email: freshEmail("coach2"), role: "COACH" });
    const email = freshEmail("revoked");
    const created = (await callPath(tenant.coach, "invitations.create", { email, role: "SEEKER" })) as { id: string };
    const link = await latestInvitationLink(email);

    await expectCode(callPath(otherCoach, "invitations.revoke", { invitationId: created.id }), "NOT_FOUND");
    const othersList = (await callPath(otherCoach, "invitations.list")) as { invitations: { id: string }[] };
    expect(othersList.invitations.map((invitation) => invitation.id)).not.toContain(created.id);

    await callPath(tenant.admin, "invitations.revoke", { invitationId: created.id });
    const user = await ensureUser(appDb(), { email });
    await expect(acceptInvitation(appDb(), { userId: user.id, email, sessionToken: null, link })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers a malformed address with a message for the email field", async () => {
    const error = await errorOf(callPath(tenant.coach, "invitations.create", { email: "not-an-address", role: "SEEKER" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause).toBeInstanceOf(ZodError);
    expect(fieldErrors(error.cause as ZodError)).toEqual({ email: [expect.stringContaining("does not look like an email address")] });
  });
});
