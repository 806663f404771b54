import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { signInWithMagicLink } from "./support";

test("an admin reads the audit log: their own sign-in, a coach's view of a seeker's record, filters that stay in the URL", async ({ page, coachPage, northside }) => {
  // A coach opens a seeker's record first, so the admin has a disclosure to find.
  await coachPage.goto("/coach/seekers");
  await coachPage.getByRole("link", { name: /Jordan Ellis/ }).first().click();
  await expect(coachPage).toHaveURL(/\/coach\/seekers\/.+/);
  await coachPage.context().close();

  // Through the mailbox: the admin's own sign-in is what the log must show.
  await signInWithMagicLink(page, northside.admin.email);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const rows = page.getByTestId("audit-row");
  await expect(rows.filter({ hasText: "Signed in" }).first()).toBeVisible();

  await page.getByLabel("What happened").selectOption("seeker_record_viewed");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=seeker_record_viewed/);
  await expect(rows.first()).toContainText("Viewed a seeker's record");
  await expect(rows.first()).toContainText("Jordan Ellis");
  await expect(rows.filter({ hasText: "Signed in" })).toHaveCount(0);
  await page.screenshot({ path: "screenshots/audit-log.png", fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  // On a phone the table scrolls inside its card; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "screenshots/audit-log-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Following a seeker's name filters to everything about them.
  await rows.first().getByRole("link", { name: /Jordan Ellis/ }).click();
  await expect(page).toHaveURL(/subject=/);
  await expect(page.getByRole("link", { name: /About one seeker/ })).toBeVisible();
});

test("a bad date filter is explained beside its field and keeps the other filters", async ({ adminPage: page }) => {
  await page.goto("/coach/audit?action=access_denied&from=2026-12-01&to=2026-11-01");
  await expect(page.locator("#audit-to-error")).toHaveText("The start date must be on or before the end date.");
  await expect(page.getByLabel("What happened")).toHaveValue("access_denied");
  await expect(page.getByLabel("From")).toHaveValue("2026-12-01");
});

test("coaches and seekers cannot open the audit log", async ({ coachPage: page }) => {
  await page.goto("/coach");
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  const response = await page.goto("/coach/audit");
  expect(response?.status()).toBe(404);
});
