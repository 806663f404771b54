/**
 * Cross-site request refusal for everything that changes state.
 *
 * Cookies are SameSite=Lax, which already keeps them off most cross-site
 * POSTs; this is the second, explicit layer the ASVS asks for. A request
 * that is not GET/HEAD/OPTIONS must come from APP_URL's own origin:
 * - `Origin` present (every current browser sends it on POST): it must equal
 *   APP_URL's origin exactly; "null" (sandboxed frames, data: URLs) is refused.
 * - `Origin` absent: `Sec-Fetch-Site` must not say the request crossed sites.
 * - Neither header: not a browser, so no ambient cookies to abuse; allowed,
 *   and the procedure's own checks apply.
 * tRPC calls must also be JSON: a cross-site HTML form can only send
 * urlencoded, multipart or text/plain bodies, so requiring JSON closes the
 * "simple request" path even if a browser omitted Origin.
 */
export interface RequestFacts {
  method: string;
  pathname: string;
  origin: string | null;
  secFetchSite: string | null;
  contentType: string | null;
}

export interface Refusal {
  status: 403 | 415;
  message: string;
}

/**
 * Signed by their senders (Inngest's signing key, Svix signatures), so they
 * come from other origins by design. `/api/unsubscribe` is RFC 8058's
 * one-click target: mail clients POST to it from their own servers, and the
 * signed token in its URL, not a cookie, is the authority (it can stop one
 * kind of email for one member, nothing else), so a cross-site POST has no
 * ambient credential to abuse.
 */
export const CROSS_SITE_EXEMPT_PREFIXES = ["/api/inngest", "/api/webhooks/", "/api/unsubscribe"] as const;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function refuseCrossSiteRequest(request: RequestFacts, appOrigin: string): Refusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (CROSS_SITE_EXEMPT_PREFIXES.some((prefix) => request.pathname === prefix || request.pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`))) {
    return null;
  }
  const crossSite = "This request came from another site and was refused. Open Followthrough directly and try again.";
  if (request.origin !== null) {
    if (request.origin !== appOrigin) return { status: 403, message: crossSite };
  } else if (request.secFetchSite !== null && request.secFetchSite !== "same-origin" && request.secFetchSite !== "none") {
    return { status: 403, message: crossSite };
  }
  if (request.pathname.startsWith("/api/trpc/") || request.pathname === "/api/trpc") {
    const mediaType = request.contentType?.split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/json") return { status: 415, message: "Send this request as JSON (Content-Type: application/json)." };
  }
  return null;
}
