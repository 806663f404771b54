import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { Tx } from "@/server/db/tenant";
import { AppError, notFound } from "@/server/errors";
import type { Inviter } from "./create-invitation";

/** Withdraws a pending invitation so its link stops working. A coach may revoke only their own. */
export async function revokeInvitation(tx: Tx, viewer: Inviter, invitationId: string): Promise<{ id: string }> {
  const invitation = await tx.invitation.findUnique({ where: { id: invitationId }, select: { id: true, acceptedAt: true, invitedByMembershipId: true } });
  // Another coach's invitation answers like a missing one: nothing to learn from the difference.
  if (!invitation || (viewer.role !== "ADMIN" && invitation.invitedByMembershipId !== viewer.membershipId)) throw notFound("That invitation");
  if (invitation.acceptedAt) throw new AppError("CONFLICT", "This invitation was already accepted; it can no longer be revoked.");
  await tx.invitation.delete({ where: { id: invitation.id } });
  await recordAuditEvent(tx, {
    organizationId: viewer.organizationId,
    action: "invitation_revoked",
    actor: { userId: null, membershipId: viewer.membershipId },
    targetId: invitation.id,
  });
  return { id: invitation.id };
}
