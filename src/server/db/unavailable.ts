/**
 * Is this error "the database cannot be reached right now", as opposed to a
 * bug or bad input? Such failures are answered with one plain "briefly
 * unavailable" (HTTP 503) everywhere, instead of a 500, and above all
 * instead of "please sign in again": a session lookup that fails because
 * PostgreSQL is down must not look like a missing session.
 *
 * The shapes below were observed by pointing the app at a closed port and at
 * a stopped server: Prisma 7 wraps adapter-pg failures in
 * PrismaClientKnownRequestError with P1001 (or P2010 for raw queries) and a
 * `driverAdapterError.cause.kind`; pool waits surface as P2024/P2028; raw pg
 * errors carry a Node socket code or a PostgreSQL SQLSTATE of class 08/57P.
 */
import { anyCause } from "./error-causes";

const PRISMA_UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const ADAPTER_UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// Messages only for errors that carry no code (pg's own); a bare "connection refused" in some other error is not enough.
const PG_MESSAGES = [/^connection terminated/i, /^timeout exceeded when trying to connect/i, /can't reach database server/i];

/** SQLSTATE classes meaning "not now": connection exceptions (08), shutdown/cannot connect now (57P01–57P03), too many connections (53300). */
function isUnavailableSqlState(code: string): boolean {
  return /^08/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return anyCause(error, (candidate) => {
    const code = typeof candidate.code === "string" ? candidate.code : "";
    if (PRISMA_UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code) || isUnavailableSqlState(code)) return true;
    const kind = candidate.meta?.driverAdapterError?.cause?.kind ?? candidate.kind;
    if (typeof kind === "string" && ADAPTER_UNAVAILABLE_KINDS.has(kind)) return true;
    const message = candidate.message;
    return typeof message === "string" && PG_MESSAGES.some((pattern) => pattern.test(message));
  });
}

export const UNAVAILABLE_MESSAGE = "Followthrough is briefly unavailable. Nothing you saved was lost; please try again in a minute.";
