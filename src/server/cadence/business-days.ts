/**
 * Business-day calendars: Monday to Friday minus the public holidays
 * (type "public" only, never observances or optional days) that the
 * date-holidays library lists for a country and optional region.
 * Holidays are loaded per year, once, into a set of day numbers.
 */
import Holidays from "date-holidays";
import { type DayNumber, parseDay, weekdayOfDay, yearOfDay } from "@/server/dates";

const MS_PER_DAY = 86_400_000;
const MAX_GAP_YEARS = 3;
const CALENDAR_CODE = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,4}))?(?:-([A-Za-z0-9]{1,6}))?$/;

export interface BusinessCalendar {
  /** The calendar code ("US", "US-CA", "GB") or null for weekends only. */
  readonly code: string | null;
  isBusinessDay(day: DayNumber): boolean;
}

type CalendarParts = { country: string; state?: string; region?: string };
const resolvedCodes = new Map<string, CalendarParts | null>();

/** Parses "US", "US-CA" or "DE-BY-A" into the parts date-holidays expects; null if unknown. Cached: the lookup is slow. */
export function resolveHolidayCalendar(code: string): CalendarParts | null {
  let parts = resolvedCodes.get(code);
  if (parts === undefined) {
    parts = lookUpHolidayCalendar(code);
    if (resolvedCodes.size < 1000) resolvedCodes.set(code, parts);
  }
  return parts;
}

function lookUpHolidayCalendar(code: string): CalendarParts | null {
  const match = CALENDAR_CODE.exec(code);
  if (!match) return null;
  const country = match[1]!.toUpperCase();
  const state = match[2]?.toUpperCase();
  const region = match[3]?.toUpperCase();
  const lookup = new Holidays();
  if (!(country in lookup.getCountries())) return null;
  if (state && !(state in (lookup.getStates(country) ?? {}))) return null;
  if (state && region && !(region in (lookup.getRegions(country, state) ?? {}))) return null;
  return { country, state, region };
}

export function isKnownHolidayCalendar(code: string): boolean {
  return resolveHolidayCalendar(code) !== null;
}

class HolidayCalendar implements BusinessCalendar {
  private readonly holidays = new Set<DayNumber>();
  private readonly loadedYears = new Set<number>();
  private readonly library: Holidays;
  private firstLoaded = Number.POSITIVE_INFINITY;
  private lastLoaded = Number.NEGATIVE_INFINITY;

  constructor(readonly code: string) {
    const parts = resolveHolidayCalendar(code);
    if (!parts) throw new Error(`unknown holiday calendar "${code}"`);
    this.library = parts.state
      ? parts.region
        ? new Holidays(parts.country, parts.state, parts.region)
        : new Holidays(parts.country, parts.state)
      : new Holidays(parts.country);
  }

  isBusinessDay(day: DayNumber): boolean {
    const weekday = weekdayOfDay(day);
    if (weekday === 0 || weekday === 6) return false;
    // Inside the contiguous run of loaded years no year lookup is needed.
    if (day < this.firstLoaded || day > this.lastLoaded) this.ensureYear(yearOfDay(day));
    return !this.holidays.has(day);
  }

  private ensureYear(year: number): void {
    if (this.loadedYears.has(year)) return;
    if (this.loadedYears.size === 0) {
      this.loadYear(year);
      this.firstLoaded = startOfYear(year);
      this.lastLoaded = startOfYear(year + 1) - 1;
      return;
    }
    const lowYear = yearOfDay(this.firstLoaded);
    const highYear = yearOfDay(this.lastLoaded);
    if (year < lowYear && lowYear - year <= MAX_GAP_YEARS) {
      for (let y = year; y < lowYear; y++) this.loadYear(y);
      this.firstLoaded = startOfYear(year);
    } else if (year > highYear && year - highYear <= MAX_GAP_YEARS) {
      for (let y = highYear + 1; y <= year; y++) this.loadYear(y);
      this.lastLoaded = startOfYear(year + 1) - 1;
    } else {
      // A far-away year: load it alone; later lookups find it in loadedYears.
      this.loadYear(year);
    }
  }

  private loadYear(year: number): void {
    if (this.loadedYears.has(year)) return;
    this.loadedYears.add(year);
    for (const holiday of this.library.getHolidays(year)) {
      if (holiday.type !== "public") continue;
      const first = parseDay(holiday.date.slice(0, 10));
      if (first === null) continue;
      // A few countries list multi-day holidays; count every day they span.
      const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
      for (let offset = 0; offset < span; offset++) this.holidays.add(first + offset);
    }
  }
}

function startOfYear(year: number): DayNumber {
  return parseDay(`${String(year).padStart(4, "0")}-01-01`)!;
}

const weekendsOnly: BusinessCalendar = {
  code: null,
  isBusinessDay: (day) => {
    const weekday = weekdayOfDay(day);
    return weekday !== 0 && weekday !== 6;
  },
};

const calendars = new Map<string, BusinessCalendar>();

/** One shared calendar per code, so each year's holidays are computed once per process. */
export function businessCalendar(code: string | null | undefined): BusinessCalendar {
  if (!code) return weekendsOnly;
  let calendar = calendars.get(code);
  if (!calendar) {
    calendar = new HolidayCalendar(code);
    calendars.set(code, calendar);
  }
  return calendar;
}

/** The day itself if it is a business day, else the next one. */
export function rollForward(calendar: BusinessCalendar, day: DayNumber): DayNumber {
  let result = day;
  while (!calendar.isBusinessDay(result)) result++;
  return result;
}

/** B+n: the n-th business day after `day` (the day itself never counts). B+0 is `day` rolled. */
export function addBusinessDays(calendar: BusinessCalendar, day: DayNumber, count: number): DayNumber {
  if (count === 0) return rollForward(calendar, day);
  let result = day;
  for (let remaining = count; remaining > 0; ) {
    result++;
    if (calendar.isBusinessDay(result)) remaining--;
  }
  return result;
}

/** D+n rolled: n calendar days after `day`, moved forward to a business day. */
export function addCalendarDaysRolled(calendar: BusinessCalendar, day: DayNumber, count: number): DayNumber {
  return rollForward(calendar, day + count);
}
