/** Reads and changes the organization's role settings (see permissions.ts). */
import { recordAuditEvent, type AuditActor } from "@/server/audit/record-audit-event";
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

export async function updateRoleSettings(tx: Tx, organizationId: string, settings: RoleSettings, actor: AuditActor): Promise<RoleSettings> {
  const before = await getRoleSettings(tx, organizationId);
  const after = await tx.organization.update({ where: { id: organizationId }, data: settings, select: SELECT });
  await recordAuditEvent(tx, {
    organizationId,
    action: "settings_changed",
    actor,
    detail: Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof RoleSettings] !== value)),
  });
  return after;
}
