/**
 * The Content-Security-Policy for every page, built per request around a
 * fresh nonce (Next.js's documented nonce pattern: the proxy sets it on the
 * request, Next.js adds the nonce to its own scripts, and the browser runs
 * no script without it). `'strict-dynamic'` lets those scripts load the
 * app's chunks; nothing else runs, inline or from another origin.
 */
export interface ContentSecurityPolicyOptions {
  nonce: string;
  /** `next dev` evaluates code for fast refresh and error overlays. */
  development: boolean;
  /** Ask browsers to upgrade http:// subresources (only meaningful when served over https). */
  https: boolean;
}

export function buildContentSecurityPolicy({ nonce, development, https }: ContentSecurityPolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Styles are not nonce-bound: the App Router renders style attributes
    // (which no nonce can cover) and a nonce here would make browsers ignore
    // 'unsafe-inline'. CSS cannot run script; scripts are what the nonce guards.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** The policy for responses that are not pages (JSON, the outage page's fallback, static files): nothing may load. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** 128 random bits, base64: unguessable and unique per response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
