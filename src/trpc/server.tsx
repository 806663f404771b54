/**
 * tRPC for server components and server actions: direct in-process calls
 * (no HTTP hop) with the same context, role builders and error mapping as
 * the HTTP endpoint, plus prefetch-and-hydrate helpers for client components.
 */
import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { createTRPCContext } from "@/server/api/context";
import { appRouter, createCaller } from "@/server/api/root";
import { makeQueryClient } from "./query-client";

const createContext = cache(async () => createTRPCContext({ headers: await headers() }));

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: appRouter, queryClient: getQueryClient });

/** Calls a procedure from a server component or server action. */
export const serverCaller = createCaller(createContext);

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query of any procedure
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T): void {
  void getQueryClient().prefetchQuery(queryOptions);
}
