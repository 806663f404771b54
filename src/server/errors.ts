/**
 * The one error type for domain failures. Domain functions throw AppError;
 * the transport maps its code to tRPC/HTTP in one place
 * (src/server/api/error-mapping.ts). Messages are written for the person
 * using the app: they are shown as they are.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  /** The database (or another dependency) cannot be reached right now: HTTP 503. */
  | "SERVICE_UNAVAILABLE";

export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Which input field is wrong, when one is: forms show the message beside it. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
