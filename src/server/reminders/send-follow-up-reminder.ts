/**
 * Sends one step's reminder (the morning it opens) or its one overdue nudge
 * (the morning after its due date), if it is still true when sent: the step
 * is open, still planned for those dates, and the seeker still wants that
 * kind of email. The mailer's delivery row makes each at most once per step
 * and dates, however often a workflow step is retried or an event replayed.
 */
import { createElement } from "react";
import { appUrlFor } from "@/server/auth/app-url";
import { daysBetween, localDateOf } from "@/server/dates";
import { getDb, type Database } from "@/server/db/client";
import { withTenant } from "@/server/db/tenant";
import { deliverEmail, type DeliveryStatus } from "@/server/mail/deliver-email";
import OverdueNudgeEmail, { overdueNudgeSubject } from "@/server/mail/templates/overdue-nudge-email";
import ReminderEmail, { reminderSubject } from "@/server/mail/templates/reminder-email";
import { ROLE_LABEL } from "@/server/vocabulary/labels";
import { makeDoneLink } from "./done-link";
import { type PlannedReminder, readReminderIfCurrent } from "./read-reminder";

export type ReminderKind = "reminder" | "overdue_nudge";

export async function sendFollowUpReminder(
  input: PlannedReminder & { organizationId: string; kind: ReminderKind; now?: Date },
  db: Database = getDb(),
): Promise<{ status: DeliveryStatus | "stale" }> {
  const now = input.now ?? new Date();
  const content = await withTenant({ organizationId: input.organizationId }, (tx) => readReminderIfCurrent(tx, input), db);
  if (!content) return { status: "stale" };
  const longDay = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });
  const common = {
    organizationName: content.organizationName,
    seekerFirstName: content.seeker.name.split(" ")[0] ?? content.seeker.name,
    step: content.sentence,
    opportunity: content.opportunity.company ? `${content.opportunity.title} at ${content.opportunity.company}` : content.opportunity.title,
    channel: content.channel,
    contact: content.contact ? { ...content.contact, role: content.contact.role && content.contact.role !== "other" ? ROLE_LABEL[content.contact.role] : null } : null,
    script: content.script,
    dueOn: longDay(content.due),
    doneUrl: makeDoneLink({ id: content.followUpId, organizationId: content.organizationId, seekerMembershipId: content.seeker.membershipId }, now),
    todayUrl: appUrlFor("/seeker"),
  };
  const react =
    input.kind === "reminder"
      ? createElement(ReminderEmail, common)
      : createElement(OverdueNudgeEmail, { ...common, daysOverdue: Math.max(1, daysBetween(content.due, localDateOf(now, content.seeker.timeZone))) });
  const subject = input.kind === "reminder" ? reminderSubject(common) : overdueNudgeSubject(common);
  const { status } = await deliverEmail(db, {
    kind: input.kind,
    to: content.seeker.email,
    organizationId: content.organizationId,
    recipientMembershipId: content.seeker.membershipId,
    // Once per step and dates: a re-plan that moves the step may remind again, for its new dates.
    period: `${content.followUpId}:${input.kind === "reminder" ? content.notBefore : content.due}`,
    subject,
    react,
    now,
  });
  return { status };
}
