"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { type LogEventRequest, ZLogEventInput } from "@/server/opportunities/log-event-input";
import { asSentence, fieldMessages, type FieldMessages } from "@/server/validation/issues";
import { useTRPC } from "@/trpc/react";

export interface Logged {
  message: string;
  opportunityKey: string | null;
}

/** The server's field messages (the same schema, so the same words), first message per field. */
function serverFieldMessages(error: unknown): FieldMessages {
  const data = error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>).data : null;
  const result: FieldMessages = {};
  for (const [path, messages] of Object.entries(data?.fieldErrors ?? {})) if (messages?.[0]) result[path] = messages[0];
  return result;
}

/**
 * One event form's round trip. The request is checked with the schema the
 * server takes (src/server/opportunities/log-event-input.ts) before anything
 * is sent, so a bad field shows the engine's own message beside it at once;
 * the server answers the same message for the same input. On success the
 * lists that show the event are refreshed.
 *
 * `shows(path)` says which schema paths ("event.at", "details.title",
 * "event.interviewers[1].name") the form has a field for; any other message
 * is shown on top of the form.
 */
export function useLogEvent(shows: (path: string) => boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [clientErrors, setClientErrors] = useState<FieldMessages>({});
  const [logged, setLogged] = useState<Logged | null>(null);
  const mutation = useMutation(trpc.opportunities.logEvent.mutationOptions());
  const all = { ...serverFieldMessages(mutation.error), ...clientErrors };
  const unshown = Object.entries(all).find(([path]) => !shows(path));
  const formError = unshown
    ? asSentence(unshown[1])
    : mutation.error && Object.keys(all).length === 0
      ? mutation.error instanceof Error
        ? mutation.error.message
        : "Something went wrong. Please try again."
      : null;

  async function submit(request: LogEventRequest, onSaved: (result: { opportunityKey: string | null }) => string) {
    setLogged(null);
    mutation.reset();
    const checked = ZLogEventInput.safeParse(request);
    setClientErrors(checked.success ? {} : fieldMessages(checked.error));
    if (!checked.success) return false;
    try {
      const result = await mutation.mutateAsync(request);
      setLogged({ message: onSaved(result), opportunityKey: result.opportunityKey });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.opportunities.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.followUps.pathKey() }),
      ]);
      return true;
    } catch {
      return false; // shown from mutation.error
    }
  }

  return {
    /** The message for a schema path, as a sentence, or undefined. */
    errorAt: (path: string): string | undefined => (all[path] ? asSentence(all[path]) : undefined),
    formError,
    pending: mutation.isPending,
    logged,
    submit,
  };
}

/** `shows` for a form with exactly these fields (exact paths, or patterns for rows). */
export function showsPaths(...paths: (string | RegExp)[]): (path: string) => boolean {
  return (path) => paths.some((shown) => (typeof shown === "string" ? shown === path : shown.test(path)));
}
