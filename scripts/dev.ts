/**
 * `npm run dev`.
 *
 * With DATABASE_URL set: `next dev` on that database, nothing else started.
 * Without it: an embedded PostgreSQL with its data in .data/postgres (kept
 * between runs), migrated, the demo seeded once, then `next dev`. Ctrl-C
 * stops Next.js and shuts PostgreSQL down cleanly.
 */
import path from "node:path";
import { applyMigrations } from "./db/migrations";
import { localAuthSecret } from "./lib/dev-secrets";
import { findFreePort, isPortFree, prepareDatabase, startEmbeddedPostgres } from "./lib/postgres";
import { QUIET_ENV, run, start } from "./lib/run";

const APP_PORT = Number(process.env.PORT ?? 3000);
const PREFERRED_DB_PORT = 54329;
const DATA_DIR = path.join(process.cwd(), ".data");

async function main() {
  const authSecret = process.env.AUTH_SECRET ?? (await localAuthSecret(DATA_DIR));
  const baseEnv = {
    ...process.env,
    ...QUIET_ENV,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    APP_URL: process.env.APP_URL ?? `http://localhost:${APP_PORT}`,
    INNGEST_DEV: process.env.INNGEST_DEV ?? "1",
  };

  if (process.env.DATABASE_URL) {
    console.log("DATABASE_URL is set: using it (run `npm run db:migrate` and `npm run db:seed` yourself if needed).");
    process.exit(await run("npx", ["next", "dev", "-p", String(APP_PORT)], baseEnv));
  }

  const port = (await isPortFree(PREFERRED_DB_PORT)) ? PREFERRED_DB_PORT : await findFreePort();
  console.log(`Starting embedded PostgreSQL on port ${port} (data in .data/postgres)…`);
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, persistent: true, quiet: true }).catch((error: unknown) => {
    // One line that says what is wrong and what to do, not a stack.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  let stopping = false;
  const stopPostgres = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping PostgreSQL…");
    await postgres.stop().catch((error: unknown) => console.error(error));
  };

  try {
    await prepareDatabase(postgres, "followthrough");
    const ownerUrl = postgres.ownerUrl("followthrough");
    const appUrl = postgres.appUrl("followthrough");
    const applied = await applyMigrations(ownerUrl);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

    const env = { ...baseEnv, DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl };
    const { createDatabase } = await import("@/server/db/client");
    const { DEMO_SIGN_INS, seedDemo } = await import("@/server/seed/demo");
    const db = createDatabase(appUrl);
    const alreadySeeded = (await db.$queryRaw<{ id: string | null }[]>`SELECT app_find_organization_id('northside') AS id`)[0]?.id;
    if (!alreadySeeded) {
      console.log("Seeding the demo organizations (first run only)…");
      await seedDemo(db);
    }
    await db.$disconnect();

    console.log(`
  Followthrough is starting at http://localhost:${APP_PORT}

  Sign in with any of these addresses; the sign-in link arrives in the
  development mailbox at http://localhost:${APP_PORT}/dev/mailbox
${DEMO_SIGN_INS.map((s) => `    ${s.email.padEnd(24)} ${s.role.padEnd(7)} ${s.organization}`).join("\n")}
`);
    const next = start("npx", ["next", "dev", "-p", String(APP_PORT)], env);
    const shutdown = () => {
      next.kill("SIGINT");
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
    const code = await new Promise<number>((resolve) => next.on("exit", (exitCode) => resolve(exitCode ?? 0)));
    await stopPostgres();
    process.exit(code);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopPostgres();
    process.exit(1);
  }
}

void main();
