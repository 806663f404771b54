/**
 * Environment, validated when the server boots (src/instrumentation.ts) and
 * on first use. A bad or missing variable stops the server with one line per
 * variable naming it and saying what is wrong.
 */
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production" && process.env.FOLLOWTHROUGH_E2E !== "1";

export const env = createEnv({
  server: {
    DATABASE_URL: z.url({ message: "must be a postgresql:// connection string for the application role" }),
    MIGRATION_DATABASE_URL: z.url().optional(),
    AUTH_SECRET: isProduction
      ? z.string().min(32, { message: "must be at least 32 random characters (openssl rand -base64 32)" })
      : z.string().min(1).optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    RESEND_API_KEY: z.string().startsWith("re_", { message: 'must be a Resend API key starting with "re_"' }).optional(),
    EMAIL_FROM: z.string().min(3).default("Followthrough <followthrough@example.com>"),
    INNGEST_EVENT_KEY: z.string().optional(),
    INNGEST_SIGNING_KEY: z.string().optional(),
    INNGEST_DEV: z.string().optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  onValidationError: (issues) => {
    const lines = issues.map((issue) => {
      const name = issue.path?.map((part) => (typeof part === "object" ? part.key : part)).join(".") ?? "?";
      return `  ${String(name)}: ${issue.message}`;
    });
    console.error(`Invalid environment variables:\n${lines.join("\n")}\nSee README.md, "Environment".`);
    throw new Error(`Invalid environment variables: ${issues.map((issue) => issue.path?.join(".")).join(", ")}`);
  },
});
