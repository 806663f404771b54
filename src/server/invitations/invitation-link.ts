/**
 * Invitation links carry `<organizationId>.<token>`. The token is 32 random
 * bytes (base64url) and only its SHA-256 is stored, so a database leak hands
 * out no working links. The organization id is there because row-level
 * security hides invitations from any transaction not scoped to their
 * tenant: the app must know which tenant to look in before it can look.
 */
import { createHash, randomBytes } from "node:crypto";
import { appUrlFor } from "@/server/auth/app-url";

export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Always on APP_URL (never the inviting request's Host): the link goes out in an email. */
export function invitationUrl(organizationId: string, token: string): string {
  return appUrlFor(`/invite/${encodeURIComponent(organizationId)}.${encodeURIComponent(token)}`);
}

export interface InvitationLinkParts {
  organizationId: string;
  token: string;
}

/** Null for anything that is not the shape we issue (ids and base64url never contain "."). */
export function parseInvitationLink(value: string): InvitationLinkParts | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return { organizationId: match[1], token: match[2] };
}
