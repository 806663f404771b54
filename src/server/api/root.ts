/**
 * The application router: one sub-router per domain. Every procedure here
 * must have a case in the cross-tenant suite (tests/integration/isolation).
 */
import { auditRouter } from "./routers/audit";
import { caseloadRouter } from "./routers/caseload";
import { followUpsRouter } from "./routers/follow-ups";
import { invitationsRouter } from "./routers/invitations";
import { opportunitiesRouter } from "./routers/opportunities";
import { organizationRouter } from "./routers/organization";
import { policyRouter } from "./routers/policy";
import { viewerRouter } from "./routers/viewer";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  viewer: viewerRouter,
  invitations: invitationsRouter,
  opportunities: opportunitiesRouter,
  followUps: followUpsRouter,
  policy: policyRouter,
  caseload: caseloadRouter,
  audit: auditRouter,
  organization: organizationRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
