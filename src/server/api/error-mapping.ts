/**
 * The one place where domain errors become transport errors.
 */
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";
import { INVALID_INPUT_MESSAGE, isInvalidInputDatabaseError } from "@/server/db/invalid-input";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/server/db/unavailable";
import { AppError, isAppError, type AppErrorCode } from "@/server/errors";
import { firstIssueLine, formatPath, issueMessage } from "@/server/validation/issues";

const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

export const GENERIC_FAILURE_MESSAGE = "Something went wrong on our side. Nothing you entered was lost; please try again.";

/** Converts anything a procedure throws into a TRPCError fit to send. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    if (isAppError(error.cause)) return toTRPCError(error.cause);
    if (error.code === "INTERNAL_SERVER_ERROR" && (isDatabaseUnavailable(error.cause) || isInvalidInputDatabaseError(error.cause))) return toTRPCError(error.cause);
    return error;
  }
  if (isAppError(error)) return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
  if (error instanceof ZodError) return new TRPCError({ code: "BAD_REQUEST", message: firstIssueMessage(error), cause: error });
  if (isInvalidInputDatabaseError(error)) return new TRPCError({ code: "BAD_REQUEST", message: INVALID_INPUT_MESSAGE, cause: error instanceof Error ? error : undefined });
  if (isDatabaseUnavailable(error)) return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE, cause: error instanceof Error ? error : undefined });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: GENERIC_FAILURE_MESSAGE, cause: error instanceof Error ? error : undefined });
}

/**
 * Field → message, for forms to show beside each input: exactly what the
 * form's own check of the same schema shows for the same input
 * (src/server/validation/issues.ts). A domain error names its field; its
 * message leads with that field for one-line readers, which a form drops.
 */
export function fieldErrorsOf(cause: unknown): Record<string, string[]> | null {
  if (cause instanceof ZodError) return fieldErrors(cause);
  if (cause instanceof AppError && cause.field) {
    const prefix = `${cause.field}: `;
    return { [cause.field]: [cause.message.startsWith(prefix) ? cause.message.slice(prefix.length) : cause.message] };
  }
  return null;
}

/** "event.at: is required": the first issue as one line. */
export const firstIssueMessage = (error: ZodError): string => firstIssueLine(error).line;

/** Field path ("event.interviewers[0].name") → its messages, in the form's own voice. */
export function fieldErrors(error: ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) (result[formatPath("", issue.path) || "_"] ??= []).push(issueMessage(issue));
  return result;
}
