/**
 * Local dates as integer day numbers (days since 1970-01-01), so the planner
 * does plain integer arithmetic. Converting an instant to a local date needs
 * the zone's UTC offset at that instant; Intl is slow, so offsets are cached
 * per zone per UTC day (or per hour on the rare days a zone changes offset).
 */

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function yearOfDay(dayNumber: DayNumber): number {
  return civilFromDay(dayNumber).year;
}

/** 0 = Sunday ... 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDay(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatDay(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Parses "YYYY-MM-DD"; null when it is not a real calendar date. */
export function parseDay(text: string): DayNumber | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const result = dayFromCivil(year, month, day);
  const back = civilFromDay(result);
  return back.month === month && back.day === day ? result : null;
}

const knownZones = new Set<string>();

export function isKnownTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    return false;
  }
  knownZones.add(timeZone);
  return true;
}

/** Converts instants to local day numbers in one IANA zone, with an offset cache. */
export class ZoneClock {
  private readonly formatter: Intl.DateTimeFormat;
  /** UTC day number → offset in ms, or NaN when the offset changes during that day. */
  private readonly offsetByUtcDay = new Map<number, number>();
  private readonly offsetByUtcHour = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  }

  localDay(epochMs: number): DayNumber {
    return Math.floor((epochMs + this.offsetAt(epochMs)) / MS_PER_DAY);
  }

  offsetAt(epochMs: number): number {
    const utcDay = Math.floor(epochMs / MS_PER_DAY);
    let offset = this.offsetByUtcDay.get(utcDay);
    if (offset === undefined) {
      const start = this.computeOffset(utcDay * MS_PER_DAY);
      const end = this.computeOffset(utcDay * MS_PER_DAY + MS_PER_DAY - 1000);
      offset = start === end ? start : Number.NaN;
      this.offsetByUtcDay.set(utcDay, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    return this.hourOffset(epochMs);
  }

  /** Transition days: cache per hour when the hour is uniform, else compute exactly. */
  private hourOffset(epochMs: number): number {
    const utcHour = Math.floor(epochMs / MS_PER_HOUR);
    let offset = this.offsetByUtcHour.get(utcHour);
    if (offset === undefined) {
      const start = this.computeOffset(utcHour * MS_PER_HOUR);
      const end = this.computeOffset(utcHour * MS_PER_HOUR + MS_PER_HOUR - 1000);
      offset = start === end ? start : Number.NaN;
      this.offsetByUtcHour.set(utcHour, offset);
    }
    return Number.isNaN(offset) ? this.computeOffset(epochMs) : offset;
  }

  private computeOffset(epochMs: number): number {
    const wholeSecond = Math.floor(epochMs / 1000) * 1000;
    const fields: Record<string, number> = {};
    for (const part of this.formatter.formatToParts(wholeSecond)) {
      if (part.type !== "literal") fields[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
    return asUtc - wholeSecond;
  }
}

const clocks = new Map<string, ZoneClock>();

/** One shared clock per zone, so the offset cache survives across plans. */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new ZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}
