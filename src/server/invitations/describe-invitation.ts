import type { Role } from "@/generated/prisma/enums";
import type { Database } from "@/server/db/client";
import { withTenant } from "@/server/db/tenant";
import { hashInvitationToken, parseInvitationLink } from "./invitation-link";
import { invitationStatus, type InvitationStatus } from "./invitation-status";

export interface InvitationDescription {
  organizationName: string;
  email: string;
  role: Role;
  status: InvitationStatus;
}

/** What the invite page shows before anyone accepts. Null for a link that matches nothing. */
export async function describeInvitation(db: Database, link: string, now: Date = new Date()): Promise<InvitationDescription | null> {
  const parts = parseInvitationLink(link);
  if (!parts) return null;
  return withTenant({ organizationId: parts.organizationId }, async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(parts.token) },
      select: { email: true, role: true, acceptedAt: true, expiresAt: true, organization: { select: { name: true } } },
    });
    if (!invitation) return null;
    return { organizationName: invitation.organization.name, email: invitation.email, role: invitation.role, status: invitationStatus(invitation, now) };
  }, db);
}
