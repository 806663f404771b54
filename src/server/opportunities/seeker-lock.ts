/**
 * One seeker's history is re-planned as a whole, so two logs for the same
 * seeker must not interleave: each would plan without the other's event and
 * the later write would win. A transaction-scoped advisory lock on the
 * seeker serializes them (released at commit or rollback); other seekers
 * are not blocked.
 */
import type { Tx } from "@/server/db/tenant";

/** Keeps these locks apart from any other advisory lock the app may take. */
const CADENCE_LOCK_NAMESPACE = 0x0cade;

export async function lockSeeker(tx: Tx, seekerMembershipId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CADENCE_LOCK_NAMESPACE}::int, hashtext(${seekerMembershipId}))`;
}
