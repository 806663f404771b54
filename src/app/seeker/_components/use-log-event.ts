"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterInputs } from "@trpc/server";
import { useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { useTRPC } from "@/trpc/react";
import { commonEventField, splitServerError, type FieldErrors } from "./server-errors";

export type LogEventInput = inferRouterInputs<AppRouter>["opportunities"]["logEvent"];

export interface Logged {
  message: string;
  opportunityKey: string | null;
}

/**
 * One event form's round trip: client checks first (nothing is sent while
 * a field is wrong), then the server's own field messages beside the same
 * fields, and on success the lists that show the event are refreshed.
 */
export function useLogEvent(pathToField: (path: string) => string | null = commonEventField) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [logged, setLogged] = useState<Logged | null>(null);
  const mutation = useMutation(trpc.opportunities.logEvent.mutationOptions());
  const server = splitServerError(mutation.error, pathToField);

  async function submit(checked: FieldErrors, build: () => LogEventInput, onSaved: (result: { opportunityKey: string | null }) => string) {
    setLogged(null);
    setClientErrors(checked);
    mutation.reset();
    if (Object.keys(checked).length > 0) return false;
    try {
      const result = await mutation.mutateAsync(build());
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
    errors: { ...server.fields, ...clientErrors },
    formError: server.form,
    pending: mutation.isPending,
    logged,
    submit,
  };
}
