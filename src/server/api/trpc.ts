/**
 * tRPC initialisation and the procedure builders, one per role.
 *
 * The tenant and the role come from the session and the membership it
 * points at, never from input. Member procedures resolve the membership once
 * and run the whole procedure inside one tenant-scoped transaction
 * (`ctx.tx`), so row-level security backs every query the domain layer makes.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { Role } from "@/generated/prisma/enums";
import type { Database } from "@/server/db/client";
import type { AuditAction } from "@/server/audit/audit-actions";
import { recordAccessDenied } from "@/server/audit/record-outside-transaction";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { findActiveMembership } from "@/server/auth/find-active-membership";
import type { RequestSession } from "@/server/auth/request-session";
import { withTenant, type Tx } from "@/server/db/tenant";
import { runOffRequest } from "@/server/workflows/run-off-request";
import { AppError } from "@/server/errors";
import { can, type Action } from "@/server/organizations/permissions";
import { getRoleSettings } from "@/server/organizations/role-settings";
import type { MemberAccess } from "@/server/organizations/seeker-access";
import { fieldErrorsOf, GENERIC_FAILURE_MESSAGE, toTRPCError } from "./error-mapping";


export interface TrpcContext {
  db: Database;
  session: RequestSession | null;
  /** Identifies the caller for rate limits (IP address, or "server"). */
  clientKey: string;
}

