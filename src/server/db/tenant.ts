/**
 * Tenant-scoped transactions.
 *
 * Row-level security policies read `app.organization_id` and `app.user_id`.
 * They are set with set_config(..., true), i.e. for the current transaction
 * only, so a pooled connection never carries one tenant's scope into the
 * next request. Outside these helpers every tenant table looks empty.
 */
import type { Prisma } from "@/generated/prisma/client";
import { getDb, type Database } from "./client";

export type Tx = Prisma.TransactionClient;

export interface TenantScope {
  organizationId: string;
  /** The acting user, when there is one (jobs act for no user). */
  userId?: string | null;
}

const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 20_000 } as const;

export async function withTenant<T>(scope: TenantScope, work: (tx: Tx) => Promise<T>, db: Database = getDb()): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.organization_id', ${scope.organizationId}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`;
    return work(tx);
  }, TRANSACTION_OPTIONS);
}

/**
 * A transaction that knows the signed-in user but no tenant: it can read the
 * user's own memberships and their organizations (to pick one), nothing else.
 */
export async function withUser<T>(userId: string, work: (tx: Tx) => Promise<T>, db: Database = getDb()): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.organization_id', '', true), set_config('app.user_id', ${userId}, true)`;
    return work(tx);
  }, TRANSACTION_OPTIONS);
}

/** Every organization's id, for scheduled jobs that fan out per tenant. */
export async function listOrganizationIds(db: Database = getDb()): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT app_list_organization_ids() AS id`;
  return rows.map((row) => row.id);
}
