import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { withTenant } from "@/server/db/tenant";
import { createTenant } from "@/server/seed/fixtures";
import { appDb, rawAppClient } from "./db";

const TENANT_TABLES = ["Membership", "Cohort", "CaseloadAssignment", "Invitation"];

describe("row-level security", () => {
  let a: Awaited<ReturnType<typeof createTenant>>;
  let b: Awaited<ReturnType<typeof createTenant>>;
  let raw: pg.Client;

  beforeAll(async () => {
    a = await createTenant(appDb());
    b = await createTenant(appDb());
    raw = await rawAppClient();
  });
  afterAll(async () => {
    await raw.end();
  });

  it("an unscoped query as the app role sees no tenant rows at all", async () => {
    for (const table of TENANT_TABLES) {
      const { rows } = await raw.query(`SELECT count(*)::int AS n FROM "${table}"`);
      expect(rows[0].n, table).toBe(0);
    }
    const { rows } = await raw.query(`SELECT count(*)::int AS n FROM "Organization"`);
    expect(rows[0].n).toBe(0);
  });

  it("a deliberately unfiltered query scoped to A returns only A's rows", async () => {
    const memberships = await withTenant({ organizationId: a.organization.id }, (tx) =>
      // No where clause on purpose: only the policy stands between A and B.
      tx.$queryRawUnsafe<{ organizationId: string }[]>(`SELECT "organizationId" FROM "Membership"`),
    );
    expect(memberships.length).toBeGreaterThanOrEqual(3);
    expect(new Set(memberships.map((row) => row.organizationId))).toEqual(new Set([a.organization.id]));
  });

  it("cannot write a row into another tenant", async () => {
    await expect(
      withTenant({ organizationId: a.organization.id }, (tx) =>
        tx.cohort.create({ data: { organizationId: b.organization.id, name: "Smuggled" } }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("cannot update or delete another tenant's rows", async () => {
    const updated = await withTenant({ organizationId: a.organization.id }, (tx) =>
      tx.membership.updateMany({ where: { organizationId: b.organization.id }, data: { timeZone: "UTC" } }),
    );
    expect(updated.count).toBe(0);
    const deleted = await withTenant({ organizationId: a.organization.id }, (tx) =>
      tx.caseloadAssignment.deleteMany({ where: { organizationId: b.organization.id } }),
    );
    expect(deleted.count).toBe(0);
  });

  it("the app role cannot switch row-level security off", async () => {
    await expect(raw.query(`ALTER TABLE "Membership" DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/owner/);
    const { rows } = await raw.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
