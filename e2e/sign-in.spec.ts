/**
 * Signing in through the form and the dev mailbox, as people do. Each test
 * signs in people of its own organization (fixtures), so the per-address
 * limit of 5 links never carries over from another spec.
 */
import { expect, test } from "./fixtures";
import { requestMagicLink, signInWithMagicLink, signOut, uniqueEmail } from "./support";

test("a coach signs in through the dev mailbox and lands in the coach portal", async ({ page, northside }) => {
  await signInWithMagicLink(page, northside.coach.email);
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByRole("heading", { name: "Dashboard", exact: true })).toBeVisible();
  await expect(page.getByTestId("organization-name")).toHaveText("Northside Career Center");
  await expect(page.getByTestId("signed-in-email")).toHaveText(northside.coach.email);
  await page.screenshot({ path: "screenshots/coach-portal.png", fullPage: true });
});

test("a seeker signs in and lands in the seeker portal, and is turned away from the coach portal", async ({ page, northside }) => {
  await signInWithMagicLink(page, northside.seeker.email);
  await expect(page).toHaveURL(/\/seeker$/);
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await expect(page.getByTestId("organization-name")).toHaveText("Northside Career Center");
  await page.screenshot({ path: "screenshots/seeker-portal.png", fullPage: true });

  await page.goto("/coach");
  await expect(page).toHaveURL(/\/seeker$/);
  await page.goto("/coach/invitations");
  await expect(page).toHaveURL(/\/seeker$/);
});

test("signing out ends the session on the server", async ({ page, context, lakeshore }) => {
  // Through the mailbox: the cookie's flags checked below must be the ones Auth.js sets.
  await signInWithMagicLink(page, lakeshore.seeker.email);
  await expect(page).toHaveURL(/\/seeker$/);
  await expect(page.getByTestId("organization-name")).toHaveText("Lakeshore Workforce Partners");
  const [sessionCookie] = (await context.cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(sessionCookie?.httpOnly).toBe(true);
  expect(sessionCookie?.sameSite).toBe("Lax");

  await signOut(page);
  await page.goto("/seeker");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fseeker/);

  // Replaying the old cookie proves the session row is gone, not just the cookie.
  if (sessionCookie) await context.addCookies([sessionCookie]);
  await page.goto("/seeker");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("too many sign-in links for one address from one browser are refused with the neutral message, keeping the address", async ({ page }) => {
  const email = uniqueEmail("limited");
  for (let attempt = 0; attempt < 5; attempt++) await requestMagicLink(page, email);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#email-error")).toHaveText(/^We cannot send another sign-in link just now\. Try again in \d+ minutes?\.$/);
  await expect(page.getByLabel("Email address")).toHaveValue(email);
});

test("a malformed address gets a message beside the field and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#email-error")).toContainText("does not look like an email address");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-address");
});
