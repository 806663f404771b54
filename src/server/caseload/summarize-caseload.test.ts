/** The dashboard's figures: sums over the listed rows, with the edges a coach would ask about. */
import { describe, expect, it } from "vitest";
import type { CaseloadRow } from "./schemas";
import { summarizeCaseload } from "./summarize-caseload";

const now = new Date("2026-11-25T15:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

function row(patch: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    membershipId: "m",
    name: "Sam",
    email: "sam@example.test",
    cohort: null,
    coach: null,
    followUps: { open: 0, overdue: 0, done: 0 },
    dueLast30Days: { total: 0, done: 0 },
    flags: { overContact: 0, tooEarly: 0 },
    activeOpportunities: 0,
    totalOpportunities: 0,
    lastActivityAt: daysAgo(1),
    override: null,
    ...patch,
  };
}

describe("summarizeCaseload", () => {
  it("is all zeros, with no rate, for an empty caseload", () => {
    expect(summarizeCaseload([], now)).toEqual({
      seekers: 0,
      activeOpportunities: 0,
      open: 0,
      overdue: 0,
      seekersWithOverdue: 0,
      dueLast30Days: { total: 0, done: 0, rate: null },
      flaggedSeekers: 0,
      quietSeekers: 0,
    });
  });

  it("sums the rows, counts seekers (not steps) with overdue or flags, and rounds the rate", () => {
    const summary = summarizeCaseload(
      [
        row({ followUps: { open: 3, overdue: 2, done: 1 }, dueLast30Days: { total: 3, done: 2 }, activeOpportunities: 2, flags: { overContact: 2, tooEarly: 1 } }),
        row({ followUps: { open: 1, overdue: 0, done: 4 }, dueLast30Days: { total: 3, done: 2 }, activeOpportunities: 1 }),
        row({ followUps: { open: 2, overdue: 1, done: 0 }, dueLast30Days: { total: 0, done: 0 }, flags: { overContact: 0, tooEarly: 1 } }),
      ],
      now,
    );
    expect(summary).toMatchObject({ seekers: 3, activeOpportunities: 3, open: 6, overdue: 3, seekersWithOverdue: 2, flaggedSeekers: 2 });
    // 4 of 6 is 66.7%: shown as 67.
    expect(summary.dueLast30Days).toEqual({ total: 6, done: 4, rate: 67 });
  });

  it("counts as quiet a seeker with no activity ever, or none for more than 14 days; exactly 14 days is not yet quiet", () => {
    const summary = summarizeCaseload([row({ lastActivityAt: null }), row({ lastActivityAt: daysAgo(15) }), row({ lastActivityAt: daysAgo(14) }), row({ lastActivityAt: daysAgo(0) })], now);
    expect(summary.quietSeekers).toBe(2);
  });
});
