/**
 * Roles inside an organization, in the browser: a coach opening another
 * coach's seeker gets the not-found page; the admin-only settings page
 * (checked with axe) opens "All seekers" to coaches, and closing it again
 * closes it. Puts its Northside's settings back as it found them (both off).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, logInterviewWithThankYou, test, type Page } from "./fixtures";

// The demo's caseloads: Maya carries 13 seekers, Daniel 11.
test.use({ northsideCaseloads: [13, 11] });

async function setSeeAll(admin: Page, on: boolean): Promise<void> {
  await admin.goto("/coach/settings");
  const box = admin.getByLabel("Coaches can see every seeker");
  await box.setChecked(on);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Settings saved.")).toBeVisible();
  await expect(box).toBeChecked({ checked: on });
}

test("a coach cannot open another coach's seeker, and the admin's settings page opens and closes every seeker to coaches", async ({ northside, pageAs, db }) => {
  test.setTimeout(120_000);
  // As in the demo, Daniel's first seeker has a history (overdue steps put them first).
  await logInterviewWithThankYou(db, northside.otherSeekers[0]!);
  // One of Daniel's seekers, as Daniel sees it.
  const daniel = await pageAs(northside.otherCoach);
  await daniel.goto("/coach/seekers");
  const firstSeeker = daniel.getByTestId("caseload-row").first().getByRole("link").first();
  const danielsSeekerName = (await firstSeeker.textContent())?.trim() ?? "";
  const danielsSeekerUrl = await firstSeeker.getAttribute("href");
  expect(danielsSeekerUrl).toMatch(/^\/coach\/seekers\/.+/);
  await daniel.context().close();

  // Maya, by default: the URL of Daniel's seeker is the same 404 page as a made-up id.
  const maya = await pageAs(northside.coach);
  const outside = await maya.goto(danielsSeekerUrl!);
  expect(outside?.status()).toBe(404);
  await expect(maya.getByText("This page could not be found.")).toBeVisible();
  await expect(maya.getByText(danielsSeekerName)).toHaveCount(0);
  // No settings for coaches: not in the navigation, and the page does not exist for them.
  await maya.goto("/coach");
  await expect(maya.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  expect((await maya.goto("/coach/settings"))?.status()).toBe(404);

  // The administrator's settings page: reachable from the navigation, labelled, explained, accessible.
  const admin = await pageAs(northside.admin);
  await admin.goto("/coach");
  await admin.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Settings" }).click();
  await expect(admin.getByRole("heading", { name: "Organization settings" })).toBeVisible();
  await expect(admin.getByLabel("Coaches can see every seeker")).not.toBeChecked();
  await expect(admin.getByLabel("Coaches can change the organization's follow-up policy")).not.toBeChecked();
  await expect(admin.getByRole("button", { name: "Save settings" })).toBeDisabled();
  const axe = await new AxeBuilder({ page: admin }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await admin.screenshot({ path: "screenshots/coach-settings.png", fullPage: true });

  try {
    await setSeeAll(admin, true);
    // Maya now chooses "All seekers" and opens Daniel's seeker.
    // As many as the admin sees: all 24 of this organization's seekers.
    await admin.goto("/coach/seekers");
    await expect(admin.getByTestId("caseload-row").first()).toBeVisible();
    const everyone = await admin.getByTestId("caseload-row").count();
    expect(everyone).toBeGreaterThanOrEqual(24);
    await maya.goto("/coach/seekers");
    await maya.getByRole("link", { name: "All seekers" }).click();
    await expect(maya.getByTestId("caseload-row")).toHaveCount(everyone);
    await expect(maya.getByRole("table")).toContainText("Coach: Daniel Reyes");
    const opened = await maya.goto(danielsSeekerUrl!);
    expect(opened?.status()).toBe(200);
    await expect(maya.getByRole("heading", { name: danielsSeekerName })).toBeVisible();
  } finally {
    await setSeeAll(admin, false);
  }
  // Closed again.
  expect((await maya.goto(danielsSeekerUrl!))?.status()).toBe(404);
  await maya.goto("/coach/seekers");
  await expect(maya.getByRole("link", { name: "All seekers" })).toHaveCount(0);
});
