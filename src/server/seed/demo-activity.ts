/**
 * Eight weeks of activity for every demo seeker, ending today, logged
 * through logEvent so every step is planned by the organization's policy
 * (or the seeker's override), exactly as the app would have.
 *
 * Follow-ups follow the plan: after each milestone the seeker works through
 * the steps it opened, on time (about 6 in 10), late (1 in 4) or never, and
 * once in a while contacts someone more than the policy asks. Steps whose
 * time has not come stay open: they are the seekers' "today" lists.
 *
 * Idempotent: policies and overrides are set only once, and a seeker who
 * already has events is skipped.
 */
import type { Database } from "@/server/db/client";
import { withTenant, type Tx } from "@/server/db/tenant";
import { logEvent } from "@/server/opportunities/log-event";
import { setOrganizationPolicy } from "@/server/policy-changes/set-organization-policy";
import { setSeekerOverride } from "@/server/policy-changes/set-seeker-override";
import type { DemoSeedResult } from "./demo";
import { between, dayOf, demoStory, instantOn, rngFor, weekdayFrom, type DemoOpportunity, type Day, type Rng } from "./demo-story";

/** Which school each demo tenant follows, and which Northside seekers (by index) their coach moved to another. */
const ORGANIZATION_POLICIES = { northside: "three-by-three", lakeshore: "decision-date" } as const;
const NORTHSIDE_OVERRIDES: Record<number, string> = { 2: "two-week-call", 5: "only-mutual-interest", 9: "persist-until-answer", 14: "follow-through" };
const PARALLEL_SEEKERS = 8;

interface SeekerJob {
  organizationId: string;
  seekerMembershipId: string;
  storyKey: string;
  override: string | null;
}

async function ensureOrganizationPolicy(db: Database, organizationId: string, preset: string, now: Date) {
  await withTenant({ organizationId }, async (tx) => {
    if ((await tx.organizationPolicy.count()) === 0) await setOrganizationPolicy(tx, { organizationId, actorUserId: null, policy: preset, now });
  }, db);
}

/** Works through the open steps of one opportunity up to (not including) `until`, as the seeker would have. */
async function followUpOpenSteps(tx: Tx, job: SeekerJob, rng: Rng, opportunity: DemoOpportunity, until: Day, now: Date) {
  const today = dayOf(now);
  const considered = new Set<string>();
  for (let round = 0; round < 12; round += 1) {
    const open = await tx.plannedFollowUp.findMany({
      where: { seekerMembershipId: job.seekerMembershipId, opportunity: { key: opportunity.key }, status: "open" },
      orderBy: [{ due: "asc" }, { planKey: "asc" }],
    });
    const step = open.find((row) => !considered.has(row.id) && dayOf(row.notBefore) < until);
    if (!step) return;
    considered.add(step.id);
    const notBefore = dayOf(step.notBefore);
    const due = dayOf(step.due);
    const fate = rng();
    const day = fate < 0.6 ? weekdayFrom(notBefore + between(rng, 0, Math.max(0, due - notBefore))) : fate < 0.85 ? weekdayFrom(due + between(rng, 1, 5)) : null;
    if (day === null || day >= until || day >= today) continue; // never done, or not yet
    await logEvent(tx, {
      ...actorFor(job),
      event: { type: "follow_up", at: instantOn(rng, day), opportunity: opportunity.key, channel: step.channel, action: step.action, ...(step.contactName ? { contact: step.contactName } : {}) },
      now,
    });
  }
}

const actorFor = (job: SeekerJob) => ({ organizationId: job.organizationId, seekerMembershipId: job.seekerMembershipId, actorUserId: null });

async function seedSeeker(db: Database, job: SeekerJob, now: Date): Promise<number> {
  return withTenant({ organizationId: job.organizationId }, async (tx) => {
    if ((await tx.opportunityEvent.count({ where: { seekerMembershipId: job.seekerMembershipId } })) > 0) return 0;
    if (job.override && !(await tx.seekerPolicyOverride.findFirst({ where: { seekerMembershipId: job.seekerMembershipId } }))) {
      await setSeekerOverride(tx, { access: "system", seekerMembershipId: job.seekerMembershipId, actorUserId: null, policy: job.override, now });
    }
    const rng = rngFor(job.storyKey);
    const today = dayOf(now);
    const story = demoStory(rng, today);
    for (const opportunity of story.opportunities) {
      for (const [index, milestone] of opportunity.milestones.entries()) {
        await logEvent(tx, { ...actorFor(job), event: milestone.event, details: { title: opportunity.title, company: opportunity.company }, now });
        const next = opportunity.milestones[index + 1]?.day ?? today;
        await followUpOpenSteps(tx, job, rng, opportunity, next, now);
      }
      // Now and then one call too many: what the over-contact flag is for.
      const last = opportunity.milestones.at(-1)!;
      if (rng() < 0.12 && last.event.type === "interview" && last.day + 3 < today) {
        await logEvent(tx, { ...actorFor(job), event: { type: "follow_up", at: instantOn(rng, weekdayFrom(last.day + 3)), opportunity: opportunity.key, channel: "phone" }, now });
      }
    }
    if (story.competingOfferDay !== null && story.opportunities.length > 0) {
      await logEvent(tx, { ...actorFor(job), event: { type: "competing_offer", at: instantOn(rng, story.competingOfferDay) }, now });
    }
    return tx.opportunityEvent.count({ where: { seekerMembershipId: job.seekerMembershipId } });
  }, db);
}

export interface DemoActivityStats {
  seekersSeeded: number;
  eventsLogged: number;
  milliseconds: number;
}

export async function seedDemoActivity(db: Database, result: DemoSeedResult, now: Date = new Date()): Promise<DemoActivityStats> {
  const started = Date.now();
  await ensureOrganizationPolicy(db, result.northside.organizationId, ORGANIZATION_POLICIES.northside, now);
  await ensureOrganizationPolicy(db, result.lakeshore.organizationId, ORGANIZATION_POLICIES.lakeshore, now);
  const jobs: SeekerJob[] = [
    ...result.northside.seekerMembershipIds.map((id, index) => ({ organizationId: result.northside.organizationId, seekerMembershipId: id, storyKey: `northside-${index}`, override: NORTHSIDE_OVERRIDES[index] ?? null })),
    ...result.lakeshore.seekerMembershipIds.map((id, index) => ({ organizationId: result.lakeshore.organizationId, seekerMembershipId: id, storyKey: `lakeshore-${index}`, override: null })),
  ];
  let seekersSeeded = 0;
  let eventsLogged = 0;
  // A few seekers at a time: each is its own transaction, and seekers never share a lock.
  for (let start = 0; start < jobs.length; start += PARALLEL_SEEKERS) {
    const counts = await Promise.all(jobs.slice(start, start + PARALLEL_SEEKERS).map((job) => seedSeeker(db, job, now)));
    for (const count of counts) {
      if (count > 0) seekersSeeded += 1;
      eventsLogged += count;
    }
  }
  return { seekersSeeded, eventsLogged, milliseconds: Date.now() - started };
}
