/**
 * Reminders, part one: after a seeker is re-planned (they logged something,
 * ticked a step off, or their policy changed), schedule one reminder run per
 * open step. The event id names the step and its dates, so a step whose
 * dates did not move is not scheduled twice; one that moved gets a new run,
 * and the run for its old dates finds them changed when it wakes and ends.
 */
import { withTenant } from "@/server/db/tenant";
import { listOpenReminders } from "@/server/reminders/read-reminder";
import { inngest } from "../../client";
import { activityLogged, followUpPlanned, seekerReplanned } from "../../events";

export const reminderEventId = (reminder: { followUpId: string; notBefore: string; due: string }) => `reminder:${reminder.followUpId}:${reminder.notBefore}:${reminder.due}`;

export const planReminders = inngest.createFunction(
  {
    id: "plan-reminders",
    triggers: [activityLogged, seekerReplanned],
    // One seeker at a time (their events arrive in bursts), and no tenant hogs the queue.
    concurrency: [{ key: "event.data.seekerMembershipId", limit: 1 }, { key: "event.data.organizationId", limit: 5 }],
  },
  async ({ event, step }) => {
    const { organizationId, seekerMembershipId } = event.data;
    const reminders = await step.run("list-open-steps", () => withTenant({ organizationId }, (tx) => listOpenReminders(tx, seekerMembershipId)));
    if (reminders.length === 0) return { scheduled: 0 };
    await step.sendEvent(
      "schedule-reminders",
      reminders.map((reminder) => followUpPlanned.create({ organizationId, ...reminder }, { id: reminderEventId(reminder) })),
    );
    return { scheduled: reminders.length };
  },
);
