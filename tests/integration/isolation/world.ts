/**
 * Two tenants, A and B, each with an admin, a coach and a seeker, and a way
 * to call any procedure as any of them. Tenant A also has a second coach
 * with a seeker of their own (`a.otherCoach`, `a.otherSeeker`): a seeker
 * outside `a.coach`'s caseload. The isolation suite proves that A's people
 * cannot read or change B's rows, that roles are enforced, and that a coach
 * stays inside their caseload.
 */
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { createCaller } from "@/server/api/root";
import type { RequestSession } from "@/server/auth/request-session";
import { withTenant } from "@/server/db/tenant";
import type { RoleSettings } from "@/server/organizations/permissions";
import { assignToCaseload, createMember, createTenant } from "@/server/seed/fixtures";
import { appDb } from "../db";

export type Tenant = Awaited<ReturnType<typeof createTenant>>;
export type Actor = Tenant["admin"];
export type WorldTenant = Awaited<ReturnType<typeof createTenantWithTwoCoaches>>;

/** A tenant whose coach has a colleague with a caseload of their own. */
async function createTenantWithTwoCoaches() {
  const tenant = await createTenant(appDb());
  const organizationId = tenant.organization.id;
  const label = tenant.organization.slug.replace(/^org-/, "");
  const otherCoach = await createMember(appDb(), { organizationId, email: `coach2-${label}@example.test`, name: `Other coach ${label}`, role: "COACH" });
  const otherSeeker = await createMember(appDb(), { organizationId, email: `seeker2-${label}@example.test`, name: `Other seeker ${label}`, role: "SEEKER" });
  await assignToCaseload(appDb(), { organizationId, coachMembershipId: otherCoach.membership.id, seekerMembershipId: otherSeeker.membership.id });
  return { ...tenant, otherCoach, otherSeeker };
}

/** Changes a tenant's role settings directly (the suite tests organization.updateSettings on its own). */
export async function setRoleSettings(tenant: WorldTenant | Tenant, settings: Partial<RoleSettings>): Promise<void> {
  await withTenant({ organizationId: tenant.organization.id }, (tx) => tx.organization.update({ where: { id: tenant.organization.id }, data: settings }), appDb());
}

/** Runs `work` with the settings on, and puts the defaults back whatever happens. */
export async function withRoleSettings(tenant: WorldTenant | Tenant, settings: Partial<RoleSettings>, work: () => Promise<void>): Promise<void> {
  await setRoleSettings(tenant, settings);
  try {
    await work();
  } finally {
    await setRoleSettings(tenant, { coachesSeeAllSeekers: false, coachesManagePolicy: false });
  }
}

export interface World {
  a: WorldTenant;
  b: WorldTenant;
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
  const a = await createTenantWithTwoCoaches();
  const b = await createTenantWithTwoCoaches();
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
