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
import { describe, expect, it } from "vitest";
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

describe("logging each preset's story through logEvent", () => {
  it.each(STORIES.map((story) => [story.preset, story] as const))("%s: the stored plan is the planner's plan", async (_preset, story) => {
    const expected = plannerOutput(story);
    expect(expected.followUps.length).toBeGreaterThan(0);
    expect(await storeStory(story)).toEqual(expected);
  });

  // The stored plan equals the planner's (above), so the CLI need only equal the planner: no second store of every story.
  it("matches the CLI's JSON for the same timelines", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cadence-cli-"));
    const printed = await Promise.all(
      STORIES.map(async (story) => {
        const file = path.join(dir, `${story.preset}.json`);
        await writeFile(file, JSON.stringify({ timezone: TIMEZONE, holidays: HOLIDAYS, policy: story.preset, events: story.events }));
        const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/cadence.ts", "preview", file, "--now", story.now], { cwd: process.cwd() });
        return JSON.parse(stdout) as { policy: { id: string } } & Record<string, unknown>;
      }),
    );
    for (const [index, story] of STORIES.entries()) {
      const { policy, ...cli } = printed[index]!;
      expect(policy.id).toBe(story.preset);
      expect(cli, story.preset).toEqual(plannerOutput(story));
    }
  }, 120_000);
});
