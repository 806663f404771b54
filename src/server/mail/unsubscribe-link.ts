/**
 * Unsubscribe links (RFC 8058). Every email a member may opt out of carries
 * one signed token (src/server/tokens/signed-token.ts): purpose
 * "unsubscribe", subject the recipient's membership, the organization, and
 * the kind in `extra`. The token is the whole authority: whoever holds the
 * email may change that member's email settings, and nothing more, without
 * signing in, which is what one-click unsubscribe needs.
 *
 * Two URLs carry it: the `List-Unsubscribe` header's (POSTed by mail clients,
 * /api/unsubscribe) and the footer's, a page that confirms and offers every
 * kind (/unsubscribe). Neither changes anything on GET: mail scanners follow
 * links.
 */
import { readEnv } from "@/env-schema";
import { signToken, verifyToken } from "@/server/tokens/signed-token";
import { isEmailKind, isTransactional, type UnsubscribableEmailKind } from "./email-kinds";

/** A year: long enough that last season's email still works, short enough that an old leak expires. */
export const UNSUBSCRIBE_LINK_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

export interface UnsubscribeClaims {
  organizationId: string;
  membershipId: string;
  kind: UnsubscribableEmailKind;
}

/**
 * The token for one recipient and kind. `issuedAt` is the delivery's first
 * claim, not the moment of sending, so a retried send carries the very same
 * token (and Resend sees the same body under the same idempotency key).
 */
export function createUnsubscribeToken(claims: UnsubscribeClaims, issuedAt: Date): string {
  return signToken({
    purpose: "unsubscribe",
    subject: claims.membershipId,
    organizationId: claims.organizationId,
    extra: claims.kind,
    expiresAt: new Date(issuedAt.getTime() + UNSUBSCRIBE_LINK_LIFETIME_MS),
  });
}

export type UnsubscribeTokenCheck = { valid: true; claims: UnsubscribeClaims } | { valid: false; reason: "malformed" | "forged" | "expired" | "wrong_purpose" };

export function readUnsubscribeToken(token: string, now: Date = new Date()): UnsubscribeTokenCheck {
  const check = verifyToken(token, "unsubscribe", now);
  if (!check.valid) return check;
  const kind = check.claims.extra;
  // Signed by us, so this would be our own bug; still, never act on a kind no one can leave.
  if (!isEmailKind(kind) || isTransactional(kind)) return { valid: false, reason: "malformed" };
  return { valid: true, claims: { organizationId: check.claims.organizationId, membershipId: check.claims.subject, kind } };
}

// Built from APP_URL like every link in an email (src/server/auth/app-url.ts
// says why); read here directly because src/server/auth imports the mailer.
const onAppUrl = (path: string) => new URL(path, new URL(readEnv("APP_URL")).origin).toString();

/** The `List-Unsubscribe` target: one-click POST, no session (app/api/unsubscribe/route.ts). */
export const oneClickUnsubscribeUrl = (token: string) => onAppUrl(`/api/unsubscribe?token=${encodeURIComponent(token)}`);

/** The footer's link: a page that confirms, then lets the reader choose kind by kind (app/unsubscribe/page.tsx). */
export const unsubscribePageUrl = (token: string) => onAppUrl(`/unsubscribe?token=${encodeURIComponent(token)}`);

/** RFC 8058 §3.1: both headers, the URL in angle brackets, HTTPS in production. */
export function listUnsubscribeHeaders(token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(token)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
