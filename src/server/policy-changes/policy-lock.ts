/**
 * Policy versions are numbered max+1; two coaches saving at once would both
 * pick the same number. A transaction-scoped advisory lock on the
 * organization (or the seeker, for overrides) makes them take turns.
 */
import type { Tx } from "@/server/db/tenant";

const POLICY_LOCK_NAMESPACE = 0x0c0de;

export async function lockPolicy(tx: Tx, ownerId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${POLICY_LOCK_NAMESPACE}::int, hashtext(${ownerId}))`;
}
