import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { RequestSession } from "@/server/api/trpc";
import { auth } from "./index";
import { sessionCookieName } from "./session-cookie";

/**
 * The signed-in user for this request, or null. Cached per request: layouts,
 * pages and the tRPC context all ask, and each ask would be a query.
 *
 * The session token is read from the HttpOnly cookie on the server (it is
 * never put in the session object, which the browser can fetch).
 */
export const getRequestSession = cache(async (): Promise<RequestSession | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const email = session?.user?.email;
  if (!session || !userId || !email) return null;
  const cookieStore = await cookies();
  return {
    userId,
    email,
    activeOrganizationId: session.activeOrganizationId ?? null,
    sessionToken: cookieStore.get(sessionCookieName())?.value ?? null,
  };
});
