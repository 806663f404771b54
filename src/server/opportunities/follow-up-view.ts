/** A stored planned follow-up as the portals show it (overdue judged against the seeker's today). */
import type { PlannedFollowUp } from "@/generated/prisma/client";
import { isOverdue, toDayText } from "@/server/dates";
import type { FollowUpView } from "./schemas";

export function toFollowUpView(row: PlannedFollowUp, opportunityKey: string, today: string): FollowUpView {
  const due = toDayText(row.due);
  return {
    id: row.id,
    opportunityKey,
    step: row.stepId,
    action: row.action,
    channel: row.channel,
    contact: row.contactName,
    notBefore: toDayText(row.notBefore),
    due,
    status: row.status,
    doneAt: row.doneAt,
    doneByEventId: row.doneByEventId,
    optional: row.optional,
    overdue: isOverdue({ status: row.status, due }, today),
    script: row.script,
    policy: { source: row.policySource, id: row.policyId, version: row.policyVersion },
  };
}
