import type { Role } from "@/generated/prisma/enums";
import type { Database } from "@/server/db/client";
import { withTenant, type Tx } from "@/server/db/tenant";
import { AppError, notFound } from "@/server/errors";
import { hashInvitationToken, parseInvitationLink } from "./invitation-link";
import { invitationStatus } from "./invitation-status";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export interface AcceptedInvitation {
  organizationId: string;
  organizationName: string;
  role: Role;
}

/**
 * Turns an invitation into a membership for the signed-in user, whose email
 * must be the invited one. A seeker joins the inviting coach's caseload (and
 * the chosen cohort). The session then points at the new organization.
 */
export async function acceptInvitation(
  db: Database,
  input: { userId: string; email: string; sessionToken: string | null; link: string },
  now: Date = new Date(),
): Promise<AcceptedInvitation> {
  const parts = parseInvitationLink(input.link);
  if (!parts) throw notFound("That invitation");
  const accepted = await withTenant({ organizationId: parts.organizationId, userId: input.userId }, async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(parts.token) },
      select: { id: true, organizationId: true, email: true, role: true, cohortId: true, invitedByMembershipId: true, acceptedAt: true, expiresAt: true, organization: { select: { name: true } } },
    });
    if (!invitation) throw notFound("That invitation");
    const status = invitationStatus(invitation, now);
    if (status === "ACCEPTED") throw new AppError("CONFLICT", "This invitation has already been used. Sign in to reach your organization.");
    if (status === "EXPIRED") throw new AppError("BAD_REQUEST", "This invitation has expired. Ask the person who invited you to send a new one.");
    if (invitation.email !== input.email.trim().toLowerCase()) {
      throw new AppError("FORBIDDEN", `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`);
    }

    // Only the first acceptance counts, even if two tabs race.
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count === 0) throw new AppError("CONFLICT", "This invitation has already been used. Sign in to reach your organization.");
    const audit = (action: "invitation_accepted" | "role_changed" | "caseload_changed", membershipId: string | null, detail?: Record<string, string>) =>
      recordAuditEvent(tx, { organizationId: invitation.organizationId, action, actor: { userId: input.userId, membershipId }, targetId: invitation.id, ...(detail ? { detail } : {}) });

    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: input.userId } },
      select: { role: true },
    });
    // Already a member (invited twice, or joined another way): keep the role they have.
    if (existing) {
      await audit("invitation_accepted", null, { outcome: "already a member" });
      return { organizationId: invitation.organizationId, organizationName: invitation.organization.name, role: existing.role };
    }

    const membership = await tx.membership.create({
      data: {
        organizationId: invitation.organizationId,
        userId: input.userId,
        role: invitation.role,
        cohortId: invitation.role === "SEEKER" ? invitation.cohortId : null,
      },
      select: { id: true },
    });
    await audit("invitation_accepted", membership.id);
    await audit("role_changed", membership.id, { role: invitation.role });
    if (invitation.role === "SEEKER" && (await assignToInvitingCoach(tx, invitation, membership.id))) {
      await audit("caseload_changed", membership.id, { coachMembershipId: invitation.invitedByMembershipId });
    }
    return { organizationId: invitation.organizationId, organizationName: invitation.organization.name, role: invitation.role };
  }, db);

  if (input.sessionToken) {
    await db.session.updateMany({ where: { sessionToken: input.sessionToken, userId: input.userId }, data: { activeOrganizationId: accepted.organizationId } });
  }
  return accepted;
}

async function assignToInvitingCoach(
  tx: Tx,
  invitation: { organizationId: string; invitedByMembershipId: string },
  seekerMembershipId: string,
): Promise<boolean> {
  // The coach may have left since; the seeker then waits for an admin to assign one.
  const coach = await tx.membership.findUnique({ where: { id: invitation.invitedByMembershipId }, select: { id: true, role: true } });
  if (!coach || coach.role !== "COACH") return false;
  await tx.caseloadAssignment.create({
    data: { organizationId: invitation.organizationId, coachMembershipId: coach.id, seekerMembershipId },
  });
  return true;
}
