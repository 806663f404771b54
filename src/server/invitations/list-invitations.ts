import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db/tenant";
import type { Inviter } from "./create-invitation";
import { invitationStatus, type InvitationStatus } from "./invitation-status";

export interface InvitationSummary {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: Date;
  createdAt: Date;
  cohortName: string | null;
}

/** Newest first. Admins see the organization's invitations; a coach sees the ones they sent. */
export async function listInvitations(tx: Tx, viewer: Inviter, now: Date = new Date()): Promise<InvitationSummary[]> {
  const invitations = await tx.invitation.findMany({
    where: { organizationId: viewer.organizationId, ...(viewer.role === "ADMIN" ? {} : { invitedByMembershipId: viewer.membershipId }) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, email: true, role: true, acceptedAt: true, expiresAt: true, createdAt: true, cohortId: true },
  });
  const cohortIds = [...new Set(invitations.flatMap((invitation) => (invitation.cohortId ? [invitation.cohortId] : [])))];
  const cohorts = cohortIds.length ? await tx.cohort.findMany({ where: { id: { in: cohortIds } }, select: { id: true, name: true } }) : [];
  const cohortName = new Map(cohorts.map((cohort) => [cohort.id, cohort.name]));
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
    cohortName: invitation.cohortId ? (cohortName.get(invitation.cohortId) ?? null) : null,
  }));
}
