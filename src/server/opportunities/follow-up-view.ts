/** A stored planned follow-up as the portals show it (overdue judged against the seeker's today). */
import type { PlannedFollowUp } from "@/generated/prisma/client";
import type { FollowUpView } from "./schemas";

const dayText = (date: Date) => date.toISOString().slice(0, 10);

export function toFollowUpView(row: PlannedFollowUp, opportunityKey: string, today: string): FollowUpView {
  const due = dayText(row.due);
  return {
    id: row.id,
    opportunityKey,
    step: row.stepId,
    action: row.action,
    channel: row.channel,
    contact: row.contactName,
    notBefore: dayText(row.notBefore),
    due,
    status: row.status,
    doneAt: row.doneAt,
    optional: row.optional,
    overdue: row.status === "open" && due < today,
    script: row.script,
    policy: { source: row.policySource, id: row.policyId, version: row.policyVersion },
  };
}
