/**
 * String checks every input string passes: a maximum length, no NUL byte
 * (PostgreSQL cannot store one in text and answered 500), and no lone UTF-16
 * surrogate (not a character at all; PostgreSQL refuses it in jsonb).
 * Messages name nothing: zod puts each beside its field, and callers that
 * print one line prefix the field's path.
 */
import { z } from "zod";
import { YEAR_RANGE } from "./limits";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored, or null. */
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character, which cannot be stored";
  if (LONE_SURROGATE.test(text)) return "contains an invalid character (a lone UTF-16 surrogate)";
  return null;
}

/** Appends the storability checks to a string schema. */
export function storable<T extends z.ZodType<string>>(schema: T): T {
  return schema.superRefine((text, ctx) => {
    const problem = textProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }) as unknown as T;
}

export interface TextOptions {
  max: number;
  /** The message when the string is longer than `max`. */
  tooLong?: string;
  /** When set, an empty (after trimming) string is refused with this message. */
  required?: string;
}

/** A trimmed, bounded, storable string. */
export function boundedText({ max, tooLong, required }: TextOptions) {
  let schema = z.string().trim();
  if (required) schema = schema.min(1, required);
  schema = schema.max(max, tooLong ?? `must be at most ${max.toLocaleString("en-US")} characters`);
  return storable(schema);
}

/** Is a year inside the range dates are accepted in? */
export function isYearInRange(year: number): boolean {
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

export const YEAR_RANGE_MESSAGE = `must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`;
