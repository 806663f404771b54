/**
 * End-to-end tests against a production build (`next build` is run by
 * scripts/e2e.ts, which also starts the database and sets the environment;
 * the web server below inherits it).
 */
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// scripts/e2e.ts picks a free port and passes it here.
const PORT = Number(process.env.E2E_PORT) || 3100;
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // Every test builds its own organization and people (e2e/fixtures), so
  // any test may run beside any other. Measured on 2 cores against one
  // next start: 2 workers took 3.9 and 5.0 minutes where 1 took 4.5 and 5.9
  // (same outside load each pair). E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS) || 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A sign-in through the form and the mailbox takes 10-20 s on a busy 2-core
  // machine running next start, Chromium and PostgreSQL at once; 30 s was too
  // tight for tests that do two of them (audit log, invitations, CSP).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    // localhost, not 127.0.0.1: Auth.js builds magic links for the host it is served on.
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // The system Chromium where there is one (no browser download on these machines).
          executablePath: existsSync(systemChromium) ? systemChromium : undefined,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: `npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { ...(process.env as Record<string, string>), PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1" },
  },
});
