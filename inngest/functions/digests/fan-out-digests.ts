/**
 * Weekly digests, part one: every hour, find per organization the members
 * whose Monday 08:00 hour it is, and request one digest each. The event id
 * is `digest:<membership>:<ISO week>`: a retried step or a second run in
 * the same hour requests nothing twice (and the mailer's delivery row makes
 * the send itself exactly once).
 */
import { cron } from "inngest";
import { listDigestRecipients } from "@/server/digests/list-digest-recipients";
import { listOrganizationIds, withTenant } from "@/server/db/tenant";
import { inngest } from "../../client";
import { digestRequested } from "../../events";

export const digestEventId = (membershipId: string, week: string) => `digest:${membershipId}:${week}`;

export const fanOutDigests = inngest.createFunction(
  { id: "fan-out-weekly-digests", triggers: [cron("0 * * * *")] },
  async ({ step }) => {
    const now = new Date(await step.run("read-clock", () => new Date().toISOString()));
    const organizationIds = await step.run("list-organizations", () => listOrganizationIds());
    let requested = 0;
    for (const organizationId of organizationIds) {
      const recipients = await step.run(`list-recipients-${organizationId}`, () => withTenant({ organizationId }, (tx) => listDigestRecipients(tx, now)));
      if (recipients.length === 0) continue;
      await step.sendEvent(
        `request-digests-${organizationId}`,
        recipients.map((recipient) => digestRequested.create({ organizationId, membershipId: recipient.membershipId, week: recipient.week }, { id: digestEventId(recipient.membershipId, recipient.week) })),
      );
      requested += recipients.length;
    }
    return { organizations: organizationIds.length, requested };
  },
);
