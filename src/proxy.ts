/**
 * Runs before every request except static files (Next.js 16's proxy, the
 * successor of middleware; Node.js runtime). Three jobs, in this order:
 * 1. Refuse cross-site state changes and non-JSON tRPC calls (cross-site.ts).
 * 2. Answer page requests with a 503 "briefly unavailable" page while the
 *    database cannot be reached (database-probe.ts).
 * 3. Give every response a fresh CSP nonce, HSTS on https, and `no-store`
 *    (everything the proxy sees is personal or per-user).
 * Headers that never change (nosniff, Referrer-Policy, COOP,
 * Permissions-Policy) are set for every path, static files included, in
 * next.config.js.
 */
import { NextResponse, type NextRequest } from "next/server";
import { appOrigin } from "@/server/auth/app-url";
import { buildContentSecurityPolicy, createNonce, LOCKED_DOWN_POLICY } from "@/server/http/content-security-policy";
import { refuseCrossSiteRequest } from "@/server/http/cross-site";
import { isDatabaseReachable } from "@/server/http/database-probe";
import { renderUnavailablePage, RETRY_AFTER_SECONDS } from "@/server/http/unavailable-page";

const HSTS = "max-age=31536000; includeSubDomains";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const origin = appOrigin();
  const https = origin.startsWith("https:");

  const refusal = refuseCrossSiteRequest(
    {
      method: request.method,
      pathname,
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      contentType: request.headers.get("content-type"),
    },
    origin,
  );
  if (refusal) {
    return finish(NextResponse.json({ error: { message: refusal.message } }, { status: refusal.status }), LOCKED_DOWN_POLICY, https);
  }

  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https });

  if (isPageRequest(request) && !(await isDatabaseReachable(process.env.DATABASE_URL))) {
    const response = new NextResponse(renderUnavailablePage(nonce), {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(RETRY_AFTER_SECONDS) },
    });
    return finish(response, policy, https);
  }

  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  return finish(NextResponse.next({ request: { headers: requestHeaders } }), policy, https);
}

function finish(response: NextResponse, policy: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "no-store, max-age=0");
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

/** A page load or a client-side navigation (RSC), as opposed to an API call. */
function isPageRequest(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.nextUrl.pathname.startsWith("/api/")) return false;
  const destination = request.headers.get("sec-fetch-dest");
  return destination === "document" || request.headers.has("rsc") || (request.headers.get("accept") ?? "").includes("text/html");
}

export const config = {
  matcher: [
    // Everything but build assets and the app icon, which carry their headers from next.config.js.
    "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)",
  ],
};
