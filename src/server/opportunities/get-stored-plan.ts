/**
 * A seeker's stored plan in the CLI contract's shape: what the planner would
 * print for the same history. The integration tests compare the two, and
 * coaches' tooling can diff a seeker's plan against a preview with it.
 */
import type { Tx } from "@/server/db/tenant";
import { isOverdue, localDateOf, toDayText } from "@/server/dates";
import { loadSeeker } from "./load-seeker";

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function getStoredPlan(tx: Tx, seekerMembershipId: string, now: Date = new Date()) {
  const seeker = await loadSeeker(tx, seekerMembershipId);
  const today = localDateOf(now, seeker.timeZone);
  const [opportunities, followUps, extras] = [
    await tx.opportunity.findMany({ where: { seekerMembershipId }, select: { id: true, key: true, state: true, flags: true } }),
    await tx.plannedFollowUp.findMany({ where: { seekerMembershipId } }),
    await tx.extraContact.findMany({ where: { seekerMembershipId }, include: { opportunity: { select: { key: true } } } }),
  ];
  const keyOf = new Map(opportunities.map((row) => [row.id, row.key]));
  const occurrenceOf = (planKey: string) => Number(planKey.slice(planKey.lastIndexOf(":") + 1));
  return {
    followUps: followUps
      .map((row) => ({
        opportunity: keyOf.get(row.opportunityId)!,
        step: row.stepId,
        occurrence: occurrenceOf(row.planKey),
        action: row.action,
        channel: row.channel,
        contact: row.contactName,
        notBefore: toDayText(row.notBefore),
        due: toDayText(row.due),
        status: row.status,
        doneAt: row.doneAt?.toISOString() ?? null,
        optional: row.optional,
        overdue: isOverdue({ status: row.status, due: toDayText(row.due) }, today),
        script: row.script,
      }))
      .sort((a, b) => compareText(a.due, b.due) || compareText(a.opportunity, b.opportunity) || compareText(a.step, b.step) || a.occurrence - b.occurrence)
      .map(({ occurrence: _occurrence, ...followUp }) => followUp),
    opportunities: opportunities
      .map((row) => ({ opportunity: row.key, state: row.state, flags: [...row.flags] }))
      .sort((a, b) => compareText(a.opportunity, b.opportunity)),
    extraContacts: extras
      .sort((a, b) => a.at.getTime() - b.at.getTime() || compareText(a.eventId, b.eventId))
      .map((row) => ({
        opportunity: row.opportunity.key,
        at: row.at.toISOString(),
        channel: row.channel,
        contact: row.contactName,
        flag: row.overContact ? ("over_contact" as const) : null,
      })),
  };
}
