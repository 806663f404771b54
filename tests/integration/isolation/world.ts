/**
 * Two tenants, A and B, each with an admin, a coach and a seeker, and a way
 * to call any procedure as any of them. The isolation suite proves that A's
 * people cannot read or change B's rows, and that roles are enforced.
 */
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { createCaller } from "@/server/api/root";
import type { RequestSession } from "@/server/api/trpc";
import { createTenant } from "@/server/seed/fixtures";
import { appDb } from "../db";

export type Tenant = Awaited<ReturnType<typeof createTenant>>;
export type Actor = Tenant["admin"];

export interface World {
  a: Tenant;
  b: Tenant;
  /** Calls `path` (e.g. "viewer.me") as `actor`, in the actor's organization. */
  call(actor: Actor | null, path: string, input?: unknown): Promise<unknown>;
  /** The actor of tenant `tenant` with `role`. */
  actor(tenant: Tenant, role: Role): Actor;
}

export function sessionFor(actor: Actor): RequestSession {
  return {
    userId: actor.user.id,
    email: actor.user.email,
    activeOrganizationId: actor.membership.organizationId,
    sessionToken: null,
  };
}

export function callerFor(actor: Actor | null) {
  return createCaller({ db: appDb(), session: actor ? sessionFor(actor) : null, clientKey: `test-${actor?.user.id ?? "anonymous"}` });
}

export async function callPath(actor: Actor | null, path: string, input?: unknown): Promise<unknown> {
  let target: unknown = callerFor(actor);
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  if (typeof target !== "function") throw new Error(`No procedure at ${path}`);
  return (target as (input: unknown) => Promise<unknown>)(input);
}

export async function createWorld(): Promise<World> {
  const a = await createTenant(appDb());
  const b = await createTenant(appDb());
  return {
    a,
    b,
    call: callPath,
    actor: (tenant, role) => (role === "ADMIN" ? tenant.admin : role === "COACH" ? tenant.coach : tenant.seeker),
  };
}

/** Asserts that `promise` fails with the tRPC `code`. */
export async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
}
