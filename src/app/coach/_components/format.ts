/** Dates as coaches read them. Plan dates are local calendar dates (YYYY-MM-DD): never shift them through a time zone. */
const DAY_MS = 86_400_000;

export function formatPlanDate(isoDate: string, withWeekday = true): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return date.toLocaleDateString("en-US", { timeZone: "UTC", ...(withWeekday ? { weekday: "short" } : {}), month: "short", day: "numeric" });
}

// Instants always name the zone: server and browser must render the same text.
export function formatInstant(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString("en-US", { timeZone, weekday: "short", month: "short", day: "numeric" });
}

export function formatDateTime(instant: Date, timeZone: string): string {
  return instant.toLocaleString("en-US", { timeZone, month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" });
}

/** "today", "yesterday", "5 days ago", "3 weeks ago". */
export function formatAgo(instant: Date, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - instant.getTime()) / DAY_MS);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** An offset in plain words: "the next business day", "3 business days", "7 calendar days". */
export function describeDays(days: number, unit: "business_days" | "calendar_days"): string {
  if (unit === "business_days") return days === 0 ? "the same day" : days === 1 ? "1 business day" : `${days} business days`;
  return days === 1 ? "1 day" : `${days} days`;
}
