/**
 * Working through the seekers a policy change left pending: one seeker at a
 * time (the workflow's step), or in batches (in-process, without Inngest).
 * Marking a seeker done is idempotent, so a retried step or a second runner
 * re-plans again (harmless: an unchanged history writes nothing) but counts once.
 */
import type { Database } from "@/server/db/client";
import { getDb } from "@/server/db/client";
import { withTenant, type Tx } from "@/server/db/tenant";
import { replanSeeker } from "@/server/opportunities/replan-seeker";

export type ReplanRunner = "workflow" | "in_process";

export async function replanSeekerForPolicy(
  tx: Tx,
  input: { seekerMembershipId: string; policyVersion: number; by: ReplanRunner; now?: Date },
): Promise<{ changedRows: number }> {
  const now = input.now ?? new Date();
  const counts = await replanSeeker(tx, input.seekerMembershipId, now);
  await tx.policyReplan.updateMany({
    where: { seekerMembershipId: input.seekerMembershipId, policyVersion: input.policyVersion, replannedAt: null },
    data: { replannedAt: now, replannedBy: input.by },
  });
  return { changedRows: counts.created + counts.updated + counts.deleted };
}

/** The seekers still waiting for a version's re-plan. */
export async function listPendingReplans(tx: Tx, policyVersion: number, limit?: number): Promise<string[]> {
  const rows = await tx.policyReplan.findMany({
    where: { policyVersion, replannedAt: null },
    select: { seekerMembershipId: true },
    orderBy: { seekerMembershipId: "asc" },
    ...(limit ? { take: limit } : {}),
  });
  return rows.map((row) => row.seekerMembershipId);
}

/** Re-plans every pending seeker of a version, `batchSize` per transaction, until none is left. */
export async function replanPendingSeekers(
  input: { organizationId: string; policyVersion: number; batchSize?: number; now?: Date },
  db: Database = getDb(),
): Promise<{ replanned: number }> {
  let replanned = 0;
  for (;;) {
    const done = await withTenant(
      { organizationId: input.organizationId },
      async (tx) => {
        const batch = await listPendingReplans(tx, input.policyVersion, input.batchSize ?? 25);
        for (const seekerMembershipId of batch) await replanSeekerForPolicy(tx, { seekerMembershipId, policyVersion: input.policyVersion, by: "in_process", now: input.now });
        return batch.length;
      },
      db,
    );
    if (done === 0) return { replanned };
    replanned += done;
  }
}

export interface PolicyReplanProgress {
  version: number;
  total: number;
  replanned: number;
  /** Some seekers were re-planned in-process: no workflow server was reached. */
  inProcess: boolean;
}

/** How far the re-plan of the organization's latest version (or `version`) has come; null when nothing was ever pending. */
export async function getPolicyReplanProgress(tx: Tx, version?: number): Promise<PolicyReplanProgress | null> {
  const latest = version ?? (await tx.organizationPolicy.findFirst({ orderBy: { version: "desc" }, select: { version: true } }))?.version;
  if (latest === undefined) return null;
  const rows = await tx.policyReplan.groupBy({ by: ["replannedBy"], where: { policyVersion: latest }, _count: { _all: true } });
  const count = (by: string | null) => rows.find((row) => row.replannedBy === by)?._count._all ?? 0;
  const total = rows.reduce((sum, row) => sum + row._count._all, 0);
  return { version: latest, total, replanned: total - count(null), inProcess: count("in_process") > 0 };
}
