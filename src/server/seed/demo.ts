/**
 * The demo tenants: "Northside Career Center" (what a coach evaluating
 * Followthrough explores) and "Lakeshore Workforce Partners" (a second
 * tenant, so isolation is visible). Idempotent: running it again changes
 * nothing. Built from the same fixtures the tests use.
 */
import type { Database } from "@/server/db/client";
import { seedDemoActivity } from "./demo-activity";
import { assignToCaseload, createMember, ensureCohort, ensureOrganization } from "./fixtures";

export const DEMO_SIGN_INS = [
  { email: "admin@northside.test", role: "ADMIN", organization: "Northside Career Center" },
  { email: "coach@northside.test", role: "COACH", organization: "Northside Career Center" },
  { email: "coach2@northside.test", role: "COACH", organization: "Northside Career Center" },
  { email: "seeker@northside.test", role: "SEEKER", organization: "Northside Career Center" },
  { email: "coach@lakeshore.test", role: "COACH", organization: "Lakeshore Workforce Partners" },
  { email: "seeker@lakeshore.test", role: "SEEKER", organization: "Lakeshore Workforce Partners" },
] as const;

/** The demo's Northside seekers, in order: the e2e fixtures build organizations with the same names. */
export const NORTHSIDE_SEEKERS = [
  "Jordan Ellis", "Aisha Rahman", "Marcus Chen", "Sofia Alvarez", "Tyler Brooks", "Hannah Kim",
  "Devon Carter", "Lucia Moretti", "Omar Haddad", "Grace Liu", "Ethan Walsh", "Nadia Petrova",
  "Caleb Johnson", "Imani Brooks", "Ravi Shah", "Chloe Martin", "Mateo Rossi", "Zoe Thompson",
  "Samuel Osei", "Leah Goldberg", "Kenji Watanabe", "Brianna Scott", "Felix Wagner", "Maria Santos",
] as const;

function emailFor(name: string, index: number): string {
  // The first seeker is the demo sign-in; the rest get readable addresses.
  if (index === 0) return "seeker@northside.test";
  return `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@northside.test`;
}

export interface DemoSeedResult {
  northside: { organizationId: string; seekerMembershipIds: string[] };
  lakeshore: { organizationId: string; seekerMembershipIds: string[] };
}

export async function seedDemoOrganizations(db: Database): Promise<DemoSeedResult> {
  const northside = await ensureOrganization(db, {
    name: "Northside Career Center",
    slug: "northside",
    timeZone: "America/Chicago",
    holidayCalendar: "US",
  });
  const spring = await ensureCohort(db, { organizationId: northside.id, name: "Spring 2026 Career Launch", startsOn: new Date("2026-09-14") });
  const midCareer = await ensureCohort(db, { organizationId: northside.id, name: "Mid-Career Transitions", startsOn: new Date("2026-09-28") });

  await createMember(db, { organizationId: northside.id, email: "admin@northside.test", name: "Priya Natarajan", role: "ADMIN" });
  const maya = await createMember(db, { organizationId: northside.id, email: "coach@northside.test", name: "Maya Okafor", role: "COACH" });
  const daniel = await createMember(db, { organizationId: northside.id, email: "coach2@northside.test", name: "Daniel Reyes", role: "COACH" });

  const northsideSeekers: string[] = [];
  for (const [index, name] of NORTHSIDE_SEEKERS.entries()) {
    const cohort = index % 2 === 0 ? spring : midCareer;
    const seeker = await createMember(db, { organizationId: northside.id, email: emailFor(name, index), name, role: "SEEKER", cohortId: cohort.id });
    // Maya carries the first 13, Daniel the other 11: uneven, as caseloads are.
    const coach = index < 13 ? maya : daniel;
    await assignToCaseload(db, { organizationId: northside.id, coachMembershipId: coach.membership.id, seekerMembershipId: seeker.membership.id });
    northsideSeekers.push(seeker.membership.id);
  }

  const lakeshore = await ensureOrganization(db, {
    name: "Lakeshore Workforce Partners",
    slug: "lakeshore",
    timeZone: "America/New_York",
    holidayCalendar: "US",
  });
  const reentry = await ensureCohort(db, { organizationId: lakeshore.id, name: "Re-entry Program" });
  await createMember(db, { organizationId: lakeshore.id, email: "admin@lakeshore.test", name: "Tom Becker", role: "ADMIN" });
  const lakeshoreCoach = await createMember(db, { organizationId: lakeshore.id, email: "coach@lakeshore.test", name: "Renee Dubois", role: "COACH" });
  const lakeshoreSeekers: string[] = [];
  for (const [email, name] of [["seeker@lakeshore.test", "Alex Morgan"], ["jamie.fox@lakeshore.test", "Jamie Fox"], ["kim.nguyen@lakeshore.test", "Kim Nguyen"]] as const) {
    const seeker = await createMember(db, { organizationId: lakeshore.id, email, name, role: "SEEKER", cohortId: reentry.id });
    await assignToCaseload(db, { organizationId: lakeshore.id, coachMembershipId: lakeshoreCoach.membership.id, seekerMembershipId: seeker.membership.id });
    lakeshoreSeekers.push(seeker.membership.id);
  }

  return {
    northside: { organizationId: northside.id, seekerMembershipIds: northsideSeekers },
    lakeshore: { organizationId: lakeshore.id, seekerMembershipIds: lakeshoreSeekers },
  };
}

/** The whole demo: tenants and people, then eight weeks of job-search activity ending today. */
export async function seedDemo(db: Database, now: Date = new Date()): Promise<DemoSeedResult> {
  const result = await seedDemoOrganizations(db);
  await seedDemoActivity(db, result, now);
  return result;
}
