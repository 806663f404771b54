/**
 * `npm run test:e2e`: Playwright against a production build.
 *
 * Starts its own throwaway PostgreSQL (never the developer's data), migrates
 * it, builds the app, and runs Playwright, whose webServer starts
 * `next start` on a free port this script picks (E2E_PORT), with the
 * environment set here, so a busy port 3100 never fails the run. No demo
 * seed: each test builds the organization and people it needs
 * (e2e/fixtures), through DATABASE_URL, which Playwright's workers inherit.
 * E2E_SKIP_BUILD=1 reuses the last build.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { applyMigrations } from "./db/migrations";
import { findFreePort, prepareDatabase, startThrowawayPostgres } from "./lib/postgres";
import { QUIET_ENV, run } from "./lib/run";

async function main(): Promise<number> {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.warn(`No Chromium at ${chromium}: Playwright will use its own browser (install Debian's chromium, or set CHROMIUM_PATH).`);
  }
  const port = Number(process.env.E2E_PORT) || (await findFreePort());
  const postgres = await startThrowawayPostgres("e2e");
  try {
    await prepareDatabase(postgres, "followthrough_e2e");
    await applyMigrations(postgres.ownerUrl("followthrough_e2e"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...QUIET_ENV,
      DATABASE_URL: postgres.appUrl("followthrough_e2e"),
      MIGRATION_DATABASE_URL: postgres.ownerUrl("followthrough_e2e"),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      APP_URL: `http://localhost:${port}`,
      E2E_PORT: String(port),
      // The production build keeps the development mailbox for these tests only.
      FOLLOWTHROUGH_E2E: "1",
      INNGEST_DEV: "1",
      RESEND_API_KEY: "",
    };
    if (process.env.E2E_SKIP_BUILD !== "1") {
      const buildCode = await run("npx", ["next", "build"], env);
      if (buildCode !== 0) return buildCode;
    }
    return await run("npx", ["playwright", "test", ...process.argv.slice(2)], env);
  } finally {
    await postgres.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
