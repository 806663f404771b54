/**
 * A coach's per-client policy: set it, or clear it to fall back on the
 * organization's. Either way the seeker is re-planned at once; done steps
 * stay as they were. The override row is kept when cleared (policy null)
 * so its version keeps counting and old plans stay attributable.
 */
import { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { Tx } from "@/server/db/tenant";
import { loadSeeker } from "@/server/opportunities/load-seeker";
import { replanSeeker } from "@/server/opportunities/replan-seeker";
import { authorizeSeekerAccess, type MemberAccess } from "@/server/organizations/seeker-access";
import { describePolicy, type PolicySummary } from "@/server/policies/describe-policy";
import { getEffectivePolicy } from "@/server/policies/effective-policy";
import { lockPolicy } from "./policy-lock";
import { resolvePolicy } from "@/server/policies/resolve-policy";

export interface SeekerOverrideInput {
  /** The coach or admin acting (only seekers in their scope), or "system" for the seed and jobs. */
  access: MemberAccess | "system";
  seekerMembershipId: string;
  actorUserId: string | null;
  now?: Date;
}

async function writeOverride(tx: Tx, input: SeekerOverrideInput, policy: Prisma.InputJsonValue | typeof Prisma.DbNull) {
  if (input.access !== "system") await authorizeSeekerAccess(tx, input.access, input.seekerMembershipId);
  const seeker = await loadSeeker(tx, input.seekerMembershipId);
  await lockPolicy(tx, seeker.membershipId);
  const existing = await tx.seekerPolicyOverride.findFirst({ where: { seekerMembershipId: seeker.membershipId }, select: { id: true, version: true, policy: true } });
  if (policy === Prisma.DbNull && (!existing || existing.policy === null)) return; // nothing to clear
  if (existing) {
    await tx.seekerPolicyOverride.update({ where: { id: existing.id }, data: { policy, version: existing.version + 1, updatedByUserId: input.actorUserId } });
  } else {
    await tx.seekerPolicyOverride.create({
      data: { organizationId: seeker.organizationId, seekerMembershipId: seeker.membershipId, policy, version: 1, updatedByUserId: input.actorUserId },
    });
  }
  await recordAuditEvent(tx, {
    organizationId: seeker.organizationId,
    action: "override_changed",
    actor: { userId: input.actorUserId, membershipId: null },
    subjectMembershipId: seeker.membershipId,
    targetId: `version ${(existing?.version ?? 0) + 1}`,
    detail: { policy: policy === Prisma.DbNull ? "cleared" : typeof policy === "string" ? policy : "custom" },
  });
  await replanSeeker(tx, seeker.membershipId, input.now);
}

export async function setSeekerOverride(tx: Tx, input: SeekerOverrideInput & { policy: unknown }): Promise<PolicySummary> {
  resolvePolicy(input.policy);
  await writeOverride(tx, input, input.policy as Prisma.InputJsonValue);
  return describePolicy(await getEffectivePolicy(tx, input.seekerMembershipId));
}

export async function clearSeekerOverride(tx: Tx, input: SeekerOverrideInput): Promise<PolicySummary> {
  await writeOverride(tx, input, Prisma.DbNull);
  return describePolicy(await getEffectivePolicy(tx, input.seekerMembershipId));
}
