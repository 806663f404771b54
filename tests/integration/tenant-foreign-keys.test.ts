/**
 * Tenancy in the schema: every foreign key between two tenant tables (tables
 * with an `organizationId` column) includes `organizationId` on both sides,
 * so PostgreSQL itself refuses a row that points into another organization,
 * even from the schema owner, who bypasses row-level security.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTenant } from "@/server/seed/fixtures";
import { appDb } from "./db";

type Tenant = Awaited<ReturnType<typeof createTenant>>;

describe("composite tenant foreign keys", () => {
  let owner: pg.Client;
  beforeAll(async () => {
    owner = new pg.Client({ connectionString: inject("ownerDatabaseUrl") });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
  });

  it("every foreign key joining two tenant tables carries organizationId on both sides", async () => {
    const { rows } = await owner.query<{ constraint: string; from_table: string; to_table: string; from_columns: string[]; to_columns: string[] }>(`
      WITH tenant_tables AS (
        SELECT c.oid, c.relname FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        WHERE c.relkind = 'r' AND EXISTS (
          SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organizationId' AND NOT a.attisdropped)
      )
      SELECT con.conname AS constraint, src.relname AS from_table, dst.relname AS to_table,
             ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS from_columns,
             ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord) AS to_columns
      FROM pg_constraint con
      JOIN tenant_tables src ON src.oid = con.conrelid
      JOIN tenant_tables dst ON dst.oid = con.confrelid
      WHERE con.contype = 'f'
      ORDER BY 1`);
    expect(rows.length, "tenant-to-tenant foreign keys exist").toBeGreaterThanOrEqual(12);
    const singleTenant = rows.filter((row) => {
      const index = row.from_columns.indexOf("organizationId");
      return index === -1 || row.to_columns[index] !== "organizationId";
    });
    expect(singleTenant.map((row) => `${row.constraint}: ${row.from_table}(${row.from_columns.join(", ")}) → ${row.to_table}(${row.to_columns.join(", ")})`)).toEqual([]);
  });

  describe("rows pointing into another organization are refused by the database itself", () => {
    let a: Tenant;
    let b: Tenant;
    let bOpportunityId: string;
    beforeAll(async () => {
      a = await createTenant(appDb());
      b = await createTenant(appDb());
      const { rows } = await owner.query<{ id: string }>(
        `INSERT INTO "Opportunity" (id, "organizationId", "seekerMembershipId", key, title, kind, "openedAt", "lastEventAt", "stateChangedAt", "updatedAt")
         VALUES ('fk-opp-' || md5(random()::text), $1, $2, 'fk-test', 'FK test', 'job', now(), now(), now(), now()) RETURNING id`,
        [b.organization.id, b.seeker.membership.id],
      );
      bOpportunityId = rows[0]!.id;
    });

    const refused = async (sql: string, values: unknown[]) => {
      const error = await owner.query(sql, values).then(
        () => null,
        (caught: { code?: string }) => caught,
      );
      expect(error?.code, "foreign_key_violation").toBe("23503");
    };

    it("a caseload assignment of A's coach to B's seeker", async () => {
      await refused(
        `INSERT INTO "CaseloadAssignment" (id, "organizationId", "coachMembershipId", "seekerMembershipId") VALUES ('fk-case-' || md5(random()::text), $1, $2, $3)`,
        // B's admin: a membership with no caseload row yet, so only the tenant rule can refuse it.
        [a.organization.id, a.coach.membership.id, b.admin.membership.id],
      );
    });

    it("a contact in A attached to B's opportunity", async () => {
      await refused(`INSERT INTO "OpportunityContact" (id, "organizationId", "opportunityId", name, role) VALUES ('fk-contact-' || md5(random()::text), $1, $2, 'Dana', 'other')`, [
        a.organization.id,
        bOpportunityId,
      ]);
    });

    it("an event in A logged against B's opportunity", async () => {
      await refused(
        `INSERT INTO "OpportunityEvent" (id, "organizationId", "seekerMembershipId", "opportunityId", sequence, type, at, payload) VALUES ('fk-event-' || md5(random()::text), $1, $2, $3, 999, 'applied', now(), '{}')`,
        [a.organization.id, a.seeker.membership.id, bOpportunityId],
      );
    });

    it("a membership in A placed in B's cohort", async () => {
      const { rows } = await owner.query<{ id: string }>(`INSERT INTO "Cohort" (id, "organizationId", name) VALUES ('fk-cohort-' || md5(random()::text), $1, 'B cohort ' || md5(random()::text)) RETURNING id`, [
        b.organization.id,
      ]);
      await refused(`UPDATE "Membership" SET "cohortId" = $1 WHERE id = $2`, [rows[0]!.id, a.seeker.membership.id]);
    });

    it("deleting a cohort clears its members' cohort and keeps their organization", async () => {
      const { rows } = await owner.query<{ id: string }>(`INSERT INTO "Cohort" (id, "organizationId", name) VALUES ('fk-cohort-' || md5(random()::text), $1, 'A cohort ' || md5(random()::text)) RETURNING id`, [
        a.organization.id,
      ]);
      await owner.query(`UPDATE "Membership" SET "cohortId" = $1 WHERE id = $2`, [rows[0]!.id, a.seeker.membership.id]);
      await owner.query(`DELETE FROM "Cohort" WHERE id = $1`, [rows[0]!.id]);
      const after = await owner.query<{ cohortId: string | null; organizationId: string }>(`SELECT "cohortId", "organizationId" FROM "Membership" WHERE id = $1`, [a.seeker.membership.id]);
      expect(after.rows[0]).toEqual({ cohortId: null, organizationId: a.organization.id });
    });
  });
});
