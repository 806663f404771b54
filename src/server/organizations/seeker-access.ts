/**
 * Which seekers a member may reach. Every domain function that takes a
 * seeker id from a coach or admin goes through authorizeSeekerAccess, and
 * every list of seekers filters with seekerScopeWhere, so "a coach sees
 * their caseload" is decided here once.
 *
 * A seeker out of scope answers exactly like one that does not exist
 * (NOT_FOUND, same message), so probing ids teaches nothing.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { can, type RoleSettings } from "./permissions";

/** The caller as the procedure builders resolve it: membership plus the organization's settings. */
export interface MemberAccess {
  membershipId: string;
  role: Role;
  settings: RoleSettings;
}

/** A Prisma filter on Membership: the seekers `access` may reach (none for a role with no seeker access). */
export function seekerScopeWhere(access: MemberAccess): Prisma.MembershipWhereInput {
  if (can(access, access.settings, "seekers.all")) return { role: "SEEKER" };
  if (can(access, access.settings, "seekers.caseload")) return { role: "SEEKER", caseload: { coachMembershipId: access.membershipId } };
  // A seeker reaches only their own membership.
  return { role: "SEEKER", id: access.membershipId };
}

/** Throws NOT_FOUND unless the seeker exists in this tenant and is within the caller's scope. */
export async function authorizeSeekerAccess(tx: Tx, access: MemberAccess, seekerMembershipId: string): Promise<void> {
  const seeker = await tx.membership.findFirst({ where: { AND: [{ id: seekerMembershipId }, seekerScopeWhere(access)] }, select: { id: true } });
  if (!seeker) throw notFound("That job seeker");
}
