/**
 * The seeker's "today" list: open steps whose notBefore has come (in the
 * seeker's own time zone), overdue first, then by due date, each with its
 * contact and the script to use.
 */
import { type z } from "zod";
import type { Tx } from "@/server/db/tenant";
import { toFollowUpView } from "./follow-up-view";
import { loadSeeker, localDateOf } from "./load-seeker";
import { type ZTodayFollowUp } from "./schemas";

export type TodayFollowUp = z.infer<typeof ZTodayFollowUp>;

export async function listTodayFollowUps(tx: Tx, seekerMembershipId: string, now: Date = new Date()): Promise<{ today: string; followUps: TodayFollowUp[] }> {
  const seeker = await loadSeeker(tx, seekerMembershipId);
  const today = localDateOf(now, seeker.timeZone);
  const rows = await tx.plannedFollowUp.findMany({
    where: { seekerMembershipId, status: "open", notBefore: { lte: new Date(`${today}T00:00:00.000Z`) } },
    include: { opportunity: { select: { key: true, title: true, company: true } } },
    orderBy: [{ due: "asc" }, { notBefore: "asc" }, { planKey: "asc" }],
  });
  const followUps = rows.map((row) => ({
    ...toFollowUpView(row, row.opportunity.key, today),
    opportunityTitle: row.opportunity.title,
    company: row.opportunity.company,
  }));
  // Overdue ones first; within each group the earliest due date leads (stable sort keeps the query's order).
  followUps.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return { today, followUps };
}
