/** The organization's policy history, newest first: which school, who changed it and when. */
import type { Tx } from "@/server/db/tenant";
import { displayName } from "@/server/people/display-name";
import { policyDisplayName } from "./resolve-policy";
import type { PolicyHistory } from "./schemas";

export async function listPolicyVersions(tx: Tx, input: { limit?: number } = {}): Promise<PolicyHistory> {
  const organization = await tx.organization.findFirst({ select: { timeZone: true } });
  const rows = await tx.organizationPolicy.findMany({
    orderBy: { version: "desc" },
    take: input.limit ?? 10,
    select: { version: true, policy: true, createdByUserId: true, createdAt: true },
  });
  const userIds = [...new Set(rows.flatMap((row) => (row.createdByUserId ? [row.createdByUserId] : [])))];
  const users = userIds.length ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [];
  const nameOf = new Map(users.map((user) => [user.id, displayName(user)]));
  const versions = rows.map((row) => {
    return {
      version: row.version,
      name: policyDisplayName(row.policy),
      presetId: typeof row.policy === "string" ? row.policy : null,
      changedBy: row.createdByUserId ? (nameOf.get(row.createdByUserId) ?? null) : null,
      changedAt: row.createdAt,
    };
  });
  return { timeZone: organization?.timeZone ?? "UTC", versions };
}
