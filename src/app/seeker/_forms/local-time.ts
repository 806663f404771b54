/**
 * Times are typed in the seeker's own local time (a datetime-local input)
 * and sent as ISO-8601 with that moment's UTC offset: the event contract
 * refuses a time without one, and the offset keeps the seeker's wall clock.
 */
const pad = (value: number) => String(Math.abs(value)).padStart(2, "0");

/** "2026-03-10T15:00" for now, in the browser's time zone (a datetime-local value). */
export function nowLocalInput(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-10T15:00" → "2026-03-10T15:00:00-05:00", or null when it is not a date and time. */
export function toOffsetInstant(local: string): string | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  if (Number.isNaN(date.getTime()) || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  // getTimezoneOffset is minutes behind UTC (300 in Chicago winter), hence the minus.
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${local.trim()}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** "Mar 10, 2026 at 3:00 PM" from an instant text, as it was written (its own offset, no conversion). */
export function formatWrittenInstant(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${day} at ${hour}:${pad(mi)} ${h < 12 ? "AM" : "PM"}`;
}

/** A readable, unique opportunity key: "acme-product-manager-m3k9x2". */
export function makeOpportunityKey(...parts: (string | null | undefined)[]): string {
  const slug = parts
    .filter(Boolean)
    .join(" ")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${slug || "opportunity"}-${Date.now().toString(36)}`;
}
