/**
 * What a reminder says, read at the moment it is sent, and only if it is
 * still true: the step is open and still planned for the dates the reminder
 * was scheduled for (a re-plan that moved it scheduled another reminder; this
 * one then says nothing). Everything the email shows comes from here.
 */
import type { Action, Channel, ContactRole } from "@/server/cadence";
import { toDayText } from "@/server/dates";
import type { Tx } from "@/server/db/tenant";
import { displayName } from "@/server/people/display-name";
import { describeFollowUp } from "@/server/vocabulary/describe-follow-up";

export interface PlannedReminder {
  followUpId: string;
  seekerMembershipId: string;
  notBefore: string;
  due: string;
}

export interface ReminderContent {
  followUpId: string;
  organizationId: string;
  organizationName: string;
  seeker: { membershipId: string; email: string; name: string; timeZone: string };
  sentence: string;
  action: Action;
  channel: Channel;
  contact: { name: string; role: ContactRole | null; email: string | null; phone: string | null } | null;
  script: string;
  notBefore: string;
  due: string;
  optional: boolean;
  opportunity: { key: string; title: string; company: string | null };
}

export async function readReminderIfCurrent(tx: Tx, planned: PlannedReminder): Promise<ReminderContent | null> {
  const step = await tx.plannedFollowUp.findFirst({
    where: { id: planned.followUpId, seekerMembershipId: planned.seekerMembershipId },
    include: {
      opportunity: { select: { key: true, title: true, company: true, contacts: { select: { name: true, role: true, email: true, phone: true } } } },
      seeker: { select: { id: true, organizationId: true, timeZone: true, user: { select: { name: true, email: true } }, organization: { select: { name: true, timeZone: true } } } },
    },
  });
  if (!step || step.status !== "open") return null;
  if (toDayText(step.notBefore) !== planned.notBefore || toDayText(step.due) !== planned.due) return null;
  const known = step.contactName ? step.opportunity.contacts.find((contact) => contact.name === step.contactName) : undefined;
  const seeker = step.seeker;
  return {
    followUpId: step.id,
    organizationId: seeker.organizationId,
    organizationName: seeker.organization.name,
    seeker: { membershipId: seeker.id, email: seeker.user.email, name: displayName(seeker.user), timeZone: seeker.timeZone ?? seeker.organization.timeZone },
    sentence: describeFollowUp(step.action, step.channel, step.contactName, known?.role),
    action: step.action,
    channel: step.channel,
    contact: step.contactName ? { name: step.contactName, role: known?.role ?? null, email: known?.email ?? null, phone: known?.phone ?? null } : null,
    script: step.script,
    notBefore: planned.notBefore,
    due: planned.due,
    optional: step.optional,
    opportunity: { key: step.opportunity.key, title: step.opportunity.title, company: step.opportunity.company },
  };
}

/** A seeker's open steps as reminders to schedule (the workflow dedupes by step and dates). */
export async function listOpenReminders(tx: Tx, seekerMembershipId: string): Promise<PlannedReminder[]> {
  const rows = await tx.plannedFollowUp.findMany({
    where: { seekerMembershipId, status: "open" },
    select: { id: true, notBefore: true, due: true },
    orderBy: [{ notBefore: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ followUpId: row.id, seekerMembershipId, notBefore: toDayText(row.notBefore), due: toDayText(row.due) }));
}

/** The zone a seeker's reminders wake in: their own, else the organization's. */
export async function readSeekerTimeZone(tx: Tx, seekerMembershipId: string): Promise<string | null> {
  const seeker = await tx.membership.findFirst({ where: { id: seekerMembershipId }, select: { timeZone: true, organization: { select: { timeZone: true } } } });
  return seeker ? (seeker.timeZone ?? seeker.organization.timeZone) : null;
}
