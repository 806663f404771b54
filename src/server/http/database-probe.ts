/**
 * "Can the database be reached?", asked by the proxy before it lets a page
 * render, so that an outage answers a 503 "briefly unavailable" page rather
 * than a 500 or a sign-in screen. A healthy answer is trusted for two
 * seconds (at most one probe per two seconds under load); a failed one is
 * never cached, so the app recovers on the first request after the
 * database is back, with no restart.
 *
 * It uses its own single pg connection, short connect timeout, not the
 * app's Prisma pool: the probe must answer fast even when that pool is
 * exhausted or wedged.
 */
import pg from "pg";

const HEALTHY_FOR_MS = 2_000;
const CONNECT_TIMEOUT_MS = 1_500;

const state = globalThis as unknown as { followthroughDatabaseHealthyAt?: number };

export async function isDatabaseReachable(connectionString: string | undefined, now = Date.now()): Promise<boolean> {
  if (!connectionString) return true; // Misconfiguration is env validation's to report, not an outage.
  if (state.followthroughDatabaseHealthyAt !== undefined && now - state.followthroughDatabaseHealthyAt < HEALTHY_FOR_MS) return true;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: CONNECT_TIMEOUT_MS });
  // An 'error' event with no listener would crash the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    state.followthroughDatabaseHealthyAt = Date.now();
    return true;
  } catch {
    state.followthroughDatabaseHealthyAt = undefined;
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