export interface MembershipContext {
  id: string;
  organizationId: string;
  userId: string;
  role: Role;
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  // Never send stack traces, in any environment.
  isDev: false,
  errorFormatter({ shape, error }) {
    const isInternal = error.code === "INTERNAL_SERVER_ERROR";
    const cause = error.cause;
    return {
      ...shape,
      message: isInternal ? GENERIC_FAILURE_MESSAGE : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: fieldErrorsOf(cause),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every error leaves through toTRPCError, so domain codes map in one place. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause ?? result.error);
    if (mapped.code === "INTERNAL_SERVER_ERROR") console.error("[trpc] unexpected error", result.error.cause ?? result.error);
    return { ...result, error: mapped } as typeof result;
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new AppError("UNAUTHORIZED", "Please sign in to continue.");
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Thrown inside the tenant transaction to roll it back when the procedure failed. */
class RollbackSignal extends Error {
  constructor(readonly result: unknown) {
    super("rollback");
  }
}

/** The seeker a call was about, when its input names one (for the audit trail). */
async function subjectOf(getRawInput: () => Promise<unknown>): Promise<string | null> {
  const raw = await getRawInput().catch(() => null);
  if (raw === null || typeof raw !== "object" || !("seekerMembershipId" in raw)) return null;
  const id = (raw as { seekerMembershipId: unknown }).seekerMembershipId;
  return typeof id === "string" ? id.trim().slice(0, 64) : null;
}

/** Denials the audit trail records: a role refused an action, or a record that is not the caller's to see. */
const AUDITED_DENIALS = new Set(["FORBIDDEN", "NOT_FOUND"]);

/**
 * Work that must only happen once the procedure's transaction has committed
 * (telling the workflows what changed): queued with `ctx.afterCommit`, run in
 * order after the commit and off the request (the answer does not wait for
 * an Inngest server), never after a rollback. Tasks fail soft: what the
 * member saved is saved, so a task's failure is logged, not thrown.
 */
export type AfterCommit = (task: () => Promise<void>) => void;

function runAfterCommit(tasks: (() => Promise<void>)[], path: string): void {
  if (tasks.length === 0) return;
  runOffRequest(`after ${path}`, async () => {
    for (const task of tasks) {
      try {
        await task();
      } catch (error) {
        console.warn(`[after-commit] ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
}

function memberProcedure(allowed: readonly Role[]) {
  return signedInProcedure.use(async ({ ctx, next, path, getRawInput }) => {
    const { userId, activeOrganizationId } = ctx.session;
    if (!activeOrganizationId) throw new AppError("FORBIDDEN", "Choose an organization to work in first.");
    const active = await findActiveMembership(ctx.db, { userId, organizationId: activeOrganizationId });
    if (!active) throw new AppError("FORBIDDEN", "You are not a member of this organization.");
    const membership: MembershipContext = { id: active.id, organizationId: active.organizationId, userId, role: active.role };
    const auditDenial = async (code: string) =>
      recordAccessDenied(
        { organizationId: membership.organizationId, userId, membershipId: membership.id, path, code, subjectMembershipId: await subjectOf(getRawInput) },
        ctx.db,
      );
    if (!allowed.includes(membership.role)) {
      await auditDenial("FORBIDDEN");
      throw new AppError("FORBIDDEN", "Your role in this organization does not allow this.");
    }
    const afterCommitTasks: (() => Promise<void>)[] = [];
    const afterCommit: AfterCommit = (task) => void afterCommitTasks.push(task);
    const runInTenant = () =>
      withTenant(
        { organizationId: membership.organizationId, userId },
        async (tx: Tx) => {
          // The organization's role settings, read once per call: `ctx.access` carries them to
          // the permission checks below and to every seeker-scoped domain function.
          const access: MemberAccess = { membershipId: membership.id, role: membership.role, settings: await getRoleSettings(tx, membership.organizationId) };
          const result = await next({ ctx: { ...ctx, membership, access, tx, afterCommit } });
          if (!result.ok) throw new RollbackSignal(result);
          return result;
        },
        ctx.db,
      );
    try {
      const result = await runInTenant();
      runAfterCommit(afterCommitTasks, path);
      return result;
    } catch (error) {
      if (!(error instanceof RollbackSignal)) throw error;
      const failed = error.result as { ok: boolean; error?: { cause?: unknown } };
      if (!failed.ok) {
        // The action's transaction is rolled back; the denial is recorded in one of its own.
        const code = toTRPCError(failed.error?.cause ?? failed.error).code;
        if (AUDITED_DENIALS.has(code)) await auditDenial(code);
      }
      // Typed as the success path's result so procedures keep seeing ctx.tx and ctx.membership.
      return error.result as Awaited<ReturnType<typeof runInTenant>>;
    }
  });
}

/**
 * Refuses an action the role matrix (src/server/organizations/permissions.ts)
 * does not grant this member under the organization's settings: FORBIDDEN,
 * since the action, unlike a record, is no secret.
 */
function requirePermission<TBuilder extends ReturnType<typeof memberProcedure>>(builder: TBuilder, action: Action, message: string): TBuilder {
  return builder.use(({ ctx, next }) => {
    if (!can(ctx.access, ctx.access.settings, action)) throw new AppError("FORBIDDEN", message);
    return next();
  }) as TBuilder;
}

export const seekerProcedure = memberProcedure(["SEEKER"]);
/** Coaches and admins; seeker-scoped work also goes through authorizeSeekerAccess with `ctx.access`. */
export const coachProcedure = memberProcedure(["COACH", "ADMIN"]);
export const adminProcedure = memberProcedure(["ADMIN"]);
/** Saving the organization's policy: admins, and coaches when the organization allows it. */
export const policyManagerProcedure = requirePermission(coachProcedure, "policy.manage", "Only an administrator can change the organization's policy here.");
/** Any member of the active organization, whatever the role. */
export const memberAnyRoleProcedure = memberProcedure(["SEEKER", "COACH", "ADMIN"]);

/**
 * A coach or admin procedure that reads seekers' records: each successful
 * call leaves an audit row in the same transaction (who, which seeker,
 * which view), the disclosure log FERPA asks for. `action` is
 * seeker_record_viewed for one seeker's record, caseload_viewed for lists.
 */
export function staffReadProcedure(action: Extract<AuditAction, "seeker_record_viewed" | "caseload_viewed">) {
  return coachProcedure.use(async ({ ctx, next, path, getRawInput }) => {
    const result = await next();
    if (result.ok) {
      await recordAuditEvent(ctx.tx, {
        organizationId: ctx.membership.organizationId,
        action,
        actor: { userId: ctx.membership.userId, membershipId: ctx.membership.id },
        subjectMembershipId: await subjectOf(getRawInput),
        view: path,
      });
    }
    return result;
  });
}

export { TRPCError };
