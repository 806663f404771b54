/**
 * The store plans exactly what the CLI prints: each preset's story, logged
 * event by event through logEvent (in shuffled order, as people log late),
 * leaves the same follow-ups, opportunity states and extra contacts as the
 * pure planner and the `cadence preview` CLI on the same timeline.
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { getStoredPlan } from "@/server/opportunities/get-stored-plan";
import { logEvent } from "@/server/opportunities/log-event";
import { parseTimeline, planTimeline, toContractOutput } from "@/server/cadence";
import { setOrganizationPolicy } from "@/server/policy-changes/set-organization-policy";
import { freshTenant, inTenant, seekerOf } from "./helpers";
import { HOLIDAYS, STORIES, TIMEZONE, type Story } from "./stories";

function plannerOutput(story: Story) {
  const parsed = parseTimeline({ timezone: TIMEZONE, holidays: HOLIDAYS, policy: story.preset, events: story.events });
  if (!parsed.success) throw new Error(parsed.error);
  const { policy: _policy, ...plan } = toContractOutput(planTimeline(parsed.data, { now: new Date(story.now) }));
  return plan;
}

/** A fixed, non-trivial logging order: every other event first, then the rest, opening events kept first per opportunity. */
function loggingOrder(events: Story["events"]) {
  const opening = events.filter((event) => ["applied", "interview", "informational_interview", "networking_meeting"].includes(String(event.type)));
  const rest = events.filter((event) => !opening.includes(event));
  return [...opening, ...rest.filter((_, index) => index % 2 === 1), ...rest.filter((_, index) => index % 2 === 0)];
}

async function storeStory(story: Story) {
  const tenant = await freshTenant();
  const now = new Date(story.now);
  await inTenant(tenant, (tx) => setOrganizationPolicy(tx, { organizationId: tenant.organization.id, actorUserId: null, policy: story.preset, now }));
  for (const event of loggingOrder(story.events)) {
    await inTenant(tenant, (tx) => logEvent(tx, { ...seekerOf(tenant), event, now }));
  }
  return inTenant(tenant, (tx) => getStoredPlan(tx, tenant.seeker.membership.id, now));
}

/** What `cadence preview` prints for each story: one CLI run per story, all at once. */
async function printedByCli(): Promise<Map<string, CliPlan>> {
  const dir = await mkdtemp(path.join(tmpdir(), "cadence-cli-"));
  const printed = await Promise.all(
    STORIES.map(async (story) => {
      const file = path.join(dir, `${story.preset}.json`);
      await writeFile(file, JSON.stringify({ timezone: TIMEZONE, holidays: HOLIDAYS, policy: story.preset, events: story.events }));
      // node --import tsx, not npx: npx adds an npm start-up to each of the six runs.
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/cadence.ts", "preview", file, "--now", story.now], { cwd: process.cwd() });
      return [story.preset, JSON.parse(stdout) as CliPlan] as const;
    }),
  );
  return new Map(printed);
}

type CliPlan = { policy: { id: string } } & Record<string, unknown>;

describe("logging each preset's story through logEvent", () => {
  let printed: Map<string, CliPlan>;
  beforeAll(async () => {
    printed = await printedByCli();
  }, 120_000);

  // Each story is stored once and held to both the planner and the CLI. (A
  // second test used to store every story again only to compare with the CLI.)
  it.each(STORIES.map((story) => [story.preset, story] as const))("%s: the stored plan is the planner's plan and the CLI's JSON", async (_preset, story) => {
    const expected = plannerOutput(story);
    expect(expected.followUps.length).toBeGreaterThan(0);
    const stored = await storeStory(story);
    expect(stored).toEqual(expected);
    const { policy, ...cli } = printed.get(story.preset)!;
    expect(policy.id).toBe(story.preset);
    expect(stored, story.preset).toEqual(cli);
  });
});
