import { describe, expect, it } from "vitest";
import { refuseExcessMagicLinkPost } from "@/server/auth/guard-magic-link-endpoint";
import { limitMagicLinkRequests, MAGIC_LINKS_PER_ADDRESS } from "@/server/auth/limit-magic-link-requests";
import { consumeRateLimit, describeRetry } from "@/server/rate-limit/consume-rate-limit";
import { freshEmail } from "./invitation-links";

describe("rate limits", () => {
  it("counts attempts atomically within a fixed window and starts afresh in the next", async () => {
    const rule = { key: `test:${freshEmail("k")}`, limit: 3, windowMs: 60_000 };
    const now = new Date("2026-11-25T10:00:10Z");
    const decisions = await Promise.all(Array.from({ length: 5 }, () => consumeRateLimit(rule, now)));
    expect(decisions.map((decision) => decision.count).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
    expect(decisions[0]?.resetsAt.toISOString()).toBe("2026-11-25T10:01:00.000Z");
    const nextWindow = await consumeRateLimit(rule, new Date("2026-11-25T10:01:05Z"));
    expect(nextWindow).toMatchObject({ allowed: true, count: 1 });
  });

  it("says when to try again, in whole minutes", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    expect(describeRetry(new Date("2026-11-25T10:12:30Z"), now)).toBe("Try again in 13 minutes.");
    expect(describeRetry(new Date("2026-11-25T10:00:20Z"), now)).toBe("Try again in 1 minute.");
  });

  it("limits magic links per address, whatever the letter case", async () => {
    const email = freshEmail("limited");
    for (let attempt = 0; attempt < MAGIC_LINKS_PER_ADDRESS; attempt++) {
      expect(await limitMagicLinkRequests({ email, clientKey: `client-${attempt}` })).toEqual({ allowed: true });
    }
    const refused = await limitMagicLinkRequests({ email: email.toUpperCase(), clientKey: "another-client" });
    expect(refused).toMatchObject({ allowed: false, message: expect.stringMatching(/^Too many sign-in links requested for this address\. Try again in \d+ minutes?\.$/) });
  });

  it("refuses direct POSTs to the Auth.js email endpoint over the limit with 429", async () => {
    const email = freshEmail("direct");
    for (let attempt = 0; attempt < MAGIC_LINKS_PER_ADDRESS; attempt++) expect(await guardMagicLinkPostForTest(email)).toBeNull();
    const refused = await guardMagicLinkPostForTest(email);
    expect(refused?.status).toBe(429);
    expect(await refused?.text()).toContain("Too many sign-in links requested for this address.");
  });
});

/** A POST shaped like Auth.js's own email sign-in form. */
function guardMagicLinkPostForTest(email: string): Promise<Response | null> {
  const body = new URLSearchParams({ email, csrfToken: "x", callbackUrl: "/" });
  return refuseExcessMagicLinkPost(
    new Request("http://localhost:3100/api/auth/signin/resend", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.9" },
      body,
    }),
  );
}
