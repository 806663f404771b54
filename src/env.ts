/**
 * Environment, validated when the server boots (src/instrumentation.ts) and
 * on first use. A bad or missing variable stops the server with one line per
 * variable naming it and saying what is wrong.
 */
import { createEnv } from "@t3-oss/env-nextjs";
import { SERVER_ENV } from "./env-schema";

export { readEnv } from "./env-schema";

export const env = createEnv({
  server: SERVER_ENV,
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
