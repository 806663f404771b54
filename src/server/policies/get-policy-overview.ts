/** The organization's current policy and every active per-client override, for the coach portal. */
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/tenant";
import { describePolicy, type PolicySummary } from "./describe-policy";
import { getOrganizationPolicy } from "./effective-policy";
import { resolvePolicy } from "./resolve-policy";

export interface PolicyOverview {
  organization: PolicySummary;
  overrides: { seekerMembershipId: string; seekerName: string | null; policy: PolicySummary }[];
}

export async function getPolicyOverview(tx: Tx): Promise<PolicyOverview> {
  const overrides = await tx.seekerPolicyOverride.findMany({
    where: { NOT: { policy: { equals: Prisma.DbNull } } },
    select: { seekerMembershipId: true, policy: true, version: true, seeker: { select: { user: { select: { name: true } } } } },
    orderBy: { seekerMembershipId: "asc" },
  });
  return {
    organization: describePolicy(await getOrganizationPolicy(tx)),
    overrides: overrides.map((row) => ({
      seekerMembershipId: row.seekerMembershipId,
      seekerName: row.seeker.user.name,
      policy: describePolicy({ policy: resolvePolicy(row.policy), choice: row.policy, source: "override", version: row.version }),
    })),
  };
}
