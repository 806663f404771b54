/** Seekers whose plan follows the organization policy: they have history and no active override. */
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/tenant";

export async function listSeekersOnOrganizationPolicy(tx: Tx): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: {
      role: "SEEKER",
      opportunityEvents: { some: {} },
      OR: [{ policyOverride: null }, { policyOverride: { policy: { equals: Prisma.DbNull } } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}
