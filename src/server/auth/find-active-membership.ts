import type { Role } from "@/generated/prisma/enums";
import type { Database } from "@/server/db/client";
import { withUser } from "@/server/db/tenant";

export interface ActiveMembership {
  id: string;
  organizationId: string;
  organizationName: string;
  role: Role;
}

/** The user's membership in the organization their session points at, if it still exists. */
export async function findActiveMembership(db: Database, input: { userId: string; organizationId: string }): Promise<ActiveMembership | null> {
  const membership = await withUser(input.userId, (tx) =>
    tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: input.organizationId, userId: input.userId } },
      select: { id: true, organizationId: true, role: true, organization: { select: { name: true } } },
    }), db);
  if (!membership) return null;
  return { id: membership.id, organizationId: membership.organizationId, organizationName: membership.organization.name, role: membership.role };
}
