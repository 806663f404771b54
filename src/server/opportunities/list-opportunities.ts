/** A seeker's opportunities, most recently active first, with how much is left to do on each, and the seeker's today. */
import { localDateOf, toDayText } from "@/server/dates";
import type { Tx } from "@/server/db/tenant";
import { loadSeeker } from "./load-seeker";
import type { OpportunityList, OpportunitySummary } from "./schemas";

export async function listOpportunities(tx: Tx, seekerMembershipId: string, now: Date = new Date()): Promise<OpportunityList> {
  const seeker = await loadSeeker(tx, seekerMembershipId);
  const rows = await tx.opportunity.findMany({
    where: { seekerMembershipId },
    include: { followUps: { where: { status: "open" }, select: { due: true }, orderBy: { due: "asc" } } },
    orderBy: [{ lastEventAt: "desc" }, { key: "asc" }],
  });
  return { today: localDateOf(now, seeker.timeZone), opportunities: rows.map((row) => toOpportunitySummary(row, seeker.timeZone)) };
}

export function toOpportunitySummary(
  row: Pick<OpportunitySummary, "key" | "title" | "company" | "kind" | "state" | "flags" | "openedAt" | "lastEventAt"> & { followUps: { due: Date }[] },
  timeZone: string,
): OpportunitySummary {
  return {
    key: row.key,
    title: row.title,
    company: row.company,
    kind: row.kind,
    state: row.state,
    flags: [...row.flags],
    openedAt: row.openedAt,
    lastEventAt: row.lastEventAt,
    lastEventDay: localDateOf(row.lastEventAt, timeZone),
    openFollowUps: row.followUps.length,
    nextDue: row.followUps[0] ? toDayText(row.followUps[0].due) : null,
  };
}
