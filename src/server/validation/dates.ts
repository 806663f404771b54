/** Instants sent by clients: ISO-8601 with a UTC offset, in 1900–2100 (year 0000 once reached the planner). */
import { z } from "zod";
import { isYearInRange, YEAR_RANGE_MESSAGE } from "./text";

export function instantInput(message: string) {
  return z.iso
    .datetime({ offset: true, error: message })
    .refine((text) => isYearInRange(Number(text.slice(0, 4))), { error: `The year ${YEAR_RANGE_MESSAGE}.` });
}
