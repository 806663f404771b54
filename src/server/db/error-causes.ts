/**
 * Walks an error and its `cause` chain (Prisma, tRPC and our own errors nest
 * the original), stopping on cycles: true when `test` holds for any link.
 */
export function anyCause(error: unknown, test: (candidate: ErrorLike) => boolean): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as ErrorLike;
    if (test(candidate)) return true;
    current = candidate.cause;
  }
  return false;
}

/** The fields database errors carry, all optional. */
export interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
}
