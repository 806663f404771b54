/**
 * The HTTP entry to tRPC: request limits first (request-limits.ts), then
 * the router. The route handler passes the real context factory; tests
 * pass one built from a fixture session, so the whole HTTP path (limits,
 * decoding, procedures, error formatting) is exercised as it runs.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "./root";
import { checkTrpcRequest, trpcProblemResponse } from "./request-limits";
import type { TrpcContext } from "./trpc";

export const TRPC_ENDPOINT = "/api/trpc";

export async function handleTrpcRequest(request: Request, createContext: () => Promise<TrpcContext>): Promise<Response> {
  const checked = await checkTrpcRequest(request, TRPC_ENDPOINT);
  if (!checked.ok) return trpcProblemResponse(checked.problem, checked.batchSize, new URL(request.url).searchParams.get("batch") === "1");
  return fetchRequestHandler({ endpoint: TRPC_ENDPOINT, req: checked.request, router: appRouter, createContext });
}
