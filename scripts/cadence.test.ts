/** The CLI contract end to end: a few spawns only, since each one starts tsx. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONTRACT_EXAMPLE as example } from "@/server/cadence/test-helpers";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cadence-cli-"));

function runCli(args: string[], input?: unknown) {
  const file = join(dir, `timeline-${Math.random().toString(36).slice(2)}.json`);
  if (input !== undefined) writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/cadence.ts", ...args.map((a) => (a === "$FILE" ? file : a))], {
    cwd: root,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}


describe("cadence preview CLI", { timeout: 30_000 }, () => {
  it("prints one JSON plan and exits 0 for the contract's example", () => {
    const { code, stdout, stderr } = runCli(["preview", "$FILE", "--now", "2026-03-30T12:00:00Z"], example);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.policy).toEqual({ id: "three-by-three", version: 1 });
    expect(plan.followUps.find((f: { step: string }) => f.step === "thank-you-call")).toMatchObject({
      opportunity: "acme-pm", action: "thank_you", channel: "phone", contact: "Dana Lee", notBefore: "2026-03-11", due: "2026-03-11",
      status: "done", doneAt: "2026-03-11T14:30:00.000Z", optional: false, overdue: false,
    });
    expect(Object.keys(plan.followUps[0])).toEqual([
      "opportunity", "step", "action", "channel", "contact", "notBefore", "due", "status", "doneAt", "optional", "overdue", "script",
    ]);
    expect(plan.opportunities).toEqual([{ opportunity: "acme-pm", state: "closed_offer", flags: [] }]);
    expect(plan.extraContacts).toEqual([]);
  });

  it("exits 2 with one line naming the field for bad input, and prints nothing on stdout", () => {
    const noOffset = { ...example, events: [{ ...example.events[1], at: "2026-03-10T15:00:00" }] };
    for (const [input, message] of [
      [noOffset, 'events[0].at: time "2026-03-10T15:00:00" has no UTC offset\n'],
      [{ ...example, policy: "nope" }, 'policy: unknown preset "nope"\n'],
      ["{ not json", null],
    ] as const) {
      const { code, stdout, stderr } = runCli(["preview", "$FILE"], input);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      if (message) expect(stderr).toBe(message);
      expect(stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
    }
  });

  it("exits 2 with the usage line for unknown usage", () => {
    const { code, stdout, stderr } = runCli(["plan"]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/^unknown command "plan"; usage: cadence preview <timeline\.json> \[--now <ISO-8601 instant>\]\n$/);
  });
});
