/**
 * The server's configuration, declared once: each variable's schema and
 * default. `env` (src/env.ts) validates them all when the server boots;
 * domain code reads one at a time through `readEnv`, never `process.env`.
 * This module has no side effects, so importing it never fails a test or
 * a script that needs only one variable.
 */
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production" && process.env.FOLLOWTHROUGH_E2E !== "1";
// Production sends mail through Resend. Without a key, sign-in links would
// sit in the development outbox where no one reads them: refuse to start,
// unless the operator says outright that this is what they want.
const allowsDevOutbox = process.env.ALLOW_DEV_OUTBOX === "1";
const RESEND_KEY_FORMAT = 'must be a Resend API key starting with "re_"';

/** Each server variable's schema, declared once: `env` validates them all at boot, `readEnv` one at the moment it is needed. */
export const SERVER_ENV = {
    DATABASE_URL: z.url({ message: "must be a postgresql:// connection string for the application role" }),
    MIGRATION_DATABASE_URL: z.url().optional(),
    AUTH_SECRET: isProduction
      ? z.string().min(32, { message: "must be at least 32 random characters (openssl rand -base64 32)" })
      : z.string().min(1).optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    RESEND_API_KEY:
      isProduction && !allowsDevOutbox
        ? z
            .string({ error: "is required in production (set ALLOW_DEV_OUTBOX=1 to keep mail in the development outbox instead)" })
            .startsWith("re_", { message: RESEND_KEY_FORMAT })
        : z.string().startsWith("re_", { message: RESEND_KEY_FORMAT }).optional(),
    ALLOW_DEV_OUTBOX: z.enum(["0", "1"], { message: 'must be "1" (or unset)' }).optional(),
    // How many proxies in front of the app append to X-Forwarded-For; 0 trusts none (src/server/auth/client-address.ts).
    TRUSTED_PROXY_HOPS: z.coerce.number({ message: "must be a whole number of proxies, 0 or more" }).int().min(0).max(10).default(0),
    // Absolute session lifetime, in days (src/server/auth/session-lifetime.ts).
    SESSION_MAX_AGE_DAYS: z.coerce.number({ message: "must be a number of days" }).int().min(1).max(90).default(14),
    EMAIL_FROM: z.string().min(3).default("Followthrough <followthrough@example.com>"),
    // Resend's webhook signing secret (src/app/api/webhooks/resend); unset, the endpoint answers 503.
    RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_", { message: 'must be the webhook\'s signing secret from Resend, starting with "whsec_"' }).optional(),
    INNGEST_EVENT_KEY: z.string().optional(),
    INNGEST_SIGNING_KEY: z.string().optional(),
    INNGEST_DEV: z.string().optional(),
};

export type ServerEnvName = keyof typeof SERVER_ENV;

/**
 * One variable, validated now with its declared schema and default (the
 * same as `env`'s). Domain code reads configuration through this, never
 * `process.env` directly; reading at call time lets a test or a
 * long-running worker see the value as it is. Throws naming the variable
 * when it is set to something invalid.
 */
export function readEnv<Name extends ServerEnvName>(name: Name): z.output<(typeof SERVER_ENV)[Name]> {
  const raw = process.env[name];
  const parsed = SERVER_ENV[name].safeParse(raw === "" ? undefined : raw);
  if (!parsed.success) throw new Error(`Invalid environment variable ${name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data as z.output<(typeof SERVER_ENV)[Name]>;
}

