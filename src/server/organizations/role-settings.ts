/** Reads and changes the organization's role settings (see permissions.ts). */
import type { Tx } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import type { RoleSettings } from "./permissions";

const SELECT = { coachesSeeAllSeekers: true, coachesManagePolicy: true } as const;

/** The current tenant's settings; row-level security makes it the only organization visible. */
export async function getRoleSettings(tx: Tx, organizationId: string): Promise<RoleSettings> {
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: SELECT });
  if (!organization) throw notFound("That organization");
  return organization;
}

export async function updateRoleSettings(tx: Tx, organizationId: string, settings: RoleSettings): Promise<RoleSettings> {
  return tx.organization.update({ where: { id: organizationId }, data: settings, select: SELECT });
}
