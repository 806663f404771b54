import { createElement } from "react";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { deliverEmail } from "@/server/mail/deliver-email";
import type { MailTransport } from "@/server/mail/mail-transport";
import InvitationEmail from "@/server/mail/templates/invitation-email";
import { INVITABLE_ROLES } from "./invitable-roles";
import { generateInvitationToken, invitationUrl } from "./invitation-link";
import type { InvitationStatus } from "./invitation-status";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;


export interface Inviter {
  membershipId: string;
  organizationId: string;
  role: Role;
}

export interface CreatedInvitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: Date;
}

/**
 * Creates an invitation and emails its link. Inviting an address again
 * replaces its pending invitation, so the newest email is the one that works.
 * Runs in the caller's tenant transaction: if the email cannot be sent, no
 * invitation is left behind.
 */
export async function createInvitation(
  tx: Tx,
  input: { inviter: Inviter; email: string; role: Role; cohortId?: string | null },
  options: { now?: Date; transport?: MailTransport } = {},
): Promise<CreatedInvitation> {
  const now = options.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const { inviter } = input;

  if (!INVITABLE_ROLES[inviter.role].includes(input.role)) {
    const allowed = inviter.role === "COACH" ? "Coaches can invite seekers only." : "Administrators invite coaches and administrators; coaches invite seekers.";
    throw new AppError("FORBIDDEN", allowed, "role");
  }
  if (input.cohortId && input.role !== "SEEKER") throw new AppError("BAD_REQUEST", "Only seekers are placed in a cohort.", "cohortId");
  if (input.cohortId) {
    // Row-level security makes another organization's cohort invisible here.
    const cohort = await tx.cohort.findUnique({ where: { id: input.cohortId }, select: { id: true } });
    if (!cohort) throw new AppError("NOT_FOUND", "That cohort was not found.", "cohortId");
  }
  const existingMember = await tx.membership.findFirst({ where: { organizationId: inviter.organizationId, user: { email } }, select: { id: true } });
  if (existingMember) throw new AppError("CONFLICT", `${email} is already a member of this organization.`, "email");

  // One transaction is one connection: queries on it run one after another.
  const organization = await tx.organization.findUniqueOrThrow({ where: { id: inviter.organizationId }, select: { name: true } });
  const inviterMembership = await tx.membership.findUniqueOrThrow({ where: { id: inviter.membershipId }, select: { user: { select: { name: true, email: true } } } });

  await tx.invitation.deleteMany({ where: { organizationId: inviter.organizationId, email, acceptedAt: null } });
  const { token, tokenHash } = generateInvitationToken();
  const invitation = await tx.invitation.create({
    data: {
      organizationId: inviter.organizationId,
      email,
      role: input.role,
      tokenHash,
      invitedByMembershipId: inviter.membershipId,
      cohortId: input.cohortId ?? null,
      expiresAt: new Date(now.getTime() + SEVEN_DAYS_MS),
    },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  await recordAuditEvent(tx, {
    organizationId: inviter.organizationId,
    action: "invitation_created",
    actor: { userId: null, membershipId: inviter.membershipId },
    targetId: invitation.id,
    detail: { role: input.role },
  });

  // In this transaction: the invitation and its delivery claim commit together or not at all.
  await deliverEmail(
    tx,
    {
      kind: "invitation",
      to: email,
      organizationId: inviter.organizationId,
      // Each invitation is its own email, named by its token's hash (a new invitation to the same address is a new token).
      period: `invitation:${tokenHash}`,
      subject: `You are invited to ${organization.name} on Followthrough`,
      react: createElement(InvitationEmail, {
        url: invitationUrl(inviter.organizationId, token),
        organizationName: organization.name,
        inviterName: inviterMembership.user.name ?? inviterMembership.user.email,
        role: input.role,
        expiresOn: invitation.expiresAt.toLocaleDateString("en-US", { month: "long", day: "numeric", timeZone: "UTC" }),
      }),
      now,
    },
    { transport: options.transport },
  );
  return { ...invitation, status: "PENDING" };
}
