/**
 * Plans a seeker's whole history in memory: every logged event, in order of
 * its instant (ties in logging order), under the seeker's effective policy,
 * time zone and holiday calendar. No writes; sync-plan.ts stores the result.
 */
import type { Tx } from "@/server/db/tenant";
import { getEffectivePolicy, type EffectivePolicy } from "@/server/policies/effective-policy";
import type { SeekerContext } from "./load-seeker";
import { planTimeline, ZTimelineEvent, type PlanResult, type TimelineEvent } from "@/server/cadence";

export interface SeekerPlan {
  plan: PlanResult;
  effective: EffectivePolicy;
}

export async function loadSeekerEvents(tx: Tx, seekerMembershipId: string): Promise<TimelineEvent[]> {
  const rows = await tx.opportunityEvent.findMany({
    where: { seekerMembershipId },
    orderBy: [{ at: "asc" }, { sequence: "asc" }],
    select: { id: true, payload: true },
  });
  // Stored payloads were validated when logged; parsing again restores Dates and defaults.
  return rows.map((row) => ({ ...ZTimelineEvent.parse(row.payload), id: row.id }));
}

export async function planSeeker(tx: Tx, seeker: SeekerContext, now: Date): Promise<SeekerPlan> {
  const events = await loadSeekerEvents(tx, seeker.membershipId);
  const effective = await getEffectivePolicy(tx, seeker.membershipId);
  const plan = planTimeline({ timezone: seeker.timeZone, holidays: seeker.holidayCalendar, policy: effective.policy, events }, { now });
  return { plan, effective };
}
