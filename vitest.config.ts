import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./src", import.meta.url)),
  "~inngest": fileURLToPath(new URL("./inngest", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "inngest/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files run side by side against one database: every test builds its
          // own tenant and people (src/server/seed/fixtures.ts), so nothing they
          // count or change is shared. Vitest's default on a 2-core machine is one
          // worker. Measured on 2 cores: 2 workers as fast as 3 or 4 and with the
          // least CPU; 4 starved the demo seed's 20-second transactions until
          // they expired. INTEGRATION_WORKERS overrides it on bigger machines.
          // Each worker holds one Prisma pool (10 connections) for all its files.
          maxWorkers: Number(process.env.INTEGRATION_WORKERS) || 2,
          // A worker keeps its modules between files: importing Next.js,
          // Auth.js and Prisma again for every file cost more CPU than the
          // tests themselves. Safe because configuration is read at call time
          // (readEnv) and every file sets what it needs in its own hooks.
          isolate: false,
          // next-auth imports "next/server" without the ".js" Node's ESM
          // resolver needs; transforming it lets Vite resolve it (the auth
          // tests drive the real Auth.js route handlers).
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
