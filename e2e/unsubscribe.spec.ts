/**
 * The unsubscribe link, as a person and a mail provider meet it: the page
 * without signing in (keyboard only, no serious or critical axe finding,
 * no sideways scroll on a phone), and the one-click POST from a mail
 * provider's own origin, which the cross-site rule lets through.
 */
import AxeBuilder from "@axe-core/playwright";
import { createUnsubscribeToken } from "../src/server/mail/unsubscribe-link";
import { expect, test, type Organization, type Page } from "./fixtures";

/** The test's own Lakeshore seeker: the organization and membership a token names. */
const seekerOf = (lakeshore: Organization) => ({ organizationId: lakeshore.organization.id, membershipId: lakeshore.seeker.membership.id });

async function expectNoSeriousAxeFindings(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("a seeker unsubscribes from reminders and chooses the rest, with the keyboard, without signing in", async ({ page, lakeshore }) => {
  const seeker = seekerOf(lakeshore);
  const token = createUnsubscribeToken({ ...seeker, kind: "reminder" }, new Date());
  await page.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
  await expect(page.getByRole("heading", { name: "Email from Lakeshore Workforce Partners" })).toBeVisible();
  await expect(page.getByText(lakeshore.seeker.email)).toBeVisible();
  await expectNoSeriousAxeFindings(page);
  await page.screenshot({ path: "screenshots/unsubscribe.png", fullPage: true });

  // Keyboard only: the first control is the one-click button for the link's kind.
  const stop = page.getByRole("button", { name: "Unsubscribe from follow-up reminders" });
  await stop.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Unsubscribed. You will get no more follow-up reminders.");
  await expect(page.getByRole("checkbox", { name: "Follow-up reminders" })).not.toBeChecked();
  await expect(stop).toHaveCount(0);

  const digest = page.getByRole("checkbox", { name: "Weekly summaries" });
  await digest.focus();
  await page.keyboard.press("Space");
  await expect(digest).not.toBeChecked();
  await page.getByRole("checkbox", { name: "Follow-up reminders" }).check();
  await page.getByRole("button", { name: "Save my choices" }).press("Enter");
  await expect(page.getByRole("status")).toContainText("Saved");
  await expect(page.getByRole("checkbox", { name: "Follow-up reminders" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Weekly summaries" })).not.toBeChecked();
  await expectNoSeriousAxeFindings(page);

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "screenshots/unsubscribe-phone.png", fullPage: true });
});

test("a link that is not ours says so, and is axe-clean too", async ({ page }) => {
  await page.goto("/unsubscribe?token=made.up");
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expect(page.getByText("not one Followthrough made")).toBeVisible();
  await expectNoSeriousAxeFindings(page);
});

test("a mail provider's one-click POST from its own origin is let through; the webhook without a secret says it is not configured", async ({ request, lakeshore }) => {
  const seeker = seekerOf(lakeshore);
  const token = createUnsubscribeToken({ ...seeker, kind: "coach_nudge" }, new Date());
  const url = `/api/unsubscribe?token=${encodeURIComponent(token)}`;
  const response = await request.post(url, { headers: { Origin: "https://mail.example" }, form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ message: "Unsubscribed: no more notes from your coach." });
  // A look-alike path gets no exemption.
  expect((await request.post("/api/unsubscribex", { headers: { Origin: "https://mail.example" } })).status()).toBe(403);

  const webhook = await request.post("/api/webhooks/resend", { headers: { Origin: "https://svix.example", "Content-Type": "application/json" }, data: "{}" });
  expect(webhook.status()).toBe(503);
});
