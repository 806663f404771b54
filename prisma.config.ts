import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` would throw when the variable is unset (e.g. during
// `prisma generate` on a fresh clone), so read process.env directly.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? "" },
});
