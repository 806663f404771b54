/**
 * The application router: one sub-router per domain. Every procedure here
 * must have a case in the cross-tenant suite (tests/integration/isolation).
 */
import { invitationsRouter } from "./routers/invitations";
import { viewerRouter } from "./routers/viewer";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  viewer: viewerRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
