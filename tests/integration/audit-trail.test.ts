/**
 * The audit trail: one row per audited action, written with the action
 * (or, for denials, despite its rollback), readable by admins, and
 * append-only for the application role.
 */
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import type { AuditAction } from "@/server/audit/audit-actions";
import { withTenant } from "@/server/db/tenant";
import { acceptInvitation } from "@/server/invitations/accept-invitation";
import { firstLinkIn } from "@/server/mail/dev-mailbox";
import { createMember, createTenant, ensureUser } from "@/server/seed/fixtures";
import { freshClientAddress, fromClient } from "./client-address";
import { appDb, rawAppClient } from "./db";
import { freshEmail, latestInvitationLink } from "./invitation-links";
import { callPath, expectCode, type Tenant } from "./isolation/world";

const APP_URL = "http://localhost:3998";

type Row = { action: AuditAction; actorUserId: string | null; actorMembershipId: string | null; subjectMembershipId: string | null; view: string | null; targetId: string | null; detail: unknown };

/** The rows of `tenant`'s trail written since `since`, oldest first. */
async function rowsSince(tenant: Tenant, since: Date): Promise<Row[]> {
  return withTenant({ organizationId: tenant.organization.id }, (tx) =>
    tx.auditEvent.findMany({
      where: { occurredAt: { gte: since } },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      select: { action: true, actorUserId: true, actorMembershipId: true, subjectMembershipId: true, view: true, targetId: true, detail: true },
    }),
  appDb());
}

