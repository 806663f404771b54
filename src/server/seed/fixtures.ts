/**
 * Composable builders for tenants, people and their relationships. The demo
 * seed is made of these, and so is every integration test's own tenant, so
 * what the tests exercise is what the demo shows.
 *
 * They write as the application role through tenant-scoped transactions,
 * so seeding obeys row-level security like everything else.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import type { Database } from "@/server/db/client";
import { withTenant } from "@/server/db/tenant";

export interface OrganizationFixture {
  id: string;
  name: string;
  slug: string;
}

export async function ensureOrganization(
  db: Database,
  input: { name: string; slug: string; timeZone?: string; holidayCalendar?: string | null; id?: string },
): Promise<OrganizationFixture> {
  const id = input.id ?? randomUUID();
  // Slugs are unique across tenants: re-running a seed finds the same tenant.
  const existing = await findOrganizationIdBySlug(db, input.slug);
  const organizationId = existing ?? id;
  return withTenant({ organizationId }, async (tx) => {
    const organization = await tx.organization.upsert({
      where: { id: organizationId },
      create: {
        id: organizationId,
        name: input.name,
        slug: input.slug,
        timeZone: input.timeZone ?? "America/Chicago",
        holidayCalendar: input.holidayCalendar === undefined ? "US" : input.holidayCalendar,
      },
      update: {},
    });
    return { id: organization.id, name: organization.name, slug: organization.slug };
  }, db);
}

async function findOrganizationIdBySlug(db: Database, slug: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string | null }[]>`SELECT app_find_organization_id(${slug}) AS id`;
  return rows[0]?.id ?? null;
}

export interface UserFixture {
  id: string;
  email: string;
  name: string | null;
}

export async function ensureUser(db: Database, input: { email: string; name?: string }): Promise<UserFixture> {
  const email = input.email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: input.name ?? null, emailVerified: null },
    update: input.name ? { name: input.name } : {},
  });
  return { id: user.id, email: user.email, name: user.name };
}

export interface MembershipFixture {
  id: string;
  organizationId: string;
  userId: string;
  role: Role;
}

export async function ensureMembership(
  db: Database,
  input: { organizationId: string; userId: string; role: Role; cohortId?: string | null; timeZone?: string | null },
): Promise<MembershipFixture> {
  return withTenant({ organizationId: input.organizationId }, async (tx) => {
    const membership = await tx.membership.upsert({
      where: { organizationId_userId: { organizationId: input.organizationId, userId: input.userId } },
      create: {
        organizationId: input.organizationId,
        userId: input.userId,
        role: input.role,
        cohortId: input.cohortId ?? null,
        timeZone: input.timeZone ?? null,
      },
      update: { role: input.role, ...(input.cohortId !== undefined ? { cohortId: input.cohortId } : {}) },
    });
    return { id: membership.id, organizationId: membership.organizationId, userId: membership.userId, role: membership.role };
  }, db);
}

export async function ensureCohort(db: Database, input: { organizationId: string; name: string; startsOn?: Date }) {
  return withTenant({ organizationId: input.organizationId }, (tx) =>
    tx.cohort.upsert({
      where: { organizationId_name: { organizationId: input.organizationId, name: input.name } },
      create: { organizationId: input.organizationId, name: input.name, startsOn: input.startsOn ?? null },
      update: {},
      select: { id: true, name: true, organizationId: true },
    }), db);
}

export async function assignToCaseload(
  db: Database,
  input: { organizationId: string; coachMembershipId: string; seekerMembershipId: string },
) {
  return withTenant({ organizationId: input.organizationId }, (tx) =>
    tx.caseloadAssignment.upsert({
      where: { seekerMembershipId: input.seekerMembershipId },
      create: input,
      update: { coachMembershipId: input.coachMembershipId },
      select: { id: true },
    }), db);
}

/** A user with a membership in one step: what most tests need. */
export async function createMember(
  db: Database,
  input: { organizationId: string; email: string; name?: string; role: Role; cohortId?: string | null },
) {
  const user = await ensureUser(db, { email: input.email, name: input.name });
  const membership = await ensureMembership(db, {
    organizationId: input.organizationId,
    userId: user.id,
    role: input.role,
    cohortId: input.cohortId,
  });
  return { user, membership };
}

/** A fresh tenant with an admin, a coach and a seeker on the coach's caseload. */
export async function createTenant(db: Database, label = randomUUID().slice(0, 8)) {
  const organization = await ensureOrganization(db, { name: `Org ${label}`, slug: `org-${label}` });
  const admin = await createMember(db, { organizationId: organization.id, email: `admin-${label}@example.test`, name: `Admin ${label}`, role: "ADMIN" });
  const coach = await createMember(db, { organizationId: organization.id, email: `coach-${label}@example.test`, name: `Coach ${label}`, role: "COACH" });
  const seeker = await createMember(db, { organizationId: organization.id, email: `seeker-${label}@example.test`, name: `Seeker ${label}`, role: "SEEKER" });
  await assignToCaseload(db, { organizationId: organization.id, coachMembershipId: coach.membership.id, seekerMembershipId: seeker.membership.id });
  return { organization, admin, coach, seeker };
}

export interface SessionFixture {
  sessionToken: string;
  expires: Date;
}

/**
 * A signed-in session for `userId`, written the way Auth.js's database
 * adapter stores one, so its token works as the session cookie. For tests
 * that are not about signing in: no magic link, so no sign-in rate limit is
 * spent and no mail is sent.
 */
export async function createSession(
  db: Database,
  input: { userId: string; activeOrganizationId?: string | null; lifetimeMs?: number },
): Promise<SessionFixture> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + (input.lifetimeMs ?? 24 * 60 * 60 * 1000));
  await db.session.create({ data: { sessionToken, userId: input.userId, expires, activeOrganizationId: input.activeOrganizationId ?? null } });
  return { sessionToken, expires };
}
