/**
 * One throwaway PostgreSQL for the whole integration run: started here,
 * migrated as the owner, and removed at the end. With TEST_DATABASE_URL set
 * (an owner connection string to a disposable database) that one is used
 * instead; it is never the developer's DATABASE_URL.
 */
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/migrations";
import { APP_ROLE, PostgresSetupError, prepareDatabase, startThrowawayPostgres } from "../../scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    ownerDatabaseUrl: string;
    appDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await applyMigrations(external);
    const appUrl = new URL(external);
    appUrl.username = APP_ROLE;
    appUrl.password = process.env.TEST_APP_PASSWORD ?? APP_ROLE;
    project.provide("ownerDatabaseUrl", external);
    project.provide("appDatabaseUrl", appUrl.toString());
    return;
  }
  const postgres = await startThrowawayPostgres("test").catch((error: unknown) => {
    // Thrown from here, Vitest would print the one line under a stack trace.
    if (!(error instanceof PostgresSetupError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  await prepareDatabase(postgres, "followthrough_test");
  await applyMigrations(postgres.ownerUrl("followthrough_test"));
  project.provide("ownerDatabaseUrl", postgres.ownerUrl("followthrough_test"));
  project.provide("appDatabaseUrl", postgres.appUrl("followthrough_test"));
  return async () => {
    await postgres.stop();
  };
}
