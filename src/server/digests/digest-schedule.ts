/**
 * When weekly digests go out: Monday, 08:00–08:59 in the recipient's own
 * time zone (else the organization's). An hourly cron asks, for each zone
 * in use, whether it is that hour there now; the ISO week of that Monday
 * names the digest, so one recipient gets one digest a week however often
 * the cron runs.
 */
import { formatDay, parseDay, weekdayOfDay, zoneClock } from "@/server/dates";

export const DIGEST_WEEKDAY = 1; // Monday (0 is Sunday)
export const DIGEST_HOUR = 8;

/** The local date and hour of `instant` in `timeZone`. */
function localDayAndHour(instant: Date, timeZone: string): { day: number; hour: number } {
  const clock = zoneClock(timeZone);
  const localMs = instant.getTime() + clock.offsetAt(instant.getTime());
  return { day: Math.floor(localMs / 86_400_000), hour: Math.floor((localMs % 86_400_000) / 3_600_000) };
}

/** Is it Monday between 08:00 and 08:59 in `timeZone` at `instant`? */
export function isDigestHour(instant: Date, timeZone: string): boolean {
  const { day, hour } = localDayAndHour(instant, timeZone);
  return weekdayOfDay(day) === DIGEST_WEEKDAY && hour === DIGEST_HOUR;
}

/**
 * The ISO-8601 week of a local date, "2026-W48": weeks start on Monday and
 * week 1 holds the year's first Thursday, so 2026-12-31 (a Thursday) is in
 * 2026-W53 and 2027-01-01 too.
 */
export function isoWeekOf(dayText: string): string {
  const day = parseDay(dayText);
  if (day === null) throw new RangeError(`not a date: ${dayText}`);
  // The Thursday of this week decides the year.
  const weekday = (weekdayOfDay(day) + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day - weekday + 3;
  const year = Number(formatDay(thursday).slice(0, 4));
  const januaryFirst = parseDay(`${year}-01-01`)!;
  const week = Math.floor((thursday - januaryFirst) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The digest week for a recipient in `timeZone` at `instant`: the ISO week of their local date. */
export function digestWeekAt(instant: Date, timeZone: string): string {
  return isoWeekOf(formatDay(localDayAndHour(instant, timeZone).day));
}

/** Which of `zones` are in their digest hour at `instant`. */
export function zonesInDigestHour(zones: Iterable<string>, instant: Date): string[] {
  return [...new Set(zones)].filter((zone) => isDigestHour(instant, zone));
}
