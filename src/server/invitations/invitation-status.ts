export type InvitationStatus = "PENDING" | "ACCEPTED" | "EXPIRED";

export function invitationStatus(invitation: { acceptedAt: Date | null; expiresAt: Date }, now: Date = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "ACCEPTED";
  return invitation.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : "PENDING";
}
