/**
 * After a new organization policy version commits: hand its pending seekers
 * to the workflow (one event per seeker, fanned out by Inngest), or, where
 * no Inngest is configured, re-plan them in-process in batches, off the
 * request. Returns which way it went, for the policy page to say.
 */
import { replanPendingSeekers } from "@/server/policy-changes/replan-for-policy";
import { announcePolicyChange } from "@/server/workflows/announce";
import { runOffRequest } from "@/server/workflows/run-off-request";
import { isInngestConfigured, type sendWorkflowEvent } from "@/server/workflows/send-workflow-event";

export type ReplanMode = "workflow" | "in_process";

export async function startPolicyReplan(
  input: { organizationId: string; policyVersion: number },
  options: { send?: typeof sendWorkflowEvent } = {},
): Promise<ReplanMode> {
  if (isInngestConfigured()) {
    const sent = await announcePolicyChange({ organizationId: input.organizationId, seekerMembershipId: null, policyVersion: input.policyVersion }, options.send);
    if (sent) return "workflow";
  }
  runOffRequest(`re-plan for policy version ${input.policyVersion}`, () => replanPendingSeekers(input));
  return "in_process";
}
