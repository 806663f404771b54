/**
 * Re-plans one seeker from their whole history, e.g. after their policy
 * changed: open steps follow the new policy, done steps stay as they were.
 * Takes the seeker's lock, so it never interleaves with a logEvent.
 */
import type { Tx } from "@/server/db/tenant";
import { loadSeeker } from "./load-seeker";
import { planSeeker } from "./plan-seeker";
import { lockSeeker } from "./seeker-lock";
import { syncPlan, type SyncCounts } from "./sync-plan";

export async function replanSeeker(tx: Tx, seekerMembershipId: string, now: Date = new Date()): Promise<SyncCounts> {
  await lockSeeker(tx, seekerMembershipId);
  const seeker = await loadSeeker(tx, seekerMembershipId);
  return syncPlan(tx, seeker, await planSeeker(tx, seeker, now), now);
}
