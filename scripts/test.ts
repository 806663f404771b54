/**
 * `npm test`: every check, in order, stopping at the first failure.
 * Each step starts what it needs (the integration and e2e steps start their
 * own throwaway PostgreSQL), so a fresh clone needs nothing running.
 */
import { QUIET_ENV, run } from "./lib/run";

const steps: { name: string; command: string; args: string[] }[] = [
  { name: "route types", command: "npx", args: ["next", "typegen"] },
  { name: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "lint", command: "npx", args: ["eslint", ".", "--max-warnings=0"] },
  { name: "migrations match the schema", command: "npx", args: ["tsx", "scripts/db/migrate.ts", "check"] },
  { name: "unit tests", command: "npx", args: ["vitest", "run", "--project", "unit"] },
  { name: "integration tests", command: "npx", args: ["vitest", "run", "--project", "integration"] },
  { name: "end-to-end tests", command: "npx", args: ["tsx", "scripts/e2e.ts"] },
];

const env = { ...process.env, ...QUIET_ENV };
const started = Date.now();
let passed = 0;
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n▶ ${step.name}`);
  const code = await run(step.command, step.args, env);
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${code}, ${seconds} s)`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(code);
  }
  passed += 1;
  console.log(`✔ ${step.name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`steps: ${passed} passed, 0 failed`);
