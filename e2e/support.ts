/** Shared steps: signing in through the dev mailbox, unique addresses, screenshots. */
import { expect, type Cookie, type Page } from "@playwright/test";

/** A fresh address per run, so rate limits and memberships never carry over between runs. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.test`;
}

export async function requestMagicLink(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Opens the newest email to `email` in the dev mailbox and follows its link. */
export async function followNewestLink(page: Page, email: string): Promise<void> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const link = page.getByTestId("outbox-email").first().getByTestId("email-link");
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`No link in the newest email to ${email}`);
  await page.goto(href);
}

/**
 * Session cookies of the demo people already signed in during this run.
 * Sign-in links are limited to 5 per address and client in 15 minutes, and
 * every spec runs from one client address: signing the same demo coach in
 * for each test would trip the limit the sign-in specs prove. A cached
 * session is reused only while the server still accepts it.
 */
const signedIn = new Map<string, Cookie[]>();

/**
 * Signs `email` in and lands on their portal. `fresh` goes through the
 * sign-in form and the mailbox even when this run already has a session
 * (for the specs about signing in itself).
 */
export async function signIn(page: Page, email: string, options: { fresh?: boolean } = {}): Promise<void> {
  const cached = options.fresh ? undefined : signedIn.get(email);
  if (cached) {
    await page.context().addCookies(cached);
    await page.goto("/sign-in");
    // A live session is sent on to its portal; an ended one stays on the sign-in page.
    if (!new URL(page.url()).pathname.startsWith("/sign-in")) return;
    // Ended (a spec signed out): drop the stale cookie, or it would shadow the new one.
    signedIn.delete(email);
    await page.context().clearCookies({ name: /authjs\.session-token$/ });
  }
  await requestMagicLink(page, email);
  await followNewestLink(page, email);
  const session = (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token"));
  if (session.length > 0) signedIn.set(email, session);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in with your email" })).toBeVisible();
}
