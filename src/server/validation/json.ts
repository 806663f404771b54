/**
 * Free-form JSON input (an event before the engine validates it, a tuned
 * policy): whatever its shape, it is bounded before anything reads it, so
 * a single request cannot carry a 3,000-character key, a 50 MB string, a
 * NUL byte or a million-element array into the planner or the event log.
 * The engine's own schema then validates the shape and the meaning.
 */
import { z } from "zod";
import { LIMITS } from "./limits";
import { textProblem } from "./text";

/** The first problem in `value` as `[path, message]`, or null. */
export function jsonProblem(value: unknown, path: PropertyKey[] = [], depth = 0): [PropertyKey[], string] | null {
  if (typeof value === "string") {
    if (value.length > LIMITS.jsonString) return [path, `must be at most ${LIMITS.jsonString.toLocaleString("en-US")} characters`];
    const problem = textProblem(value);
    return problem ? [path, problem] : null;
  }
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : [path, "must be a finite number"];
  if (typeof value !== "object") return [path, "must be JSON (text, numbers, true/false, lists and objects)"];
  if (depth >= LIMITS.jsonDepth) return [path, `is nested too deeply (at most ${LIMITS.jsonDepth} levels)`];
  if (value instanceof Date) return null;
  if (Array.isArray(value)) {
    if (value.length > LIMITS.jsonEntries) return [path, `holds too many items (at most ${LIMITS.jsonEntries})`];
    for (const [index, item] of value.entries()) {
      const problem = jsonProblem(item, [...path, index], depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return [path, "must be a plain object"];
  const entries = Object.entries(value);
  if (entries.length > LIMITS.jsonEntries) return [path, `holds too many fields (at most ${LIMITS.jsonEntries})`];
  for (const [key, item] of entries) {
    if (key.length > LIMITS.key) return [path, `has a field name longer than ${LIMITS.key} characters`];
    const keyProblem = textProblem(key);
    if (keyProblem) return [path, `has a field name that ${keyProblem}`];
    const problem = jsonProblem(item, [...path, key], depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** A JSON object of bounded size, depth and strings; its shape is the next schema's to check. */
export const ZBoundedJsonObject = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  const problem = jsonProblem(value);
  if (problem) ctx.addIssue({ code: "custom", path: problem[0], message: problem[1] });
});

/** Any bounded JSON value. */
export const ZBoundedJson = z.unknown().superRefine((value, ctx) => {
  const problem = jsonProblem(value);
  if (problem) ctx.addIssue({ code: "custom", path: problem[0], message: problem[1] });
});
