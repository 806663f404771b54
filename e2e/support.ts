/** Shared steps: signing in through the dev mailbox, unique addresses. */
import { expect, type Page } from "@playwright/test";

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
 * Signs `email` in the way a person does: the sign-in form, the dev mailbox,
 * the link. For the specs about signing in; the others sign in through the
 * fixtures (fixtures/index.ts), which spend no magic link.
 */
export async function signInWithMagicLink(page: Page, email: string): Promise<void> {
  await requestMagicLink(page, email);
  await followNewestLink(page, email);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in with your email" })).toBeVisible();
}
