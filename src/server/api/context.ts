/**
 * The per-request tRPC context: who is signed in (Auth.js database session)
 * and who is asking (client IP, for rate limits). Nothing else: procedures
 * get their tenant transaction from the role builders in trpc.ts.
 */
import "server-only";
import { clientKeyFromHeaders } from "@/server/auth/client-address";
import { getRequestSession } from "@/server/auth/request-session";
import { getDb } from "@/server/db/client";
import { toTRPCError } from "./error-mapping";
import type { TrpcContext } from "./trpc";

export async function createTRPCContext(options: { headers: Headers }): Promise<TrpcContext> {
  return {
    db: getDb(),
    // A failure here (the database is down) must leave as its mapped code,
    // SERVICE_UNAVAILABLE, not as tRPC's default INTERNAL_SERVER_ERROR.
    session: await getRequestSession().catch((error: unknown) => {
      throw toTRPCError(error);
    }),
    clientKey: clientKeyFromHeaders(options.headers),
  };
}
