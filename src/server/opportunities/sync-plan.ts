/**
 * Stores a seeker's plan: upserts planned follow-ups by (opportunity, plan
 * key), refreshes opportunity state and flags, and the extra contacts.
 * Every row is compared with what is stored first and written only when it
 * differs, so re-planning an unchanged history writes nothing. Done steps
 * are history: never reopened, cancelled or rescheduled, even when a new
 * policy would plan that step differently (see isLateCompletionUnderSamePolicy
 * for the one refinement allowed). Open or cancelled rows the plan no longer holds
 * were projections of an earlier plan, not facts, and are removed.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/tenant";
import type { SeekerContext } from "./load-seeker";
import type { SeekerPlan } from "./plan-seeker";
import type { PlannedFollowUp as PlannedStep } from "@/server/cadence";
import { fromDayText, toDayText } from "@/server/dates";

export interface SyncCounts {
  created: number;
  updated: number;
  deleted: number;
}

const sameInstant = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

type StoredFollowUp = Awaited<ReturnType<typeof loadStoredFollowUps>>[number];

function loadStoredFollowUps(tx: Tx, seekerMembershipId: string) {
  return tx.plannedFollowUp.findMany({ where: { seekerMembershipId } });
}

function desiredFollowUp(step: PlannedStep, { effective, plan }: SeekerPlan) {
  return {
    stepId: step.step,
    action: step.action,
    channel: step.channel,
    contactName: step.contact,
    notBefore: fromDayText(step.notBefore),
    due: fromDayText(step.due),
    status: step.status,
    doneAt: step.doneAt === null ? null : new Date(step.doneAt),
    doneByEventId: step.doneEventId,
    optional: step.optional,
    script: step.script,
    policySource: effective.source,
    policyId: plan.policy.id,
    policyVersion: effective.version,
  } satisfies Prisma.PlannedFollowUpUncheckedUpdateInput;
}

function differs(stored: StoredFollowUp, desired: ReturnType<typeof desiredFollowUp>): boolean {
  return (
    stored.stepId !== desired.stepId ||
    stored.action !== desired.action ||
    stored.channel !== desired.channel ||
    stored.contactName !== desired.contactName ||
    toDayText(stored.notBefore) !== toDayText(desired.notBefore) ||
    toDayText(stored.due) !== toDayText(desired.due) ||
    stored.status !== desired.status ||
    !sameInstant(stored.doneAt, desired.doneAt) ||
    stored.doneByEventId !== desired.doneByEventId ||
    stored.optional !== desired.optional ||
    stored.script !== desired.script ||
    stored.policySource !== desired.policySource ||
    stored.policyId !== desired.policyId ||
    stored.policyVersion !== desired.policyVersion
  );
}

/**
 * A done step stays done, on its dates, under the policy that planned it.
 * The one thing that may move is which follow-up completed it: when a
 * seeker logs late an earlier follow-up that the same policy credits
 * instead, the log (the truth) says so, and the row follows. After a policy
 * change nothing about a done row moves.
 */
function isLateCompletionUnderSamePolicy(stored: StoredFollowUp, desired: ReturnType<typeof desiredFollowUp>): boolean {
  return (
    desired.status === "done" &&
    stored.policySource === desired.policySource &&
    stored.policyId === desired.policyId &&
    stored.policyVersion === desired.policyVersion &&
    (stored.doneByEventId !== desired.doneByEventId || !sameInstant(stored.doneAt, desired.doneAt))
  );
}

