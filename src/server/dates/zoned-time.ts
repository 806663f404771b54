/** From a local wall-clock time in a zone to the instant it names ("08:00 in Chicago on 2026-03-09" → UTC). */
import { parseDay, zoneClock } from "./local-date";

const MS_PER_DAY = 86_400_000;

/**
 * The instant at which it is `hour:minute` on `day` in `timeZone`. The offset
 * is read at a first guess and read again at the result, which settles it on
 * both sides of a daylight-saving change (the zone's offset at 08:00 is the
 * one that day keeps from early morning on). A wall time skipped by a spring
 * change (02:30 in New York on the change day) lands one hour later.
 */
export function instantAtLocalTime(day: string, hour: number, minute: number, timeZone: string): Date {
  const dayNumber = parseDay(day);
  if (dayNumber === null) throw new RangeError(`not a date: ${day}`);
  const wallAsUtc = dayNumber * MS_PER_DAY + (hour * 60 + minute) * 60_000;
  const clock = zoneClock(timeZone);
  const firstGuess = wallAsUtc - clock.offsetAt(wallAsUtc);
  const settled = wallAsUtc - clock.offsetAt(firstGuess);
  // In a spring gap neither reading shows the wall time asked for; the first guess is the later instant.
  const showsWallTime = settled + clock.offsetAt(settled) === wallAsUtc;
  return new Date(showsWallTime ? settled : Math.max(settled, firstGuess));
}
