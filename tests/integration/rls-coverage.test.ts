/**
 * The CI check that no tenant table slips through: every table with an
 * `organizationId` column must have row-level security enabled AND forced,
 * and at least one policy. A new table added without its RLS SQL fails here.
 */
import pg from "pg";
import { describe, expect, inject, it } from "vitest";

describe("row-level security coverage", () => {
  it("every table with organizationId has RLS enabled, forced and a policy", async () => {
    const client = new pg.Client({ connectionString: inject("ownerDatabaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(`
        SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
               (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        WHERE c.relkind = 'r'
          AND EXISTS (SELECT 1 FROM information_schema.columns col
                      WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'organizationId')
        ORDER BY c.relname`);
      expect(rows.length).toBeGreaterThan(0);
      const unprotected = rows.filter((row) => !row.enabled || !row.forced || row.policies === 0);
      expect(unprotected, "tenant tables without enabled+forced RLS and a policy").toEqual([]);
    } finally {
      await client.end();
    }
  });
});
