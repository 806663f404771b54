/** Shared set-up for the cadence store's integration tests: a fresh tenant per test. */
import { withTenant, type Tx } from "@/server/db/tenant";
import { createTenant } from "@/server/seed/fixtures";
import { appDb } from "../db";

export type CadenceTenant = Awaited<ReturnType<typeof createTenant>>;

export async function freshTenant(): Promise<CadenceTenant> {
  return createTenant(appDb());
}

/** Runs `work` in `tenant`'s scope, as its seeker would. */
export function inTenant<T>(tenant: CadenceTenant, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenant({ organizationId: tenant.organization.id, userId: tenant.seeker.user.id }, work, appDb());
}

export const seekerOf = (tenant: CadenceTenant) => ({
  organizationId: tenant.organization.id,
  seekerMembershipId: tenant.seeker.membership.id,
  actorUserId: tenant.seeker.user.id,
});
