/** Dates as people read them. Local dates are shown as written (no zone shift); instants in the viewer's zone. */
import { daysBetween } from "./calendar-days";

/** "Thu, Mar 12" (or "Thu, Mar 12, 2026") for a local date. */
export function displayDay(day: string, withYear = false): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  });
}

/** "due today", "2 days overdue", "due tomorrow", "due Thu, Mar 12". */
export function friendlyDue(due: string, today: string): string {
  const days = daysBetween(today, due);
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  if (days === -1) return "1 day overdue";
  if (days < 0) return `${-days} days overdue`;
  return `due ${displayDay(due)}`;
}

/** "Mar 10, 2026, 3:00 PM" in `timeZone` (the viewer's own when omitted). */
export function displayInstant(at: Date, timeZone?: string): string {
  return at.toLocaleString("en-US", { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", ...(timeZone ? { timeZone } : {}) });
}

/** "Thu, Mar 12" for the local day of `instant` in `timeZone`. Instants always name the zone, so server and browser render the same text. */
export function displayInstantDay(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString("en-US", { timeZone, weekday: "short", month: "short", day: "numeric" });
}

/** "Mar 10, 2026, 3:00 PM CDT": an instant with its zone named. */
export function displayDateTime(instant: Date, timeZone: string): string {
  return instant.toLocaleString("en-US", { timeZone, month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" });
}

/** "today", "yesterday", "5 days ago", "3 weeks ago", "2 months ago". */
export function displayAgo(instant: Date, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - instant.getTime()) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}
