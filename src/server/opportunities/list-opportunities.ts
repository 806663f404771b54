/** A seeker's opportunities, most recently active first, with how much is left to do on each. */
import type { Tx } from "@/server/db/tenant";
import { loadSeeker } from "./load-seeker";
import type { OpportunitySummary } from "./schemas";

export async function listOpportunities(tx: Tx, seekerMembershipId: string): Promise<OpportunitySummary[]> {
  await loadSeeker(tx, seekerMembershipId);
  const rows = await tx.opportunity.findMany({
    where: { seekerMembershipId },
    include: { followUps: { where: { status: "open" }, select: { due: true }, orderBy: { due: "asc" } } },
    orderBy: [{ lastEventAt: "desc" }, { key: "asc" }],
  });
  return rows.map((row) => toOpportunitySummary(row));
}

export function toOpportunitySummary(row: {
  key: string;
  title: string;
  company: string | null;
  kind: OpportunitySummary["kind"];
  state: OpportunitySummary["state"];
  flags: OpportunitySummary["flags"];
  openedAt: Date;
  lastEventAt: Date;
  followUps: { due: Date }[];
}): OpportunitySummary {
  return {
    key: row.key,
    title: row.title,
    company: row.company,
    kind: row.kind,
    state: row.state,
    flags: [...row.flags],
    openedAt: row.openedAt,
    lastEventAt: row.lastEventAt,
    openFollowUps: row.followUps.length,
    nextDue: row.followUps[0]?.due.toISOString().slice(0, 10) ?? null,
  };
}
