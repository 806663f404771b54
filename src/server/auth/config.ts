/**
 * Auth.js configuration: email magic links, database sessions.
 *
 * Built per request (NextAuth accepts a function) so that importing this
 * module, as `next build` does, never needs DATABASE_URL.
 */
import { readEnv } from "@/env-schema";
import type { NextAuthConfig } from "next-auth";
import Resend from "next-auth/providers/resend";
import { recordSignInAttempt } from "@/server/audit/record-outside-transaction";
import { getDb } from "@/server/db/client";
import { buildAdapter } from "./adapter";
import { appOrigin, rebaseOnAppUrl } from "./app-url";
import { safeReturnUrl } from "./portal";
import { sendMagicLink } from "./send-magic-link";
import { usesSecureCookies } from "./session-cookie";
import { MAGIC_LINK_MAX_AGE_SECONDS, SESSION_IDLE_SECONDS, SESSION_REFRESH_SECONDS } from "./session-lifetime";

export const AUTH_BASE_PATH = "/api/auth";

export function buildAuthConfig(): NextAuthConfig {
  // Auth.js builds its URLs (the magic link among them) from AUTH_URL when
  // it is set, in the route handlers and in the server-action signIn alike;
  // unset, it reads Host and X-Forwarded-Host, which anyone can forge. Pin it
  // to APP_URL before Auth.js looks (it reads process.env after this runs).
  process.env.AUTH_URL = appOrigin();
  return {
    adapter: buildAdapter(getDb()),
    session: { strategy: "database", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
    // Default cookie options are already HttpOnly, SameSite=Lax, path=/;
    // Secure and the __Secure- prefix follow APP_URL.
    useSecureCookies: usesSecureCookies(),
    // Auth.js refuses requests unless told to trust their URL. It may: the
    // URL it sees is always APP_URL's (AUTH_URL above, and the route handler
    // re-bases requests itself), never one built from request headers.
    trustHost: true,
    basePath: AUTH_BASE_PATH,
    providers: [
      Resend({
        // The mailer decides the transport; this key only satisfies the provider's shape.
        apiKey: readEnv("RESEND_API_KEY") ?? "outbox",
        from: readEnv("EMAIL_FROM"),
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        sendVerificationRequest: ({ identifier, url, expires }) =>
          sendMagicLink({ identifier, url: rebaseOnAppUrl(url, `${AUTH_BASE_PATH}/callback/resend`), expires }),
      }),
    ],
    // The audit trail: a completed sign-in, in each of the user's organizations
    // (failed attempts are recorded where the link is checked, in adapter.ts).
    events: {
      async signIn({ user }) {
        if (user.email) await recordSignInAttempt({ email: user.email, succeeded: true });
      },
    },
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/sign-in/error",
    },
    callbacks: {
      // Every redirect Auth.js makes (after sign-in, sign-out, into the
      // magic link's callbackUrl) stays on APP_URL, on a safe path.
      redirect({ url }) {
        return safeReturnUrl(url, "/");
      },
      // With database sessions Auth.js passes the adapter's Session row as
      // `session` (spread with the user), so our own column is right there.
      session({ session, user }) {
        const row = session as unknown as { activeOrganizationId?: string | null };
        return {
          expires: session.expires,
          user: { id: user.id, email: user.email, name: user.name ?? null },
          activeOrganizationId: row.activeOrganizationId ?? null,
        } as typeof session;
      },
    },
  };
}

declare module "next-auth" {
  interface Session {
    activeOrganizationId: string | null;
  }
}
