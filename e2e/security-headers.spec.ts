/**
 * The production build's browser-facing defences: every security header on
 * a page, an API response and a static file; a CSP nonce that changes per
 * response and lets the app run with no violation; cross-site refusals.
 */
import type { APIResponse } from "@playwright/test";
import { expect, test, type Page } from "./fixtures";
import { signInWithMagicLink } from "./support";

const SAME_ON_EVERY_RESPONSE: Record<string, string | RegExp> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
  "permissions-policy": /camera=\(\), microphone=\(\), geolocation=\(\)/,
  "content-security-policy": /frame-ancestors 'none'/,
};

function expectEveryHeader(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SAME_ON_EVERY_RESPONSE)) {
    expect(headers[name], `${name} on ${what}`).toBeDefined();
    if (typeof value === "string") expect(headers[name], `${name} on ${what}`).toBe(value);
    else expect(headers[name], `${name} on ${what}`).toMatch(value);
  }
}

function nonceOf(policy: string | undefined): string {
  const match = /'nonce-([^']+)'/.exec(policy ?? "");
  if (!match?.[1]) throw new Error(`No nonce in ${policy}`);
  return match[1];
}

test("a page carries every header, a fresh nonce each time, and no-store", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  expect(first.status()).toBe(200);
  expectEveryHeader(first, "a page");
  expect(first.headers()["cache-control"]).toContain("no-store");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);
  expect(policy).not.toContain("unsafe-eval");
  expect(nonceOf(policy)).not.toBe(nonceOf(second.headers()["content-security-policy"]));
  // Next.js put this response's nonce on its own scripts.
  const html = await first.text();
  expect(html).toContain(`nonce="${nonceOf(policy)}"`);
});

test("an API response carries every header and no-store, error or not", async ({ request }) => {
  const session = await request.get("/api/auth/session");
  expectEveryHeader(session, "/api/auth/session");
  expect(session.headers()["cache-control"]).toContain("no-store");
  const trpc = await request.get("/api/trpc/viewer.me");
  expect(trpc.status()).toBe(401);
  expectEveryHeader(trpc, "a tRPC error");
  expect(trpc.headers()["cache-control"]).toContain("no-store");
});

test("static files carry every header, with a policy that loads nothing", async ({ request }) => {
  const page = await (await request.get("/sign-in")).text();
  const script = /\/_next\/static\/[^"']+\.js/.exec(page)?.[0];
  expect(script, "a build script referenced by the page").toBeTruthy();
  for (const path of [script as string, "/icon.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectEveryHeader(response, path);
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  }
});

async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("signing in and using both portals raises no CSP violation, and the app hydrates", async ({ page, northside }) => {
  const violations = await collectViolations(page);
  // Through the form and the mailbox: the sign-in pages' scripts run under the policy too.
  await signInWithMagicLink(page, northside.coach.email);
  await expect(page.getByRole("heading", { name: "Dashboard", exact: true })).toBeVisible();
  // A client-side navigation only works if React hydrated under the policy.
  await page.getByRole("link", { name: /Seekers|Caseload/ }).first().click();
  await expect(page).toHaveURL(/\/coach\/seekers/);
  await page.context().clearCookies();
  await signInWithMagicLink(page, northside.seeker.email);
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Opportunities" }).first().click();
  await expect(page).toHaveURL(/\/seeker\/opportunities/);
  expect(violations).toEqual([]);
});

test.describe("cross-site requests", () => {
  const call = "/api/trpc/followUps.markDone";
  const body = JSON.stringify({ json: {} });

  test("a state change from another origin is refused with 403, before any procedure runs", async ({ request }) => {
    const response = await request.post(call, { headers: { Origin: "https://evil.example", "Content-Type": "application/json" }, data: body });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.message).toContain("came from another site");
    expectEveryHeader(response, "a refusal");
  });

  test("without Origin, Sec-Fetch-Site: cross-site is refused", async ({ request }) => {
    const response = await request.post(call, { headers: { "Sec-Fetch-Site": "cross-site", "Content-Type": "application/json" }, data: body });
    expect(response.status()).toBe(403);
  });

  test("a tRPC call that is not JSON is refused with 415", async ({ request, baseURL }) => {
    const response = await request.post(call, { headers: { Origin: new URL(baseURL ?? "").origin, "Content-Type": "text/plain" }, data: body });
    expect(response.status()).toBe(415);
  });

  test("a same-origin JSON call reaches the procedure (which then asks for a session)", async ({ request, baseURL }) => {
    const response = await request.post(call, { headers: { Origin: new URL(baseURL ?? "").origin, "Content-Type": "application/json" }, data: body });
    expect(response.status()).toBe(401);
  });

  test("a server action posted from another origin is refused", async ({ request }) => {
    const response = await request.post("/sign-in", {
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(40), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(response.status()).toBe(403);
  });

  test("the Inngest endpoint, which checks its own signatures, is exempt", async ({ request }) => {
    const response = await request.post("/api/inngest", { headers: { Origin: "https://inngest.example", "Content-Type": "application/json" }, data: "{}" });
    expect(response.status()).not.toBe(403);
  });
});