async function syncFollowUps(tx: Tx, seeker: SeekerContext, seekerPlan: SeekerPlan, opportunityIds: Map<string, string>, counts: SyncCounts) {
  const stored = await loadStoredFollowUps(tx, seeker.membershipId);
  const byKey = new Map(stored.map((row) => [`${row.opportunityId}|${row.planKey}`, row]));
  const kept = new Set<string>();
  const toCreate: Prisma.PlannedFollowUpCreateManyInput[] = [];
  // Which stored done row each follow-up event already completed.
  const completedBy = new Map(stored.filter((row) => row.status === "done" && row.doneByEventId).map((row) => [row.doneByEventId!, `${row.opportunityId}|${row.planKey}`]));
  for (const step of seekerPlan.plan.followUps) {
    const opportunityId = opportunityIds.get(step.opportunity);
    if (!opportunityId) throw new Error(`Planned a step for unknown opportunity "${step.opportunity}"`);
    const id = `${opportunityId}|${step.key}`;
    const existing = byKey.get(id);
    const desired = desiredFollowUp(step, seekerPlan);
    // One follow-up completes one step. After a policy change the new plan may
    // credit an event that already completed a kept done row of the old
    // policy; that step is covered by the old row and is not stored twice.
    const claimedBy = step.doneEventId ? completedBy.get(step.doneEventId) : undefined;
    if (step.status === "done" && claimedBy !== undefined && claimedBy !== id && existing?.status !== "done") continue;
    kept.add(id);
    if (!existing) {
      toCreate.push({ organizationId: seeker.organizationId, seekerMembershipId: seeker.membershipId, opportunityId, planKey: step.key, ...desired });
    } else if (existing.status !== "done") {
      if (differs(existing, desired)) {
        await tx.plannedFollowUp.update({ where: { id: existing.id }, data: desired });
        counts.updated += 1;
      }
    } else if (isLateCompletionUnderSamePolicy(existing, desired)) {
      await tx.plannedFollowUp.update({ where: { id: existing.id }, data: { doneAt: desired.doneAt, doneByEventId: desired.doneByEventId } });
      counts.updated += 1;
    }
  }
  if (toCreate.length > 0) counts.created += (await tx.plannedFollowUp.createMany({ data: toCreate })).count;
  const stale = stored.filter((row) => row.status !== "done" && !kept.has(`${row.opportunityId}|${row.planKey}`));
  if (stale.length > 0) counts.deleted += (await tx.plannedFollowUp.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } })).count;
}

async function syncOpportunities(tx: Tx, seeker: SeekerContext, { plan }: SeekerPlan, now: Date, counts: SyncCounts) {
  const stored = await tx.opportunity.findMany({ where: { seekerMembershipId: seeker.membershipId }, select: { id: true, key: true, state: true, flags: true } });
  const byKey = new Map(stored.map((row) => [row.key, row]));
  for (const planned of plan.opportunities) {
    const row = byKey.get(planned.opportunity);
    if (!row) continue;
    const flags = [...planned.flags].sort();
    if (row.state !== planned.state || row.flags.join() !== flags.join()) {
      await tx.opportunity.update({ where: { id: row.id }, data: { state: planned.state, flags, stateChangedAt: now } });
      counts.updated += 1;
    }
  }
}

async function syncExtraContacts(tx: Tx, seeker: SeekerContext, { plan }: SeekerPlan, opportunityIds: Map<string, string>, counts: SyncCounts) {
  const stored = await tx.extraContact.findMany({ where: { seekerMembershipId: seeker.membershipId } });
  const byEvent = new Map(stored.map((row) => [row.eventId, row]));
  const desiredEvents = new Set<string>();
  const toCreate: Prisma.ExtraContactCreateManyInput[] = [];
  for (const extra of plan.extraContacts) {
    desiredEvents.add(extra.eventId);
    const overContact = extra.flag === "over_contact";
    const existing = byEvent.get(extra.eventId);
    if (!existing) {
      toCreate.push({
        organizationId: seeker.organizationId,
        seekerMembershipId: seeker.membershipId,
        opportunityId: opportunityIds.get(extra.opportunity)!,
        eventId: extra.eventId,
        at: new Date(extra.at),
        channel: extra.channel,
        contactName: extra.contact,
        overContact,
      });
    } else if (existing.overContact !== overContact || existing.contactName !== extra.contact) {
      await tx.extraContact.update({ where: { id: existing.id }, data: { overContact, contactName: extra.contact } });
      counts.updated += 1;
    }
  }
  if (toCreate.length > 0) counts.created += (await tx.extraContact.createMany({ data: toCreate })).count;
  const stale = stored.filter((row) => !desiredEvents.has(row.eventId));
  if (stale.length > 0) counts.deleted += (await tx.extraContact.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } })).count;
}

/** Writes the difference between `seekerPlan` and what is stored; returns how many rows changed. */
export async function syncPlan(tx: Tx, seeker: SeekerContext, seekerPlan: SeekerPlan, now: Date): Promise<SyncCounts> {
  const counts: SyncCounts = { created: 0, updated: 0, deleted: 0 };
  const opportunities = await tx.opportunity.findMany({ where: { seekerMembershipId: seeker.membershipId }, select: { id: true, key: true } });
  const opportunityIds = new Map(opportunities.map((row) => [row.key, row.id]));
  await syncFollowUps(tx, seeker, seekerPlan, opportunityIds, counts);
  await syncOpportunities(tx, seeker, seekerPlan, now, counts);
  await syncExtraContacts(tx, seeker, seekerPlan, opportunityIds, counts);
  return counts;
}
