/** Signed links: what we issued verifies; anything altered, expired or meant for something else does not. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signToken, verifyToken } from "./signed-token";

const now = new Date("2026-11-25T12:00:00Z");
const claims = { purpose: "follow_up_done" as const, subject: "step_1", organizationId: "org_1", expiresAt: new Date("2026-12-02T12:00:00Z") };

describe("signed tokens", () => {
  beforeEach(() => vi.stubEnv("AUTH_SECRET", "a-test-secret-of-at-least-thirty-two-characters"));
  afterEach(() => vi.unstubAllEnvs());

  it("verify what was signed, with every claim", () => {
    const check = verifyToken(signToken({ ...claims, extra: "reminder" }), "follow_up_done", now);
    expect(check).toEqual({ valid: true, claims: { ...claims, extra: "reminder" } });
  });

  it("refuse a token for another purpose, an expired one, and one signed with another secret", () => {
    const token = signToken(claims);
    expect(verifyToken(token, "unsubscribe", now)).toEqual({ valid: false, reason: "wrong_purpose" });
    expect(verifyToken(token, "follow_up_done", new Date("2026-12-02T12:00:00Z"))).toEqual({ valid: false, reason: "expired" });
    vi.stubEnv("AUTH_SECRET", "another-secret-of-at-least-thirty-two-characters!");
    expect(verifyToken(token, "follow_up_done", now)).toEqual({ valid: false, reason: "forged" });
  });

  it("refuse an edited payload (another step) even with the original signature", () => {
    const [, signature] = signToken(claims).split(".");
    const forgedBody = Buffer.from(JSON.stringify({ p: "follow_up_done", s: "step_2", o: "org_1", e: 1_900_000_000 })).toString("base64url");
    expect(verifyToken(`${forgedBody}.${signature}`, "follow_up_done", now)).toEqual({ valid: false, reason: "forged" });
  });

  it.each(["", "abc", "a.b.c", "x".repeat(2000), "..", "e30.e30"])("refuse the malformed token %j", (token) => {
    expect(verifyToken(token, "follow_up_done", now).valid).toBe(false);
  });
});
