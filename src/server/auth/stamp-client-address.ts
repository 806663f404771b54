/**
 * Puts the client address, from the socket, on every request the Node HTTP
 * server receives, before Next.js sees it. App Router handlers and server
 * actions get no socket, and `next start` passes X-Forwarded-For through as
 * the client sent it (see client-address.ts); this is the one place the
 * real peer address is known.
 *
 * The stamp is prefixed with a random per-process secret and overwrites any
 * header of that name the client sent, so it cannot be forged.
 */
import { randomBytes } from "node:crypto";
import { Server, type IncomingMessage } from "node:http";
import { CLIENT_STAMP_HEADER, resolveClientAddress, setStampState, stampState, trustedProxyHops } from "./client-address";

export function installClientAddressStamp(): void {
  if (stampState()) return;
  const secret = randomBytes(18).toString("base64url");
  const hops = trustedProxyHops();
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithClientStamp(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      const address = resolveClientAddress({ socketAddress: request.socket?.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], trustedHops: hops });
      request.headers[CLIENT_STAMP_HEADER] = `${secret} ${address}`;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  setStampState({ secret });
}
