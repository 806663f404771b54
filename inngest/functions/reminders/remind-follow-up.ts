/**
 * Reminders, part two: one run per open step and its dates. It sleeps until
 * 08:00 in the seeker's zone on the first day the step may be done and sends
 * the reminder; then until 08:00 the morning after the due date and sends the
 * one overdue nudge. Each send checks, when it wakes, that the step is still
 * open and still planned for these dates (a re-plan that moved it started
 * another run), and a step done or skipped meanwhile cancels the run. A
 * morning already past when the run starts is skipped, not sent late: the
 * seeker is in the app right now, which is why the step was planned.
 */
import { NonRetriableError } from "inngest";
import { withTenant } from "@/server/db/tenant";
import { readSeekerTimeZone } from "@/server/reminders/read-reminder";
import { overdueNudgeTime, reminderTime } from "@/server/reminders/reminder-times";
import { sendFollowUpReminder } from "@/server/reminders/send-follow-up-reminder";
import { inngest } from "../../client";
import { followUpClosed, followUpPlanned } from "../../events";

export const remindFollowUp = inngest.createFunction(
  {
    id: "remind-follow-up",
    triggers: [followUpPlanned],
    cancelOn: [{ event: followUpClosed, match: "data.followUpId" }],
    // Bursts of reminders at 08:00 go out a few at a time per organization, and no tenant starves the rest.
    concurrency: [{ key: "event.data.organizationId", limit: 10 }],
    throttle: { key: "event.data.organizationId", limit: 600, period: "1m" },
  },
  async ({ event, step }) => {
    const { organizationId, ...planned } = event.data;
    const timeZone = await step.run("read-time-zone", () => withTenant({ organizationId }, (tx) => readSeekerTimeZone(tx, planned.seekerMembershipId)));
    if (!timeZone) throw new NonRetriableError(`Seeker ${planned.seekerMembershipId} no longer exists`);
    const startedAt = new Date(await step.run("read-clock", () => new Date().toISOString()));

    let reminder: string = "skipped";
    const remindAt = reminderTime(planned, timeZone);
    if (remindAt.getTime() > startedAt.getTime()) {
      await step.sleepUntil("wait-for-first-day", remindAt);
      reminder = (await step.run("send-reminder", () => sendFollowUpReminder({ organizationId, ...planned, kind: "reminder", now: remindAt }))).status;
      if (reminder === "stale") return { reminder, nudge: "skipped" };
    }

    const nudgeAt = overdueNudgeTime(planned, timeZone);
    if (nudgeAt.getTime() <= startedAt.getTime()) return { reminder, nudge: "skipped" };
    await step.sleepUntil("wait-until-overdue", nudgeAt);
    const nudge = (await step.run("send-overdue-nudge", () => sendFollowUpReminder({ organizationId, ...planned, kind: "overdue_nudge", now: nudgeAt }))).status;
    return { reminder, nudge };
  },
);
