/**
 * The seeker's "today" list: open steps whose notBefore has come (in the
 * seeker's own time zone), overdue first, then by due date, each with its
 * opportunity and its contact as the opportunity knows them (role, email,
 * phone), in one read: the page needs nothing else to show a step.
 */
import { fromDayText, localDateOf } from "@/server/dates";
import type { Tx } from "@/server/db/tenant";
import { toFollowUpView } from "./follow-up-view";
import { loadSeeker } from "./load-seeker";
import type { TodayFollowUp } from "./schemas";

export async function listTodayFollowUps(tx: Tx, seekerMembershipId: string, now: Date = new Date()): Promise<{ today: string; followUps: TodayFollowUp[] }> {
  const seeker = await loadSeeker(tx, seekerMembershipId);
  const today = localDateOf(now, seeker.timeZone);
  const rows = await tx.plannedFollowUp.findMany({
    where: { seekerMembershipId, status: "open", notBefore: { lte: fromDayText(today) } },
    include: {
      opportunity: { select: { key: true, title: true, company: true, contacts: { select: { name: true, role: true, email: true, phone: true }, orderBy: { createdAt: "asc" } } } },
    },
    orderBy: [{ due: "asc" }, { notBefore: "asc" }, { planKey: "asc" }],
  });
  const followUps = rows.map((row) => ({
    ...toFollowUpView(row, row.opportunity.key, today),
    opportunityTitle: row.opportunity.title,
    company: row.opportunity.company,
    contactDetails: row.contactName ? (row.opportunity.contacts.find((contact) => contact.name === row.contactName) ?? null) : null,
  }));
  // Overdue ones first; within each group the earliest due date leads (stable sort keeps the query's order).
  followUps.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return { today, followUps };
}
