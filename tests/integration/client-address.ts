/**
 * A client address of the test's own for requests sent straight to the
 * route handlers. Without it every such request counts as the one
 * "unknown-client" (no `next start` stamped it; see client-address.ts), so
 * files running in parallel, or runs against a reused TEST_DATABASE_URL,
 * would share one per-client sign-in budget. This is the stamp
 * `next start` puts on each request (stamp-client-address.ts): the socket's
 * address, signed with the per-process secret.
 */
import { randomBytes, randomInt } from "node:crypto";
import { CLIENT_STAMP_HEADER, setStampState, stampState } from "@/server/auth/client-address";

/** A random address in 198.18.0.0/15 (RFC 2544, benchmarking): never a real client. */
export function freshClientAddress(): string {
  return `198.${18 + randomInt(2)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Headers that make the handlers count the request as coming from `address`. */
export function fromClient(address: string): Record<string, string> {
  if (!stampState()) setStampState({ secret: randomBytes(18).toString("base64url") });
  return { [CLIENT_STAMP_HEADER]: `${stampState()!.secret} ${address}` };
}
