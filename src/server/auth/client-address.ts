/**
 * Who is asking, for rate limits: the client's IP address.
 *
 * What `next start` (Next 16.4.5, base-server.js) does: it sets
 * `x-forwarded-for` to the socket's address only when the request has none
 * (`??=`), keeps whatever the client sent otherwise, and never sets
 * `x-real-ip`. So in route handlers and server actions every forwarding
 * header may be the client's own invention, and the socket address is gone.
 *
 * Hence: the HTTP server stamps each request with its socket address
 * (stamp-client-address.ts, installed from instrumentation.ts), signed with
 * a per-process secret so a client cannot send the stamp itself. Forwarded
 * addresses are used only when TRUSTED_PROXY_HOPS says how many proxies in
 * front of us append to X-Forwarded-For; then the client is the entry that
 * many hops from the right, and anything further left (which the client
 * can forge) is ignored.
 */
import { readEnv } from "@/env-schema";
import { isIP } from "node:net";

export const CLIENT_STAMP_HEADER = "x-followthrough-client";
const STAMP_STATE = Symbol.for("followthrough.client-address-stamp");
export const UNKNOWN_CLIENT = "unknown-client";

interface StampState {
  secret: string;
}

/** The per-process stamp secret, shared between the server hook and the route bundles through globalThis. */
export function stampState(): StampState | undefined {
  return (globalThis as { [STAMP_STATE]?: StampState })[STAMP_STATE];
}

export function setStampState(state: StampState): void {
  (globalThis as { [STAMP_STATE]?: StampState })[STAMP_STATE] = state;
}

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For. Default 0: none are trusted. */
export function trustedProxyHops(): number {
  return readEnv("TRUSTED_PROXY_HOPS");
}

/**
 * The client address from the socket and the forwarding chain. The chain
 * is the X-Forwarded-For entries followed by the socket address; with N
 * trusted hops the N right-most addresses are our proxies and the one
 * before them is the client. With fewer entries than hops, the left-most
 * entry there is.
 */
export function resolveClientAddress(input: { socketAddress: string | null | undefined; forwardedFor: string | string[] | null | undefined; trustedHops: number }): string {
  const socket = normalizeAddress(input.socketAddress);
  if (input.trustedHops <= 0) return socket ?? UNKNOWN_CLIENT;
  const raw = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? "");
  const entries = raw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const chain: (string | null)[] = [...entries.map(normalizeAddress), socket];
  const index = Math.max(0, chain.length - 1 - input.trustedHops);
  return chain[index] ?? UNKNOWN_CLIENT;
}

/** A bare IP address ("::ffff:1.2.3.4" → "1.2.3.4", "1.2.3.4:5678" → "1.2.3.4", "[::1]:80" → "::1"), or null when it is not one. */
export function normalizeAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The rate-limit key for this request. Reads the server's signed stamp;
 * without one (code run outside `next start`, e.g. tests) it applies the
 * same trust rule with no socket address, so a forged header never counts.
 */
export function clientKeyFromHeaders(headers: Headers): string {
  const stamp = headers.get(CLIENT_STAMP_HEADER);
  const state = stampState();
  if (stamp && state && stamp.startsWith(`${state.secret} `)) return stamp.slice(state.secret.length + 1);
  return resolveClientAddress({ socketAddress: null, forwardedFor: headers.get("x-forwarded-for"), trustedHops: trustedProxyHops() });
}
