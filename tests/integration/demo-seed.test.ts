import { describe, expect, it } from "vitest";
import { withTenant } from "@/server/db/tenant";
import { seedDemo } from "@/server/seed/demo";
import { appDb } from "./db";

describe("demo seed", () => {
  it("builds Northside and Lakeshore, and running it twice changes nothing", async () => {
    const first = await seedDemo(appDb());
    const second = await seedDemo(appDb());
    expect(second).toEqual(first);

    const northside = await withTenant({ organizationId: first.northside.organizationId }, async (tx) => ({
      seekers: await tx.membership.count({ where: { role: "SEEKER" } }),
      coaches: await tx.membership.count({ where: { role: "COACH" } }),
      admins: await tx.membership.count({ where: { role: "ADMIN" } }),
      cohorts: await tx.cohort.count(),
      caseload: await tx.caseloadAssignment.groupBy({ by: ["coachMembershipId"], _count: true }),
    }));
    expect(northside).toMatchObject({ seekers: 24, coaches: 2, admins: 1, cohorts: 2 });
    expect(northside.caseload.map((row) => row._count).sort()).toEqual([11, 13]);
    expect(first.lakeshore.seekerMembershipIds).toHaveLength(3);
  });
});
