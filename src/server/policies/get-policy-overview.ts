/** The organization's current policy and every active per-client override, for the coach portal. */
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/tenant";
import { can } from "@/server/organizations/permissions";
import { seekerScopeWhere, type MemberAccess } from "@/server/organizations/seeker-access";
import { describePolicy, type PolicySummary } from "./describe-policy";
import { getOrganizationPolicy } from "./effective-policy";
import { resolvePolicy } from "./resolve-policy";

export interface PolicyOverview {
  organization: PolicySummary;
  /** Whether the viewer may save a new organization policy (the editor hides its save otherwise). */
  canManage: boolean;
  overrides: { seekerMembershipId: string; seekerName: string | null; policy: PolicySummary }[];
}

/** Overrides are seekers' records: the viewer sees those of the seekers in their scope only. */
export async function getPolicyOverview(tx: Tx, access: MemberAccess): Promise<PolicyOverview> {
  const overrides = await tx.seekerPolicyOverride.findMany({
    where: { NOT: { policy: { equals: Prisma.DbNull } }, seeker: seekerScopeWhere(access) },
    select: { seekerMembershipId: true, policy: true, version: true, seeker: { select: { user: { select: { name: true } } } } },
    orderBy: { seekerMembershipId: "asc" },
  });
  return {
    organization: describePolicy(await getOrganizationPolicy(tx)),
    canManage: can(access, access.settings, "policy.manage"),
    overrides: overrides.map((row) => ({
      seekerMembershipId: row.seekerMembershipId,
      seekerName: row.seeker.user.name,
      policy: describePolicy({ policy: resolvePolicy(row.policy), choice: row.policy, source: "override", version: row.version }),
    })),
  };
}
