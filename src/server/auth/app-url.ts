/**
 * The app's public address comes from configuration (APP_URL), never from
 * the request: Host and X-Forwarded-Host are whatever the sender typed, and
 * a link built from them in an email is a link to the sender's server.
 * Every absolute URL we put in an email or a redirect starts here.
 */
import { readEnv } from "@/env-schema";

/** APP_URL's origin, e.g. "https://app.example.edu" (no trailing slash, no path). */
export function appOrigin(): string {
  return new URL(readEnv("APP_URL")).origin;
}

/** An absolute URL on APP_URL for one of our own paths ("/invite/…"). */
export function appUrlFor(path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error(`appUrlFor needs an absolute path, got "${path}"`);
  return new URL(path, appOrigin()).toString();
}

/**
 * Moves a URL Auth.js built onto APP_URL's origin, keeping its path and
 * query, after checking the path is the one we expect. Auth.js derives its
 * URLs from AUTH_URL (pinned to APP_URL in config.ts); this is the last
 * check before a link leaves in an email, so a mistake upstream cannot put
 * a sign-in token on someone else's host.
 */
export function rebaseOnAppUrl(url: string, expectedPath: string): string {
  const parsed = new URL(url);
  if (parsed.pathname !== expectedPath) throw new Error(`Refusing to email a link to an unexpected path: ${parsed.pathname}`);
  return new URL(`${parsed.pathname}${parsed.search}`, appOrigin()).toString();
}
