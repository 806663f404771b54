"use client";

import { formatWrittenInstant } from "@/app/seeker/_forms/local-time";
import { useHydrated } from "@/app/seeker/_forms/when-field";

/**
 * An instant in the viewer's own time zone. The server does not know it, so
 * the first render shows the time as it was written (with the offset the
 * seeker's device sent), and the browser then shows its local reading.
 */
export function LocalInstant({ at, written }: { at: Date; written: string }) {
  const hydrated = useHydrated();
  const text = hydrated
    ? at.toLocaleString("en-US", { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" }).replace(/, (\d+:)/, " at $1")
    : (formatWrittenInstant(written) ?? "");
  return <time dateTime={at.toISOString()}>{text}</time>;
}
