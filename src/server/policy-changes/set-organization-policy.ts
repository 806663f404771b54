/**
 * Saves a new version of the organization's policy and re-plans every
 * seeker who follows it (seekers on an override keep theirs).
 *
 * The re-plan runs here, in the same transaction, rather than fanned out
 * through Inngest: a career center has tens to a few hundred seekers with
 * short histories, a re-plan is a few queries each, and the coach who
 * changed the policy then sees every plan already updated. Done steps are
 * never rewritten. docs/cadence-store.md says when this should move to a job.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { Tx } from "@/server/db/tenant";
import { replanSeeker } from "@/server/opportunities/replan-seeker";
import { describePolicy, type PolicySummary } from "@/server/policies/describe-policy";
import { getOrganizationPolicy } from "@/server/policies/effective-policy";
import { lockPolicy } from "./policy-lock";
import { resolvePolicy } from "@/server/policies/resolve-policy";
import { listSeekersOnOrganizationPolicy } from "./seekers-to-replan";

export interface SetOrganizationPolicyInput {
  organizationId: string;
  actorUserId: string | null;
  /** A preset id or a full policy object. */
  policy: unknown;
  now?: Date;
}

export async function setOrganizationPolicy(tx: Tx, input: SetOrganizationPolicyInput): Promise<PolicySummary & { replannedSeekers: number }> {
  resolvePolicy(input.policy);
  await lockPolicy(tx, input.organizationId);
  const latest = await tx.organizationPolicy.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  const version = (latest?.version ?? 0) + 1;
  await tx.organizationPolicy.create({
    data: {
      organizationId: input.organizationId,
      version,
      policy: input.policy as Prisma.InputJsonValue,
      createdByUserId: input.actorUserId,
    },
  });
  await recordAuditEvent(tx, {
    organizationId: input.organizationId,
    action: "policy_changed",
    actor: { userId: input.actorUserId, membershipId: null },
    targetId: `version ${version}`,
    detail: { policy: typeof input.policy === "string" ? input.policy : "custom" },
  });
  const seekers = await listSeekersOnOrganizationPolicy(tx);
  for (const seekerMembershipId of seekers) await replanSeeker(tx, seekerMembershipId, input.now);
  return { ...describePolicy(await getOrganizationPolicy(tx)), replannedSeekers: seekers.length };
}
