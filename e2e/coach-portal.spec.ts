import { expect, logInterviewWithThankYou, test } from "./fixtures";
import { signOut } from "./support";

// The demo's caseloads: Maya carries 13 seekers, Daniel 11.
test.use({ northsideCaseloads: [13, 11] });

test("a coach reads their caseload, opens a seeker's timeline, sets a per-client override and previews a policy; an admin saves it", async ({ coachPage: page, northside, db, signIn }) => {
  test.setTimeout(120_000);
  // Tyler Brooks has some history, so the override preview has a plan to compare.
  const tyler = northside.seekers.find((seeker) => seeker.name === "Tyler Brooks")!;
  await logInterviewWithThankYou(db, tyler);
  await page.goto("/coach");
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByText("Seekers on your caseload")).toBeVisible();
  await page.screenshot({ path: "screenshots/coach-dashboard.png", fullPage: true });

  // Seekers: Maya's own 13. Northside keeps coaches to their caseloads (the default), so there is no
  // "All seekers" choice, and asking for it in the URL still shows her own (e2e/roles.spec.ts turns it on).
  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Seekers" }).click();
  await expect(page.getByRole("heading", { name: "Seekers", exact: true })).toBeVisible();
  await expect(page.getByTestId("caseload-row")).toHaveCount(13);
  await expect(page.getByText("The seekers on your caseload.")).toBeVisible();
  await expect(page.getByRole("link", { name: "All seekers" })).toHaveCount(0);
  await page.screenshot({ path: "screenshots/coach-seekers.png", fullPage: true });
  await page.goto("/coach/seekers?scope=all");
  await expect(page.getByTestId("caseload-row")).toHaveCount(13);
  await expect(page.getByRole("table")).not.toContainText("Daniel Reyes");

  // One seeker's timeline and their policy.
  await page.getByRole("link", { name: "Tyler Brooks" }).click();
  await expect(page.getByRole("heading", { name: "Tyler Brooks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(page.getByTestId("effective-policy")).toContainText("Follows the organization policy");
  await page.screenshot({ path: "screenshots/coach-seeker.png", fullPage: true });

  await page.getByLabel("Policy for Tyler Brooks").selectOption({ label: "Two-week call" });
  await expect(page.getByText("What changes:")).toBeVisible();
  await expect(page.getByText(/Open steps today: \d+\. After the change: \d+\./)).toBeVisible();
  await page.screenshot({ path: "screenshots/coach-seeker-override-choice.png", fullPage: true });
  await page.getByRole("button", { name: "Apply this override" }).click();
  await expect(page.getByText("Tyler Brooks is now on Two-week call.")).toBeVisible();
  await expect(page.getByTestId("effective-policy")).toContainText("On a per-client override: Two-week call");
  await page.screenshot({ path: "screenshots/coach-seeker-override.png", fullPage: true });

  // Back to the organization policy, which is the default choice again.
  await page.getByLabel("Policy for Tyler Brooks").selectOption({ label: "Use the organization policy (Three by three)" });
  await page.getByRole("button", { name: "Use the organization policy" }).click();
  await expect(page.getByTestId("effective-policy")).toContainText("Follows the organization policy");

  // A made-up id is a plain 404 page (another coach's seeker gets the same page: e2e/roles.spec.ts).
  const response = await page.goto("/coach/seekers/not-a-real-seeker");
  expect(response?.status()).toBe(404);

  // Policy: a coach looks and previews, but only an administrator saves (Northside's default).
  await page.goto("/coach/policy");
  await expect(page.getByTestId("current-policy-name")).toHaveText("Three by three");
  await page.getByRole("radio", { name: "Persist until answer" }).check();
  await expect(page.getByRole("heading", { name: "Preview: Persist until answer" })).toBeVisible();
  await expect(page.getByText("Only an administrator can change your organization's policy.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save as the organization policy" })).toHaveCount(0);
  await page.screenshot({ path: "screenshots/coach-policy-read-only.png", fullPage: true });

  // The administrator previews a change, then saves it as a new version.
  await signOut(page);
  await signIn(page, northside.admin);
  await page.goto("/coach/policy");
  await expect(page.getByTestId("current-policy-name")).toHaveText("Three by three");
  await expect(page.getByRole("button", { name: "Save as the organization policy" })).toBeDisabled();
  await page.getByRole("radio", { name: "Persist until answer" }).check();
  await expect(page.getByRole("heading", { name: "Preview: Persist until answer" })).toBeVisible();
  await expect(page.getByTestId("policy-preview")).toContainText("Status check by phone call to Dana Lee");

  // A bad number is explained beside its field, and the typing is kept.
  const firstDays = page.getByRole("textbox").first();
  await firstDays.fill("ten");
  await expect(page.getByText("Use a whole number of days.")).toBeVisible();
  await expect(firstDays).toHaveValue("ten");
  await firstDays.fill("10");
  await expect(page.getByRole("heading", { name: "Preview: Persist until answer (tuned)" })).toBeVisible();
  await page.screenshot({ path: "screenshots/coach-policy-preview.png", fullPage: true });

  await page.getByRole("button", { name: "Save as the organization policy" }).click();
  await expect(page.getByText(/Saved as version 2: Persist until answer \(tuned\)\. \d+ seekers? (was|were) re-planned/)).toBeVisible();
  await expect(page.getByTestId("current-policy-name")).toHaveText("Persist until answer (tuned)");
  await expect(page.getByTestId("current-policy-version")).toContainText("Version 2, changed by Priya Natarajan on");
  // Only the tuned number changed: steps that share a timing in the preset kept theirs.
  await expect(page.getByRole("textbox").first()).toHaveValue("10");
  await expect(page.getByLabel("Referral ask: due after the trigger")).toHaveValue("1");
  await expect(page.getByLabel("Meeting thank you: due after the trigger")).toHaveValue("1");
  await page.screenshot({ path: "screenshots/coach-policy.png", fullPage: true });
});
