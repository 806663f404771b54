/**
 * Zod issues in one voice, for every reader: the CLI prints one line
 * ("events[3].interviewers[0].role: unknown role \"boss\""), the tRPC error
 * formatter sends field → message, and a form shows the same message beside
 * the same field before anything is sent. Pure: the browser imports it too.
 */
import type { z } from "zod";

/** "events[3].interviewers[0].role" from a prefix and a zod path. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text ? `.${String(key)}` : String(key);
  return text;
}

/** The issue's message; a missing value reads "is required" whatever zod's default says. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === "invalid_type" && issue.input === undefined && issue.message.startsWith("Invalid input") ? "is required" : issue.message;
}

/** The first issue as one line: `field: message` (or the message alone when it concerns the whole value). */
export function firstIssueLine(error: z.ZodError, prefix = ""): { field: string; line: string } {
  const issue = error.issues[0];
  if (!issue) return { field: prefix, line: "The input is not valid." };
  const field = formatPath(prefix, issue.path);
  const message = issueMessage(issue);
  return { field, line: field ? `${field}: ${message}` : message };
}

export type FieldMessages = Record<string, string>;

/** Field path → its first message: what a form shows beside each field, on the client and from the server alike. */
export function fieldMessages(error: z.ZodError, prefix = ""): FieldMessages {
  const result: FieldMessages = {};
  for (const issue of error.issues) result[formatPath(prefix, issue.path) || "_"] ??= issueMessage(issue);
  return result;
}

/** A message fragment as a sentence to show a person: "a contact needs a name" → "A contact needs a name." */
export function asSentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?)]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
