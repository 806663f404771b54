/**
 * The seeker portal as a seeker uses it: today's follow-ups with their
 * scripts, ticking one off, logging an application and finding it in
 * Opportunities, and a form that keeps what was typed when a field is wrong.
 * Each test has a seeker of its own, signed in by the fixtures, whose history
 * (an interview ten days ago, the thank-you sent) leaves steps done and due.
 */
import { expect, logInterviewWithThankYou, test, type Page } from "./fixtures";

test.beforeEach(async ({ db, northside }) => {
  await logInterviewWithThankYou(db, northside.seeker);
});

/** "2026-03-02T10:00" for `days` days ago, local to the browser (a datetime-local value). */
function localDaysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:00`;
}

/** Without seeded activity there is nothing due: an interview ten days ago leaves its thank-you steps overdue. */
async function ensureSomethingDue(page: Page) {
  await page.goto("/seeker");
  if ((await page.getByTestId("today-follow-up").count()) > 0) return;
  await page.goto("/seeker/log?kind=interview");
  await page.getByLabel("Company").fill("Harbor Freight Lines");
  await page.getByLabel("Role title").fill("Dispatch coordinator");
  await page.getByLabel("Interviewer 1 name").fill("Dana Lee");
  await page.getByLabel("When the interview was").fill(localDaysAgo(10));
  await page.getByRole("button", { name: "Log interview" }).click();
  await expect(page.getByText("Interview logged.")).toBeVisible();
  await page.goto("/seeker");
}

test("today shows follow-ups with their script, and one marked done leaves the list", async ({ seekerPage: page }) => {
  await ensureSomethingDue(page);
  const cards = page.getByTestId("today-follow-up");
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().getByTestId("follow-up-script")).not.toBeEmpty();
  await expect(cards.first().getByText(/due today|overdue|due tomorrow|due /)).toBeVisible();
  await page.screenshot({ path: "screenshots/seeker-today.png", fullPage: true });

  const first = cards.first();
  const id = await first.getAttribute("data-follow-up-id");
  await first.getByRole("button", { name: "Mark done" }).click();
  await expect(page.locator(`[data-follow-up-id="${id}"]`)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Nice work" })).toBeVisible();

  // And it stays done after a reload (the server has it, not just the page).
  await page.reload();
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await expect(page.locator(`[data-follow-up-id="${id}"]`)).toHaveCount(0);
});

test("a logged application appears in Opportunities, with its timeline", async ({ seekerPage: page }) => {
  const company = `Lakeview Logistics ${Date.now().toString(36)}`;
  await page.goto("/seeker/log");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role title").fill("Inventory analyst");
  await page.getByLabel("Contact name").fill("Pat Kim");
  await page.getByLabel("Their role").selectOption("hr");
  await page.getByLabel("When you applied").fill(localDaysAgo(1));
  await page.getByRole("button", { name: "Log application" }).click();
  await expect(page.getByText(`Application to ${company} logged.`)).toBeVisible();
  await expect(page.getByLabel("Company")).toHaveValue("");

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Opportunities" }).click();
  const row = page.getByTestId("opportunity-row").filter({ hasText: company });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("state-badge")).toHaveText("Active");
  await page.screenshot({ path: "screenshots/seeker-opportunities.png", fullPage: true });

  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Inventory analyst" })).toBeVisible();
  await expect(page.getByTestId("timeline-event").filter({ hasText: "Applied" })).toBeVisible();
  await expect(page.getByText("Pat Kim").first()).toBeVisible();
  await page.screenshot({ path: "screenshots/seeker-opportunity-timeline.png", fullPage: true });
});

test("a missing field gets a message beside it and the typed values stay", async ({ seekerPage: page }) => {
  await page.goto("/seeker/log");
  await page.getByLabel("Company").fill("Northwind Traders");
  await page.getByLabel("Contact name").fill("Sam Roy");
  await page.getByRole("button", { name: "Log application" }).click();
  await expect(page.locator("#app-title-error")).toHaveText("Enter the role you applied for.");
  await expect(page.getByLabel("Role title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Company")).toHaveValue("Northwind Traders");
  await expect(page.getByLabel("Contact name")).toHaveValue("Sam Roy");
  await page.screenshot({ path: "screenshots/seeker-log-activity.png", fullPage: true });
});

test("an opportunity with history shows events and steps in order, and records an answer", async ({ seekerPage: page }) => {
  // The opportunity of today's first follow-up: its thank-you is done (the fixture's history).
  await page.goto("/seeker");
  const markedOpportunityHref = await page.getByTestId("today-follow-up").first().getByRole("link").first().getAttribute("href");
  await page.goto(markedOpportunityHref!);
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(page.getByTestId("timeline-step").filter({ hasText: /^Done/ }).first()).toBeVisible();
  await page.getByRole("button", { name: "Record an answer" }).click();
  await expect(page.getByRole("button", { name: "Record an answer" })).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("button", { name: "Record answer" }).click();
  await expect(page.getByText("Choose what they said.")).toBeVisible();
  await page.getByLabel(/Still deciding/).check();
  await page.screenshot({ path: "screenshots/seeker-opportunity-history.png", fullPage: true });
  await page.getByRole("button", { name: "Record answer" }).click();
  await expect(page.getByText("Answer recorded.")).toBeVisible();
  await expect(page.getByTestId("timeline-event").filter({ hasText: "They are still deciding." })).toBeVisible();
});

test("Today reads well on a phone", async ({ seekerPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/seeker");
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await page.screenshot({ path: "screenshots/seeker-today-phone.png", fullPage: true });
  await page.goto("/seeker/log?kind=interview");
  await page.getByRole("button", { name: "+ Add another interviewer" }).click();
  await page.screenshot({ path: "screenshots/seeker-log-interview-phone.png", fullPage: true });
});
