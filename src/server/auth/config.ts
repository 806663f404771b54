/**
 * Auth.js configuration: email magic links, database sessions.
 *
 * Built per request (NextAuth accepts a function) so that importing this
 * module, as `next build` does, never needs DATABASE_URL.
 */
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthConfig } from "next-auth";
import Resend from "next-auth/providers/resend";
import { getDb } from "@/server/db/client";
import { sendMagicLink } from "./send-magic-link";
import { usesSecureCookies } from "./session-cookie";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export function buildAuthConfig(): NextAuthConfig {
  return {
    // The generated client is structurally the adapter's PrismaClient; the
    // types differ only because ours is generated to a custom path.
    adapter: PrismaAdapter(getDb() as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: "database", maxAge: THIRTY_DAYS, updateAge: 24 * 60 * 60 },
    // Default cookie options are already HttpOnly, SameSite=Lax, path=/;
    // Secure and the __Secure- prefix follow APP_URL.
    useSecureCookies: usesSecureCookies(),
    trustHost: true,
    providers: [
      Resend({
        // The mailer decides the transport; this key only satisfies the provider's shape.
        apiKey: process.env.RESEND_API_KEY ?? "outbox",
        from: process.env.EMAIL_FROM ?? "Followthrough <followthrough@example.com>",
        maxAge: 24 * 60 * 60,
        sendVerificationRequest: ({ identifier, url, expires }) => sendMagicLink({ identifier, url, expires }),
      }),
    ],
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/sign-in/error",
    },
    callbacks: {
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
