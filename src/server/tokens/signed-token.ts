/**
 * Links we put in emails ("Done", "Unsubscribe") carry a signed token: what
 * it is for, whom it concerns and until when, signed with the app secret
 * (HMAC-SHA256). A token names one purpose and one subject, so a reminder's
 * "Done" link cannot be replayed as an unsubscribe, nor for another step.
 * Single use, where it matters, is the consumer's job (the step is no longer
 * open; a used-token row): a signature only proves we issued it.
 *
 * Format: base64url(JSON payload) + "." + base64url(signature).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { readEnv } from "@/env-schema";

export const TOKEN_PURPOSES = ["follow_up_done", "unsubscribe"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

const ZPayload = z.object({
  p: z.enum(TOKEN_PURPOSES),
  /** The subject: a planned step's id, a membership's id… */
  s: z.string().min(1).max(200),
  /** The tenant the subject lives in: consumers open that tenant's transaction to act. */
  o: z.string().min(1).max(64),
  /** Expiry, in seconds since the epoch. */
  e: z.number().int().positive(),
  /** Anything else the purpose needs (e.g. the email kind to unsubscribe from). */
  x: z.string().max(64).optional(),
});

export interface TokenClaims {
  purpose: TokenPurpose;
  subject: string;
  organizationId: string;
  expiresAt: Date;
  extra?: string;
}

export type TokenCheck = { valid: true; claims: TokenClaims } | { valid: false; reason: "malformed" | "forged" | "expired" | "wrong_purpose" };

function secret(): string {
  const value = readEnv("AUTH_SECRET");
  if (!value) throw new Error("AUTH_SECRET is not set: signed links cannot be made or checked.");
  return value;
}

const sign = (body: string) => createHmac("sha256", secret()).update(`followthrough-token.v1.${body}`).digest("base64url");

export function signToken(claims: TokenClaims): string {
  const payload = { p: claims.purpose, s: claims.subject, o: claims.organizationId, e: Math.floor(claims.expiresAt.getTime() / 1000), ...(claims.extra ? { x: claims.extra } : {}) };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** Checks a token for `purpose` at `now`: the signature first (nothing unsigned is parsed further), then purpose and expiry. */
export function verifyToken(token: string, purpose: TokenPurpose, now: Date = new Date()): TokenCheck {
  if (typeof token !== "string" || token.length > 1024) return { valid: false, reason: "malformed" };
  const [body, signature, ...rest] = token.split(".");
  if (!body || !signature || rest.length > 0) return { valid: false, reason: "malformed" };
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, reason: "forged" };
  let parsed: z.infer<typeof ZPayload>;
  try {
    parsed = ZPayload.parse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
  } catch {
    return { valid: false, reason: "malformed" };
  }
  if (parsed.p !== purpose) return { valid: false, reason: "wrong_purpose" };
  if (parsed.e * 1000 <= now.getTime()) return { valid: false, reason: "expired" };
  return { valid: true, claims: { purpose: parsed.p, subject: parsed.s, organizationId: parsed.o, expiresAt: new Date(parsed.e * 1000), ...(parsed.x ? { extra: parsed.x } : {}) } };
}
