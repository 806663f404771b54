/**
 * Fixed-window rate limits on the RateLimitWindow table. One atomic upsert
 * per attempt, so concurrent requests (several app instances included) can
 * never both slip under the limit. Fixed windows allow a short burst at a
 * window boundary; for magic links that is an acceptable trade for one row
 * per key and window.
 */
import { getDb, type Database } from "@/server/db/client";

export interface RateLimitRule {
  /** What is limited and for whom, e.g. "magic-link:address:ana@example.com". */
  key: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Attempts counted in the current window, this one included. */
  count: number;
  /** When the current window ends and attempts are allowed again. */
  resetsAt: Date;
}

export async function consumeRateLimit(rule: RateLimitRule, now: Date = new Date(), db: Database = getDb()): Promise<RateLimitDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${rule.key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count === 1) {
    // A new window began: the key's older windows can never matter again.
    await db.rateLimitWindow.deleteMany({ where: { key: rule.key, windowStart: { lt: windowStart } } });
  }
  return { allowed: count <= rule.limit, count, resetsAt: new Date(windowStart.getTime() + rule.windowMs) };
}

/** "Try again in 12 minutes." Rounded up, never "0 minutes". */
export function describeRetry(resetsAt: Date, now: Date = new Date()): string {
  const minutes = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 60_000));
  return `Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
