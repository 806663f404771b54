import { readEnv } from "@/env-schema";

/**
 * Cookie security follows the public URL: Secure (and the __Secure- name
 * prefix) whenever the app is served over https, plain on http://localhost
 * where browsers would drop a Secure cookie.
 */
export function usesSecureCookies(): boolean {
  return readEnv("APP_URL").startsWith("https://");
}

/** The name Auth.js gives the session cookie under the setting above. */
export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}authjs.session-token`;
}
