import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Database = PrismaClient;

/** A client for `connectionString`; the app's is `getDb()`, tests make their own. */
export function createDatabase(connectionString: string): Database {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const globalForDb = globalThis as unknown as { followthroughDb?: Database };

/**
 * The application's client, connected as the unprivileged role in
 * DATABASE_URL. Created on first use (not at import) so that building the
 * app needs no database; kept on globalThis so dev hot reloads reuse it.
 */
export function getDb(): Database {
  if (!globalForDb.followthroughDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Run `npm run dev`, which starts an embedded database, or set it.");
    globalForDb.followthroughDb = createDatabase(url);
  }
  return globalForDb.followthroughDb;
}
