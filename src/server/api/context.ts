/**
 * The per-request tRPC context: who is signed in (Auth.js database session)
 * and who is asking (client IP, for rate limits). Nothing else: procedures
 * get their tenant transaction from the role builders in trpc.ts.
 */
import "server-only";
import { clientKeyFromHeaders } from "@/server/auth/client-address";
import { getRequestSession } from "@/server/auth/request-session";
import { getDb } from "@/server/db/client";
import type { TrpcContext } from "./trpc";

export async function createTRPCContext(options: { headers: Headers }): Promise<TrpcContext> {
  return {
    db: getDb(),
    session: await getRequestSession(),
    clientKey: clientKeyFromHeaders(options.headers),
  };
}
