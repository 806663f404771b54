/**
 * In-process work that must not hold up the response: after it, when there
 * is a request (Next's `after`, which keeps the server from treating the
 * request as finished until the work settles), else on its own (a script, a
 * test). Failures are logged in one line; the caller's change is committed.
 */
import { after } from "next/server";

export function runOffRequest(label: string, work: () => Promise<unknown>): void {
  const guarded = () =>
    work().then(
      () => undefined,
      (error: unknown) => console.error(`[off-request] ${label} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  try {
    after(guarded);
  } catch {
    // Outside a request scope `after` throws: run it now, detached.
    void guarded();
  }
}
