import type { Tx } from "@/server/db/tenant";

/** The current tenant's seekers who have logged anything: the ones with a plan to refresh. */
export async function listSeekersWithHistory(tx: Tx): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { role: "SEEKER", opportunityEvents: { some: {} } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}
