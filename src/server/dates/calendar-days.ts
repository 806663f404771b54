/**
 * Local dates as text ("2026-03-12") between the store, the read models and
 * the pages. A planned step's dates are local dates in the seeker's zone,
 * stored in `date` columns that Prisma hands back as UTC midnight: their
 * UTC calendar day *is* the local date, so no zone conversion may touch them.
 */
import { formatDay, parseDay, zoneClock } from "./local-date";

const MS_PER_DAY = 86_400_000;

/** A `date` column's value (UTC midnight) as its local date text. */
export const toDayText = (date: Date): string => date.toISOString().slice(0, 10);

/** A local date text as the `date` column value Prisma writes (UTC midnight). */
export const fromDayText = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** The local calendar date of `instant` in `timeZone`, as YYYY-MM-DD. */
export const localDateOf = (instant: Date, timeZone: string): string => formatDay(zoneClock(timeZone).localDay(instant.getTime()));

/** `day` moved by `count` calendar days. */
export function addDays(day: string, count: number): string {
  const number = parseDay(day);
  if (number === null) throw new RangeError(`not a date: ${day}`);
  return formatDay(number + count);
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD): 1 from a Monday to the Tuesday after it. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);

/**
 * The one rule for "overdue", everywhere it is shown or counted: an open
 * step whose due date is before the seeker's today (the due day itself is
 * still on time). Done, cancelled and skipped steps are never overdue.
 */
export function isOverdue(step: { status: string; due: string }, today: string): boolean {
  return step.status === "open" && step.due < today;
}
