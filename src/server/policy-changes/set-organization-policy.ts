/**
 * Saves a new version of the organization's policy and lists, as pending,
 * every seeker who follows it (seekers on an override keep theirs). The
 * re-plan itself runs after the save commits, off the request: one workflow
 * event per seeker through Inngest, or in-process batches without it
 * (start-policy-replan.ts). Re-planning 5,000 seekers inside the request's
 * transaction held it open for minutes; now the request writes one version
 * and one row per seeker. Done steps are never rewritten.
 */
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { Tx } from "@/server/db/tenant";
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

export interface SavedOrganizationPolicy extends PolicySummary {
  /** The seekers to re-plan under this version (progress: getPolicyReplanProgress). */
  replan: { version: number; total: number };
}

export async function setOrganizationPolicy(tx: Tx, input: SetOrganizationPolicyInput): Promise<SavedOrganizationPolicy> {
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
  if (seekers.length > 0) {
    await tx.policyReplan.createMany({
      data: seekers.map((seekerMembershipId) => ({ organizationId: input.organizationId, policyVersion: version, seekerMembershipId })),
      skipDuplicates: true,
    });
  }
  return { ...describePolicy(await getOrganizationPolicy(tx)), replan: { version, total: seekers.length } };
}
