import type { Role } from "@/generated/prisma/enums";
import type { Database } from "@/server/db/client";
import { withUser } from "@/server/db/tenant";

export interface MyOrganization {
  organizationId: string;
  name: string;
  slug: string;
  role: Role;
}

/** The organizations the user belongs to, with their role in each. */
export async function listMyOrganizations(db: Database, userId: string): Promise<MyOrganization[]> {
  const memberships = await withUser(userId, (tx) =>
    tx.membership.findMany({
      where: { userId },
      select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
      orderBy: { organization: { name: "asc" } },
    }), db);
  return memberships.map((membership) => ({
    organizationId: membership.organization.id,
    name: membership.organization.name,
    slug: membership.organization.slug,
    role: membership.role,
  }));
}
