import type { Role } from "@/generated/prisma/enums";
import { appOrigin } from "./app-url";

/** Where each role works: seekers in their own portal, coaches and admins in the coach portal. */
export function portalPathFor(role: Role): "/seeker" | "/coach" {
  return role === "SEEKER" ? "/seeker" : "/coach";
}

// C0 and C1 control characters (tab, CR, LF, NUL, DEL…), Unicode line and
// paragraph separators, and backslashes. Browsers strip tab/CR/LF from URLs
// and read "\" as "/", so "/\tevil.example" and "/\evil.example" both turn
// into "//evil.example", another site; CR/LF in a Location header is a 500.
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\\]/;
const MAX_RETURN_PATH = 2048;
// Enough to unwrap "%2509" → "%09" → tab; anything nested deeper is refused.
const MAX_DECODE_ROUNDS = 3;

/**
 * A return path (callbackUrl, redirectTo) is only ever one of our own pages.
 * The candidate is parsed with URL against APP_URL and must keep APP_URL's
 * origin; control characters and backslashes are refused in any encoding.
 * Anything doubtful gives the fallback, never an error. Returns a path
 * ("/coach/seekers?x=1"), ready for redirect().
 */
export function safeReturnPath(candidate: string | null | undefined, fallback = "/"): string {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > MAX_RETURN_PATH) return fallback;
  if (!hasOnlySafeCharacters(candidate)) return fallback;
  const origin = appOrigin();
  // Relative paths must be absolute-path references ("/x"); "//host" is another host.
  const isPath = candidate.startsWith("/") && !candidate.startsWith("//");
  const isOwnAbsolute = candidate.startsWith(`${origin}/`) || candidate === origin;
  if (!isPath && !isOwnAbsolute) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(candidate, origin);
  } catch {
    return fallback;
  }
  if (parsed.origin !== origin || parsed.username || parsed.password) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // The normalized path must still be a plain path ("/%2F/evil" decodes to "//evil").
  if (!path.startsWith("/") || path.startsWith("//") || !hasOnlySafeCharacters(path)) return fallback;
  return path;
}

/** False when the text, or any percent-decoding of it, holds a control character or a backslash, or a "//" path start. */
function hasOnlySafeCharacters(text: string): boolean {
  let current = text;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round++) {
    if (FORBIDDEN.test(current)) return false;
    if (round > 0 && /^\/[\/]/.test(current)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      // Malformed percent-encoding ("%E0%A4%A") is not a path we issue.
      return false;
    }
    if (decoded === current) return true;
    current = decoded;
  }
  // Still changing after several rounds: encoded to hide something.
  return false;
}

/** The absolute URL on APP_URL for a return path, for Auth.js's redirect callback. */
export function safeReturnUrl(candidate: string | null | undefined, fallback = "/"): string {
  return new URL(safeReturnPath(candidate, fallback), appOrigin()).toString();
}
