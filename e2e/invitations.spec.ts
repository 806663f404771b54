import { expect, test } from "./fixtures";
import { followNewestLink, signOut, uniqueEmail } from "./support";

test("a coach invites a new seeker, who signs in from the invitation, accepts and lands in the seeker portal", async ({ page, northside, signIn }) => {
  const invitee = uniqueEmail("invitee");
  await signIn(page, northside.otherCoach);
  await page.goto("/coach");
  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Invitations" }).click();
  await expect(page.getByRole("heading", { name: "Invitations", exact: true })).toBeVisible();

  // Bad input first: the message sits beside the field and the typing is kept.
  await page.getByLabel("Email address").fill("jamie@");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.locator("#invite-email-error")).toContainText("does not look like an email address");
  await expect(page.getByLabel("Email address")).toHaveValue("jamie@");

  await page.getByLabel("Email address").fill(invitee);
  await page.getByLabel("Cohort (optional)").selectOption({ label: "Mid-Career Transitions" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Sent invitations" })).toContainText(invitee);
  await page.screenshot({ path: "screenshots/coach-invitations.png", fullPage: true });
  await signOut(page);

  // The invitee opens the invitation email, signs in as the invited address and comes back to accept.
  await followNewestLink(page, invitee);
  await expect(page.getByRole("heading", { name: "Join Northside Career Center" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in to accept" }).click();
  await expect(page.getByLabel("Email address")).toHaveValue(invitee);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await followNewestLink(page, invitee);
  await expect(page).toHaveURL(/\/invite\//);
  await page.getByRole("button", { name: "Join Northside Career Center" }).click();
  await expect(page).toHaveURL(/\/seeker$/);
  await expect(page.getByTestId("organization-name")).toHaveText("Northside Career Center");
  await expect(page.getByTestId("signed-in-email")).toHaveText(invitee);
});

test("an invitation link that matches nothing says so, without an error page", async ({ page }) => {
  const response = await page.goto("/invite/not-a-real-link");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "This invitation link does not work" })).toBeVisible();
});
