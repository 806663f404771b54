/**
 * The dashboard's four figures from a caseload (pure): nothing estimated,
 * every figure a sum over the rows the table below it lists.
 */
import type { CaseloadRow } from "./schemas";

/** Quiet: no logged activity for this long (or ever). */
export const QUIET_AFTER_DAYS = 14;

export interface CaseloadSummary {
  seekers: number;
  activeOpportunities: number;
  open: number;
  overdue: number;
  seekersWithOverdue: number;
  /** Steps that fell due in the last 30 days, and how many of them are done; rate is null when none fell due. */
  dueLast30Days: { total: number; done: number; rate: number | null };
  flaggedSeekers: number;
  quietSeekers: number;
}

export function summarizeCaseload(rows: readonly CaseloadRow[], now: Date): CaseloadSummary {
  const sum = (pick: (row: CaseloadRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const due = sum((row) => row.dueLast30Days.total);
  const done = sum((row) => row.dueLast30Days.done);
  const quietSince = now.getTime() - QUIET_AFTER_DAYS * 86_400_000;
  return {
    seekers: rows.length,
    activeOpportunities: sum((row) => row.activeOpportunities),
    open: sum((row) => row.followUps.open),
    overdue: sum((row) => row.followUps.overdue),
    seekersWithOverdue: rows.filter((row) => row.followUps.overdue > 0).length,
    dueLast30Days: { total: due, done, rate: due > 0 ? Math.round((done / due) * 100) : null },
    flaggedSeekers: rows.filter((row) => row.flags.overContact + row.flags.tooEarly > 0).length,
    quietSeekers: rows.filter((row) => !row.lastActivityAt || row.lastActivityAt.getTime() < quietSince).length,
  };
}
