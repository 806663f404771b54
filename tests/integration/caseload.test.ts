/**
 * The coach portal's read models against real PostgreSQL: the caseload's
 * counts come from the stored plan, overdue is judged on the seeker's
 * local date, scopes pick the right seekers, and the policy history says
 * who changed what.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { EventInput } from "@/server/cadence";
import { getCaseloadSeeker } from "@/server/caseload/get-caseload-seeker";
import { listCaseload } from "@/server/caseload/list-caseload";
import { listPolicyVersions } from "@/server/policies/list-policy-versions";
import { withTenant, type Tx } from "@/server/db/tenant";
import { logEvent } from "@/server/opportunities/log-event";
import { setOrganizationPolicy } from "@/server/policy-changes/set-organization-policy";
import { setSeekerOverride } from "@/server/policy-changes/set-seeker-override";
import { assignToCaseload, createMember, createTenant, ensureCohort } from "@/server/seed/fixtures";
import type { Role } from "@/generated/prisma/enums";
import { DEFAULT_ROLE_SETTINGS, type RoleSettings } from "@/server/organizations/permissions";
import type { MemberAccess } from "@/server/organizations/seeker-access";
import { appDb } from "./db";

const SEES_ALL: RoleSettings = { ...DEFAULT_ROLE_SETTINGS, coachesSeeAllSeekers: true };
const as = (member: { membership: { id: string } }, role: Role, settings: RoleSettings = DEFAULT_ROLE_SETTINGS): MemberAccess => ({ membershipId: member.membership.id, role, settings });

const now = new Date("2026-03-20T17:00:00Z");

async function twoCoachTenant() {
  const label = randomUUID().slice(0, 8);
  const tenant = await createTenant(appDb(), label);
  const organizationId = tenant.organization.id;
  const cohort = await ensureCohort(appDb(), { organizationId, name: "Spring launch" });
  const otherCoach = await createMember(appDb(), { organizationId, email: `coach2-${label}@example.test`, name: "Daniel Reyes", role: "COACH" });
  const otherSeeker = await createMember(appDb(), { organizationId, email: `quiet-${label}@example.test`, name: "Quiet Seeker", role: "SEEKER", cohortId: cohort.id });
  await assignToCaseload(appDb(), { organizationId, coachMembershipId: otherCoach.membership.id, seekerMembershipId: otherSeeker.membership.id });
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) => withTenant({ organizationId, userId: tenant.coach.user.id }, work, appDb());
  return { ...tenant, otherCoach, otherSeeker, inTenant };
}

/** Under the default decision-date policy: an interview, the thank-you done, one call too many, the status check left overdue. */
async function busyWeek(tenant: Awaited<ReturnType<typeof twoCoachTenant>>) {
  const seeker = { organizationId: tenant.organization.id, seekerMembershipId: tenant.seeker.membership.id, actorUserId: tenant.seeker.user.id };
  const events: EventInput[] = [
    { type: "interview", at: "2026-03-02T15:00:00-06:00", opportunity: "acme-pm", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] },
    { type: "follow_up", at: "2026-03-03T09:30:00-06:00", opportunity: "acme-pm", channel: "email", action: "thank_you", contact: "Dana Lee" },
    { type: "follow_up", at: "2026-03-05T09:30:00-06:00", opportunity: "acme-pm", channel: "phone" },
    { type: "applied", at: "2026-03-04T10:00:00-06:00", opportunity: "beta-analyst" },
    { type: "applied", at: "2026-02-10T10:00:00-06:00", opportunity: "old-role" },
    { type: "response", at: "2026-02-20T10:00:00-06:00", opportunity: "old-role", result: "rejected" },
  ];
  for (const event of events) await tenant.inTenant((tx) => logEvent(tx, { ...seeker, event, now }));
}

