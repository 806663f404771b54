/** The organization's policy history, newest first: which school, who changed it and when. */
import type { Tx } from "@/server/db/tenant";
import { resolvePolicy } from "@/server/policies/resolve-policy";
import { displayName } from "./display-name";
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
    let name = "Custom policy";
    try {
      const policy = resolvePolicy(row.policy);
      name = policy.name ?? policy.id;
    } catch {
      // Shown by a neutral name rather than failing the whole history.
    }
    return {
      version: row.version,
      name,
      presetId: typeof row.policy === "string" ? row.policy : null,
      changedBy: row.createdByUserId ? (nameOf.get(row.createdByUserId) ?? null) : null,
      changedAt: row.createdAt,
    };
  });
  return { timeZone: organization?.timeZone ?? "UTC", versions };
}
