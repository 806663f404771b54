import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/server/db/client";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/server/db/unavailable";
import { AppError } from "@/server/errors";
import { auth } from "./index";
import { sessionCookieName } from "./session-cookie";

/** Who is signed in, as every procedure and page sees it. */
export interface RequestSession {
  userId: string;
  email: string;
  /** The organization the user picked; null until they pick one. */
  activeOrganizationId: string | null;
  sessionToken: string | null;
}

/**
 * The signed-in user for this request, or null. Cached per request: layouts,
 * pages and the tRPC context all ask, and each ask would be a query.
 *
 * The session token is read from the HttpOnly cookie on the server (it is
 * never put in the session object, which the browser can fetch).
 *
 * Auth.js logs and swallows a failed session lookup, returning no session,
 * so during a database outage everyone would look signed out and be sent to
 * sign in again. When a session cookie is present but no session came back,
 * one `SELECT 1` tells an outage (SERVICE_UNAVAILABLE, answered 503) from a
 * session that has really ended.
 */
export const getRequestSession = cache(async (): Promise<RequestSession | null> => {
  const session = await auth();
  const cookieStore = await cookies();
  const sessionToken = cookieStore.get(sessionCookieName())?.value ?? null;
  const userId = session?.user?.id;
  const email = session?.user?.email;
  if (!session || !userId || !email) {
    if (sessionToken) await assertDatabaseReachable();
    return null;
  }
  return { userId, email, activeOrganizationId: session.activeOrganizationId ?? null, sessionToken };
});

async function assertDatabaseReachable(): Promise<void> {
  try {
    await getDb().$queryRaw`SELECT 1`;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new AppError("SERVICE_UNAVAILABLE", UNAVAILABLE_MESSAGE);
    throw error;
  }
}
