/**
 * Server validation errors arrive as `error.data.fieldErrors`, keyed by the
 * event contract's field path ("event.interviewers[0].name") with messages
 * that repeat that path ("event.at: time ... has no UTC offset"). Forms map
 * the paths they show to their own field names and show the rest on top.
 */
import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/api/root";

export type FieldErrors = Record<string, string>;

const stripPath = (message: string) => message.replace(/^[\w.[\]]+: /, "");

function humanize(message: string): string {
  const text = stripPath(message);
  if (/has no UTC offset|is not an ISO-8601 time/.test(text)) return "Enter a valid date and time.";
  if (/is not a date/.test(text)) return "Enter a valid date.";
  if (text === "is required") return "This is required.";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Splits a mutation error into messages for this form's fields (`pathToField`
 * maps a server path to a form field name, or null when the form does not
 * show it) and one message for the top of the form.
 */
export function splitServerError(error: unknown, pathToField: (path: string) => string | null): { fields: FieldErrors; form: string | null } {
  if (!error) return { fields: {}, form: null };
  const data = error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>).data : null;
  const fields: FieldErrors = {};
  let form: string | null = null;
  for (const [path, messages] of Object.entries(data?.fieldErrors ?? {})) {
    const field = pathToField(path);
    const message = messages?.[0];
    if (!message) continue;
    if (field) fields[field] ??= humanize(message);
    else form ??= humanize(message);
  }
  if (Object.keys(fields).length === 0 && !form) form = error instanceof Error ? humanize(error.message) : "Something went wrong. Please try again.";
  return { fields, form };
}

/** The mapping every event form shares; forms add their own on top. */
export function commonEventField(path: string): string | null {
  if (path === "event.at") return "at";
  if (path === "details.title") return "title";
  if (path === "details.company") return "company";
  if (path.startsWith("event.contact")) return "contactName";
  if (path === "event.decisionDate") return "decisionDate";
  if (path === "event.channel") return "channel";
  if (path === "event.opportunity") return "opportunity";
  if (path === "event.result") return "result";
  const interviewer = /^event\.interviewers\[(\d+)\]\.(name|role)$/.exec(path);
  if (interviewer) return `interviewer-${interviewer[1]}-${interviewer[2]}`;
  return null;
}

/** The mapping for a form that shows only these fields; anything else goes on top of the form. */
export function onlyFields(...shown: (string | RegExp)[]): (path: string) => string | null {
  return (path) => {
    const field = commonEventField(path);
    return field && shown.some((item) => (typeof item === "string" ? item === field : item.test(field))) ? field : null;
  };
}
