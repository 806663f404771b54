/**
 * `npm run db:seed`: the demo organizations, idempotent. Connects as the
 * application role (DATABASE_URL), so seeding obeys row-level security.
 */
import { createDatabase } from "@/server/db/client";
import { DEMO_SIGN_INS, seedDemo } from "@/server/seed/demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (npm run dev seeds its embedded database by itself).");
  process.exit(2);
}
const db = createDatabase(url);
try {
  const started = Date.now();
  await seedDemo(db);
  console.log(`Seeded the demo in ${((Date.now() - started) / 1000).toFixed(1)} s. Sign in as: ${DEMO_SIGN_INS.map((s) => s.email).join(", ")}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
