/**
 * Is this a database error caused by the values sent, not by the app or
 * the database's health? Input schemas refuse such values first (NUL
 * bytes, lone surrogates, out-of-range dates, oversized strings); this is
 * the backstop that keeps a value they missed a 400 rather than a 500.
 *
 * PostgreSQL reports them as SQLSTATE class 22 ("data exception": 22021
 * NUL byte or bad UTF-8, 22P05 untranslatable character, 22007/22008 bad
 * or overflowing datetime, 22001 too long, 22003 out of range); Prisma as
 * P2000/P2007/P2020/P2033, or with the SQLSTATE in
 * `meta.driverAdapterError.cause.code`.
 */
import { anyCause } from "./error-causes";

/** SQLSTATE class 22. */
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/;
const PRISMA_INPUT_CODES = new Set(["P2000", "P2007", "P2020", "P2033"]);

export function isInvalidInputDatabaseError(error: unknown): boolean {
  return anyCause(error, (candidate) => {
    const code = typeof candidate.code === "string" ? candidate.code : "";
    if (PRISMA_INPUT_CODES.has(code) || DATA_EXCEPTION.test(code)) return true;
    const adapterCause = candidate.meta?.driverAdapterError?.cause;
    return [adapterCause?.code, adapterCause?.originalCode].some((inner) => typeof inner === "string" && DATA_EXCEPTION.test(inner));
  });
}

export const INVALID_INPUT_MESSAGE = "Some of what you entered cannot be stored. Check for unusual characters or dates, and try again.";
