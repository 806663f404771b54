/**
 * Invitation links carry `<organizationId>.<token>`. The token is 32 random
 * bytes (base64url) and only its SHA-256 is stored, so a database leak hands
 * out no working links. The organization id is there because row-level
 * security hides invitations from any transaction not scoped to their
 * tenant: the app must know which tenant to look in before it can look.
 */
import { createHash, randomBytes } from "node:crypto";

export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationUrl(organizationId: string, token: string): string {
  const base = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return `${base}/invite/${organizationId}.${token}`;
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
