/** Database handles for integration tests. */
import pg from "pg";
import { inject } from "vitest";
import { getDb } from "@/server/db/client";

/** The application's own client (unprivileged role, RLS applies). */
export const appDb = () => getDb();

/** A raw pg client connected as the application role, for unscoped-query proofs. */
export async function rawAppClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: inject("appDatabaseUrl") });
  await client.connect();
  return client;
}
