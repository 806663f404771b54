import { describe, expect, it } from "vitest";
import { refuseExcessMagicLinkPost } from "@/server/auth/guard-magic-link-endpoint";
import { limitMagicLinkRequests, MAGIC_LINK_LIMITS } from "@/server/auth/limit-magic-link-requests";
import { consumeRateLimit, describeRetry } from "@/server/rate-limit/consume-rate-limit";
import { freshClientAddress, fromClient } from "./client-address";
import { freshEmail } from "./invitation-links";

const NEUTRAL = /^We cannot send another sign-in link just now\. Try again in \d+ minutes?\.$/;

let clientCounter = 0;
/** A client key no other test uses (files run in parallel: the counter alone can repeat), so per-client counts start at zero. */
function freshClient(): string {
  clientCounter += 1;
  return `198.18.${Math.floor(clientCounter / 250)}.${clientCounter % 250}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A fixed window of the test's own (a random quarter hour decades ahead), so
 * the global ceiling it also counts towards holds only its own attempts:
 * other files' sign-ins, running at the same time, never reach it, and its
 * dozens of attempts never eat into the real window's global budget.
 */
function windowOfItsOwn(): Date {
  return new Date(Date.UTC(2040 + Math.floor(Math.random() * 100), 0, 1, 0, Math.floor(Math.random() * 35_000) * 15));
}

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
});

describe("magic-link limits", () => {
  it("limits one address from one client, whatever the letter case, with the neutral answer", async () => {
    const email = freshEmail("limited");
    const client = freshClient();
    const now = windowOfItsOwn();
    for (let attempt = 0; attempt < MAGIC_LINK_LIMITS.perAddressAndClient; attempt++) {
      expect(await limitMagicLinkRequests({ email, clientKey: client }, now)).toEqual({ allowed: true });
    }
    const refused = await limitMagicLinkRequests({ email: email.toUpperCase(), clientKey: client }, now);
    expect(refused).toMatchObject({ allowed: false, message: expect.stringMatching(NEUTRAL) });
  });

  it("a stranger hammering victim@ from client X does not stop victim@ signing in from client Y", async () => {
    const victim = freshEmail("victim");
    const stranger = freshClient();
    const victimsNetwork = freshClient();
    const now = windowOfItsOwn();
    for (let attempt = 0; attempt < 50; attempt++) await limitMagicLinkRequests({ email: victim, clientKey: stranger }, now);
    expect(await limitMagicLinkRequests({ email: victim, clientKey: stranger }, now)).toMatchObject({ allowed: false });
    expect(await limitMagicLinkRequests({ email: victim, clientKey: victimsNetwork }, now)).toEqual({ allowed: true });
  });

  it("limits one client spraying addresses, with the same neutral answer", async () => {
    const client = freshClient();
    const now = windowOfItsOwn();
    for (let attempt = 0; attempt < MAGIC_LINK_LIMITS.perClient; attempt++) {
      expect(await limitMagicLinkRequests({ email: freshEmail("spray"), clientKey: client }, now)).toEqual({ allowed: true });
    }
    const refused = await limitMagicLinkRequests({ email: freshEmail("spray"), clientKey: client }, now);
    expect(refused).toMatchObject({ allowed: false, message: expect.stringMatching(NEUTRAL) });
    // Another client is unaffected.
    expect(await limitMagicLinkRequests({ email: freshEmail("spray"), clientKey: freshClient() }, now)).toEqual({ allowed: true });
  });

  it("trips the global ceiling when many clients together exceed it, with the same neutral answer", async () => {
    // A window of its own (a future quarter hour), so other tests' attempts do not count, and a small ceiling.
    const now = new Date(Date.UTC(2031, 0, 1, 0, Math.floor(Math.random() * 1000) * 15));
    const limits = { ...MAGIC_LINK_LIMITS, global: 4 };
    for (let attempt = 0; attempt < 4; attempt++) {
      expect(await limitMagicLinkRequests({ email: freshEmail("crowd"), clientKey: freshClient() }, now, limits)).toEqual({ allowed: true });
    }
    const refused = await limitMagicLinkRequests({ email: freshEmail("crowd"), clientKey: freshClient() }, now, limits);
    expect(refused).toMatchObject({ allowed: false, message: expect.stringMatching(NEUTRAL) });
  });

  it("does not let one client use up the global ceiling: its refused attempts are not counted there", async () => {
    const now = new Date(Date.UTC(2032, 0, 1, 0, Math.floor(Math.random() * 1000) * 15));
    const limits = { perAddressAndClient: 2, perClient: 3, global: 5 };
    const noisy = freshClient();
    for (let attempt = 0; attempt < 40; attempt++) await limitMagicLinkRequests({ email: freshEmail("noisy"), clientKey: noisy }, now, limits);
    // The noisy client got 3 through; 2 more clients still fit under the ceiling of 5.
    expect(await limitMagicLinkRequests({ email: freshEmail("quiet"), clientKey: freshClient() }, now, limits)).toEqual({ allowed: true });
    expect(await limitMagicLinkRequests({ email: freshEmail("quiet"), clientKey: freshClient() }, now, limits)).toEqual({ allowed: true });
    expect(await limitMagicLinkRequests({ email: freshEmail("quiet"), clientKey: freshClient() }, now, limits)).toMatchObject({ allowed: false });
  });

  it("refuses direct POSTs to the Auth.js email endpoint over the limit with 429 and the neutral answer", async () => {
    const email = freshEmail("direct");
    for (let attempt = 0; attempt < MAGIC_LINK_LIMITS.perAddressAndClient; attempt++) expect(await guardMagicLinkPostForTest(email)).toBeNull();
    const refused = await guardMagicLinkPostForTest(email);
    expect(refused?.status).toBe(429);
    expect(await refused?.text()).toMatch(NEUTRAL);
  });
});

/**
 * A POST shaped like Auth.js's own email sign-in form, from one client of
 * this file's own (this endpoint counts in the real window, so a client no
 * other file shares); its forged X-Forwarded-For changes on every attempt.
 */
const directClient = freshClientAddress();
let forged = 0;
function guardMagicLinkPostForTest(email: string): Promise<Response | null> {
  const body = new URLSearchParams({ email, csrfToken: "x", callbackUrl: "/" });
  forged += 1;
  return refuseExcessMagicLinkPost(
    new Request("http://localhost:3100/api/auth/signin/resend", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `203.0.113.${forged % 250}`, ...fromClient(directClient) },
      body,
    }),
  );
}