describe("listCaseload", () => {
  it("counts open, overdue and done steps, flags and active opportunities from the stored plan, overdue first", async () => {
    const tenant = await twoCoachTenant();
    await busyWeek(tenant);
    const caseload = await tenant.inTenant((tx) => listCaseload(tx, { viewer: as(tenant.coach, "COACH", SEES_ALL), scope: "all", now }));

    expect(caseload.scope).toBe("all");
    expect(caseload.canChooseScope).toBe(true);
    expect(caseload.organizationPolicy).toEqual({ name: "Decision date", version: 0 });
    expect(caseload.seekers.map((row) => row.membershipId)).toEqual([tenant.seeker.membership.id, tenant.otherSeeker.membership.id]);

    const [busy, quiet] = caseload.seekers;
    expect(busy).toMatchObject({
      email: tenant.seeker.user.email,
      coach: { membershipId: tenant.coach.membership.id },
      followUps: { open: 1, overdue: 1, done: 1 },
      dueLast30Days: { total: 2, done: 1 },
      flags: { overContact: 1, tooEarly: 0 },
      activeOpportunities: 2,
      totalOpportunities: 3,
      override: null,
    });
    expect(busy!.lastActivityAt).toEqual(new Date("2026-03-05T15:30:00Z"));
    expect(quiet).toMatchObject({
      name: "Quiet Seeker",
      cohort: "Spring launch",
      coach: { name: "Daniel Reyes" },
      followUps: { open: 0, overdue: 0, done: 0 },
      dueLast30Days: { total: 0, done: 0 },
      activeOpportunities: 0,
      lastActivityAt: null,
    });
  });

  it("shows a coach their own caseload by default scope, and admins everyone", async () => {
    const tenant = await twoCoachTenant();
    const mine = await tenant.inTenant((tx) => listCaseload(tx, { viewer: as(tenant.coach, "COACH"), scope: "mine", now }));
    expect(mine.seekers.map((row) => row.membershipId)).toEqual([tenant.seeker.membership.id]);
    const theirs = await tenant.inTenant((tx) => listCaseload(tx, { viewer: as(tenant.otherCoach, "COACH"), scope: "mine", now }));
    expect(theirs.seekers.map((row) => row.name)).toEqual(["Quiet Seeker"]);
    const admin = await tenant.inTenant((tx) => listCaseload(tx, { viewer: as(tenant.admin, "ADMIN"), scope: "mine", now }));
    expect(admin.scope).toBe("all");
    expect(admin.canChooseScope).toBe(false);
    expect(admin.seekers).toHaveLength(2);
    // Without coachesSeeAllSeekers, a coach asking for "all" still gets their own caseload, and cannot choose.
    const askedAll = await tenant.inTenant((tx) => listCaseload(tx, { viewer: as(tenant.coach, "COACH"), scope: "all", now }));
    expect(askedAll.scope).toBe("mine");
    expect(askedAll.canChooseScope).toBe(false);
    expect(askedAll.seekers.map((row) => row.membershipId)).toEqual([tenant.seeker.membership.id]);
  });

  it("judges overdue on the seeker's own date and names a per-client override", async () => {
    const tenant = await twoCoachTenant();
    await busyWeek(tenant);
    await tenant.inTenant((tx) => setSeekerOverride(tx, { access: "system", seekerMembershipId: tenant.seeker.membership.id, actorUserId: tenant.coach.user.id, policy: "persist-until-answer", now }));
    const open = await tenant.inTenant((tx) => tx.plannedFollowUp.findMany({ where: { seekerMembershipId: tenant.seeker.membership.id, status: "open" }, select: { due: true } }));
    const dues = open.map((row) => row.due.toISOString().slice(0, 10)).sort();
    const last = dues.at(-1)!;
    const list = (at: string) => tenant.inTenant((tx) => listCaseload(tx, { viewer: as(tenant.coach, "COACH"), scope: "mine", now: new Date(at) }));
    // 11 p.m. in Chicago on the last due date is already the next day in UTC: that step is not overdue yet.
    const lateOnDueDay = (await list(`${last}T23:00:00-05:00`)).seekers[0]!;
    expect(lateOnDueDay.override).toEqual({ source: "override", name: "Persist until answer" });
    expect(lateOnDueDay.followUps.overdue).toBe(dues.filter((due) => due < last).length);
    const dayAfter = new Date(Date.parse(last) + 86_400_000).toISOString().slice(0, 10);
    const nextDay = (await list(`${dayAfter}T12:00:00-05:00`)).seekers[0]!;
    expect(nextDay.followUps.overdue).toBe(dues.length);
  });
});

describe("getCaseloadSeeker", () => {
  it("describes one seeker and says whose caseload they are on; a coach's id is not a seeker", async () => {
    const tenant = await twoCoachTenant();
    const seeker = await tenant.inTenant((tx) => getCaseloadSeeker(tx, { seekerMembershipId: tenant.otherSeeker.membership.id, viewer: as(tenant.coach, "COACH", SEES_ALL) }));
    expect(seeker).toMatchObject({ name: "Quiet Seeker", cohort: "Spring launch", coach: { name: "Daniel Reyes" }, timeZone: "America/Chicago", isMine: false });
    await expect(tenant.inTenant((tx) => getCaseloadSeeker(tx, { seekerMembershipId: tenant.coach.membership.id, viewer: as(tenant.admin, "ADMIN") }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another coach's seeker, without coachesSeeAllSeekers: the same answer as an id that does not exist.
    const missing = await tenant.inTenant((tx) => getCaseloadSeeker(tx, { seekerMembershipId: "no-such-seeker", viewer: as(tenant.coach, "COACH") })).catch((error: unknown) => error);
    const notMine = await tenant.inTenant((tx) => getCaseloadSeeker(tx, { seekerMembershipId: tenant.otherSeeker.membership.id, viewer: as(tenant.coach, "COACH") })).catch((error: unknown) => error);
    expect(notMine).toMatchObject({ code: "NOT_FOUND" });
    expect(notMine).toEqual(missing);
  });
});

describe("listPolicyVersions", () => {
  it("lists versions newest first with who changed them", async () => {
    const tenant = await twoCoachTenant();
    expect(await tenant.inTenant((tx) => listPolicyVersions(tx))).toEqual({ timeZone: "America/Chicago", versions: [] });
    await tenant.inTenant((tx) => setOrganizationPolicy(tx, { organizationId: tenant.organization.id, actorUserId: tenant.coach.user.id, policy: "three-by-three", now }));
    await tenant.inTenant((tx) => setOrganizationPolicy(tx, { organizationId: tenant.organization.id, actorUserId: null, policy: "two-week-call", now }));
    const { versions } = await tenant.inTenant((tx) => listPolicyVersions(tx));
    expect(versions.map(({ version, name, presetId, changedBy }) => ({ version, name, presetId, changedBy }))).toEqual([
      { version: 2, name: "Two-week call", presetId: "two-week-call", changedBy: null },
      { version: 1, name: "Three by three", presetId: "three-by-three", changedBy: tenant.coach.user.name },
    ]);
  });
});