describe("audit trail", () => {
  let tenant: Tenant;
  let since: Date;
  beforeAll(() => {
    process.env.APP_URL = APP_URL;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
    delete process.env.RESEND_API_KEY;
  });
  // A tenant per test: with one for the whole file, the previous test's last
  // rows could fall inside the next test's `since` margin (it did: a
  // caseload_changed row showed up among the sign-in rows).
  beforeEach(async () => {
    tenant = await createTenant(appDb());
    since = new Date(Date.now() - 5);
  });

  it("records a coach's read of a seeker's record: who, which seeker, which view", async () => {
    await callPath(tenant.coach, "caseload.seeker", { seekerMembershipId: tenant.seeker.membership.id });
    await callPath(tenant.admin, "opportunities.listForSeeker", { seekerMembershipId: tenant.seeker.membership.id });
    const rows = await rowsSince(tenant, since);
    expect(rows).toEqual([
      expect.objectContaining({ action: "seeker_record_viewed", actorMembershipId: tenant.coach.membership.id, subjectMembershipId: tenant.seeker.membership.id, view: "caseload.seeker" }),
      expect.objectContaining({ action: "seeker_record_viewed", actorMembershipId: tenant.admin.membership.id, subjectMembershipId: tenant.seeker.membership.id, view: "opportunities.listForSeeker" }),
    ]);
  });

  it("records the seeker list as one view, with no subject", async () => {
    await callPath(tenant.coach, "caseload.list", { scope: "mine" });
    expect(await rowsSince(tenant, since)).toEqual([expect.objectContaining({ action: "caseload_viewed", actorMembershipId: tenant.coach.membership.id, subjectMembershipId: null, view: "caseload.list" })]);
  });

  it("does not record a seeker reading their own record", async () => {
    await callPath(tenant.seeker, "opportunities.list");
    expect(await rowsSince(tenant, since)).toEqual([]);
  });

  it("records a denial even though the denied call rolled back, and a role refusal", async () => {
    await expectCode(callPath(tenant.coach, "caseload.seeker", { seekerMembershipId: "not-a-seeker" }), "NOT_FOUND");
    await expectCode(callPath(tenant.seeker, "caseload.seeker", { seekerMembershipId: tenant.seeker.membership.id }), "FORBIDDEN");
    expect(await rowsSince(tenant, since)).toEqual([
      expect.objectContaining({ action: "access_denied", actorMembershipId: tenant.coach.membership.id, subjectMembershipId: "not-a-seeker", view: "caseload.seeker", detail: { code: "NOT_FOUND" } }),
      expect.objectContaining({ action: "access_denied", actorMembershipId: tenant.seeker.membership.id, view: "caseload.seeker", detail: { code: "FORBIDDEN" } }),
    ]);
  });

  it("records policy and override changes", async () => {
    await callPath(tenant.admin, "policy.update", { policy: "two-week-call" });
    await callPath(tenant.coach, "policy.setOverride", { seekerMembershipId: tenant.seeker.membership.id, policy: "follow-through" });
    await callPath(tenant.coach, "policy.clearOverride", { seekerMembershipId: tenant.seeker.membership.id });
    const rows = await rowsSince(tenant, since);
    expect(rows.map((row) => row.action)).toEqual(["policy_changed", "override_changed", "override_changed"]);
    expect(rows[0]).toMatchObject({ actorUserId: tenant.admin.user.id, detail: { policy: "two-week-call" } });
    expect(rows[1]).toMatchObject({ subjectMembershipId: tenant.seeker.membership.id, detail: { policy: "follow-through" } });
    expect(rows[2]).toMatchObject({ subjectMembershipId: tenant.seeker.membership.id, detail: { policy: "cleared" } });
  });

  it("records invitations sent, revoked and accepted, with the role granted and the caseload assigned", async () => {
    const revokedEmail = freshEmail("revoked");
    const revoked = (await callPath(tenant.coach, "invitations.create", { email: revokedEmail, role: "SEEKER" })) as { id: string };
    await callPath(tenant.coach, "invitations.revoke", { invitationId: revoked.id });
    const email = freshEmail("joins");
    const created = (await callPath(tenant.coach, "invitations.create", { email, role: "SEEKER" })) as { id: string };
    const invitee = await ensureUser(appDb(), { email });
    await acceptInvitation(appDb(), { userId: invitee.id, email, sessionToken: null, link: await latestInvitationLink(email) });
    const rows = await rowsSince(tenant, since);
    expect(rows.map((row) => [row.action, row.targetId])).toEqual([
      ["invitation_created", revoked.id],
      ["invitation_revoked", revoked.id],
      ["invitation_created", created.id],
      ["invitation_accepted", created.id],
      ["role_changed", created.id],
      ["caseload_changed", created.id],
    ]);
    expect(rows[4]).toMatchObject({ actorUserId: invitee.id, detail: { role: "SEEKER" } });
    expect(rows[5]).toMatchObject({ detail: { coachMembershipId: tenant.coach.membership.id } });
  });

  it("records a sign-in, and a reused link as a failed one, through the real Auth.js endpoints", async () => {
    const email = tenant.seeker.user.email;
    const csrf = await GET(new NextRequest(`${APP_URL}/api/auth/csrf`));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
    const requested = await POST(
      new NextRequest(`${APP_URL}/api/auth/signin/resend`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.51.100.7", ...fromClient(freshClientAddress()) },
        body: new URLSearchParams({ email, csrfToken, callbackUrl: "/seeker" }),
      }),
    );
    expect(requested.status).toBe(302);
    const message = await appDb().outboxEmail.findFirstOrThrow({ where: { to: email, tag: "magic-link" }, orderBy: { createdAt: "desc" } });
    const link = firstLinkIn(message.html) ?? "";
    expect((await GET(new NextRequest(link))).headers.get("location")).toBe(`${APP_URL}/seeker`);
    expect((await GET(new NextRequest(link))).headers.get("location")).toContain("/sign-in/error");
    const rows = await rowsSince(tenant, since);
    expect(rows.map((row) => row.action)).toEqual(["sign_in_succeeded", "sign_in_failed"]);
    expect(rows[0]).toMatchObject({ actorUserId: tenant.seeker.user.id, actorMembershipId: tenant.seeker.membership.id });
    expect(rows[1]).toMatchObject({ detail: { reason: "link unknown or already used" } });
  });

  it("records a sign-in in each of the user's organizations, and in no other", async () => {
    const other = await createTenant(appDb());
    const stranger = await createTenant(appDb());
    await createMember(appDb(), { organizationId: other.organization.id, email: tenant.coach.user.email, role: "COACH" });
    const { recordSignInAttempt } = await import("@/server/audit/record-outside-transaction");
    await recordSignInAttempt({ email: tenant.coach.user.email, succeeded: true });
    expect((await rowsSince(tenant, since)).map((row) => row.action)).toEqual(["sign_in_succeeded"]);
    expect((await rowsSince(other, since)).map((row) => row.action)).toEqual(["sign_in_succeeded"]);
    expect(await rowsSince(stranger, since)).toEqual([]);
  });

  it("records a change of the organization's settings, naming what changed", async () => {
    await callPath(tenant.admin, "organization.updateSettings", { coachesSeeAllSeekers: true, coachesManagePolicy: false });
    await callPath(tenant.admin, "organization.updateSettings", { coachesSeeAllSeekers: false, coachesManagePolicy: false });
    const rows = await rowsSince(tenant, since);
    expect(rows).toEqual([
      expect.objectContaining({ action: "settings_changed", actorMembershipId: tenant.admin.membership.id, detail: { coachesSeeAllSeekers: true } }),
      expect.objectContaining({ action: "settings_changed", actorMembershipId: tenant.admin.membership.id, detail: { coachesSeeAllSeekers: false } }),
    ]);
  });

  it("is append-only for the application role", async () => {
    await callPath(tenant.coach, "caseload.list", { scope: "mine" });
    const client = await rawAppClient();
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.organization_id', $1, true)", [tenant.organization.id]);
      for (const statement of [`UPDATE "AuditEvent" SET "view" = 'tampered'`, `DELETE FROM "AuditEvent"`, `TRUNCATE "AuditEvent"`]) {
        await client.query("SAVEPOINT attempt");
        const error = await client.query(statement).then(
          () => null,
          (caught: { code?: string }) => caught,
        );
        expect(error?.code, statement).toBe("42501"); // insufficient_privilege
        await client.query("ROLLBACK TO SAVEPOINT attempt");
      }
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
  });

  it("lets admins page and filter the trail, newest first, with names", async () => {
    // Two views, so there is a second page (this test once leaned on the views earlier tests left).
    await callPath(tenant.admin, "opportunities.listForSeeker", { seekerMembershipId: tenant.seeker.membership.id });
    await callPath(tenant.coach, "caseload.seeker", { seekerMembershipId: tenant.seeker.membership.id });
    const page = (await callPath(tenant.admin, "audit.list", { action: "seeker_record_viewed", subjectMembershipId: tenant.seeker.membership.id, limit: 1 })) as {
      rows: { action: string; actionLabel: string; actor: { name: string; role: string } | null; subject: { name: string } | null }[];
      nextCursor: string | null;
    };
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ action: "seeker_record_viewed", actionLabel: "Viewed a seeker's record", actor: { role: "COACH" }, subject: { name: expect.any(String) } });
    expect(page.nextCursor).not.toBeNull();
    const next = (await callPath(tenant.admin, "audit.list", { action: "seeker_record_viewed", subjectMembershipId: tenant.seeker.membership.id, limit: 1, cursor: page.nextCursor })) as { rows: { action: string }[] };
    expect(next.rows).toHaveLength(1);
    const future = (await callPath(tenant.admin, "audit.list", { from: "2100-01-01" })) as { rows: unknown[] };
    expect(future.rows).toEqual([]);
    await expectCode(callPath(tenant.coach, "audit.list", {}), "FORBIDDEN");
  });

  it("tells a seeker who has viewed their record", async () => {
    await callPath(tenant.coach, "opportunities.listForSeeker", { seekerMembershipId: tenant.seeker.membership.id });
    const views = (await callPath(tenant.seeker, "audit.myRecordViews", { limit: 1 })) as { viewer: string; role: string; view: string }[];
    expect(views).toEqual([{ occurredAt: expect.any(Date), viewer: expect.any(String), role: "COACH", view: "Your opportunities" }]);
  });
});
