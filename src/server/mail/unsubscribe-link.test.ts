/** Unsubscribe links: one member, one organization, one kind, a year; RFC 8058 headers on APP_URL. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signToken } from "@/server/tokens/signed-token";
import { createUnsubscribeToken, listUnsubscribeHeaders, oneClickUnsubscribeUrl, readUnsubscribeToken, unsubscribePageUrl } from "./unsubscribe-link";

const issuedAt = new Date("2026-11-30T14:00:00Z");
const claims = { organizationId: "org_1", membershipId: "mem_1", kind: "seeker_digest" as const };

describe("unsubscribe links", () => {
  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", "a-test-secret-of-at-least-thirty-two-characters");
    vi.stubEnv("APP_URL", "https://app.example.edu/some/path");
  });
  afterEach(() => vi.unstubAllEnvs());

  it("read back what was made, for a year after it was issued", () => {
    const token = createUnsubscribeToken(claims, issuedAt);
    expect(readUnsubscribeToken(token, new Date("2027-11-29T14:00:00Z"))).toEqual({ valid: true, claims });
    expect(readUnsubscribeToken(token, new Date("2027-11-30T14:00:00Z"))).toEqual({ valid: false, reason: "expired" });
  });

  it("are the same token for the same delivery, so a retried send has the same body", () => {
    expect(createUnsubscribeToken(claims, issuedAt)).toBe(createUnsubscribeToken(claims, issuedAt));
  });

  it("refuse a Done link, an altered one, and a signed one for a transactional kind", () => {
    const done = signToken({ purpose: "follow_up_done", subject: "step_1", organizationId: "org_1", expiresAt: new Date("2027-01-01T00:00:00Z") });
    expect(readUnsubscribeToken(done, issuedAt)).toEqual({ valid: false, reason: "wrong_purpose" });
    const token = createUnsubscribeToken(claims, issuedAt);
    expect(readUnsubscribeToken(`${token.slice(0, -2)}xx`, issuedAt)).toMatchObject({ valid: false, reason: "forged" });
    expect(readUnsubscribeToken("not-a-token", issuedAt)).toMatchObject({ valid: false, reason: "malformed" });
    const signIn = signToken({ purpose: "unsubscribe", subject: "mem_1", organizationId: "org_1", extra: "magic_link", expiresAt: new Date("2027-01-01T00:00:00Z") });
    expect(readUnsubscribeToken(signIn, issuedAt)).toEqual({ valid: false, reason: "malformed" });
  });

  it("put both RFC 8058 headers on APP_URL's origin, the URL in angle brackets", () => {
    const token = createUnsubscribeToken(claims, issuedAt);
    expect(listUnsubscribeHeaders(token)).toEqual({
      "List-Unsubscribe": `<https://app.example.edu/api/unsubscribe?token=${encodeURIComponent(token)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(oneClickUnsubscribeUrl(token)).toBe(`https://app.example.edu/api/unsubscribe?token=${token}`);
    expect(unsubscribePageUrl(token)).toBe(`https://app.example.edu/unsubscribe?token=${token}`);
  });
});
