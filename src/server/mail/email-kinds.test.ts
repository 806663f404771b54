/** The email vocabulary and the database agree, kind for kind, and every kind has words. */
import { describe, expect, it } from "vitest";
import * as Database from "@/generated/prisma/enums";
import { EMAIL_KIND_LABEL, EMAIL_KINDS, emailKindsFor, emailTag, isTransactional, TRANSACTIONAL_EMAIL_KINDS, UNSUBSCRIBABLE_EMAIL_KINDS } from "./email-kinds";

describe("email kinds", () => {
  it("match the database enum EmailKind exactly", () => {
    expect([...EMAIL_KINDS].sort()).toEqual(Object.values(Database.EmailKind).sort());
  });

  it("have words for every kind and for nothing else", () => {
    expect(Object.keys(EMAIL_KIND_LABEL).sort()).toEqual([...EMAIL_KINDS].sort());
  });

  it("split into transactional (sign-in, invitations) and the rest, which members may leave", () => {
    expect([...TRANSACTIONAL_EMAIL_KINDS].sort()).toEqual(["invitation", "magic_link"]);
    expect([...UNSUBSCRIBABLE_EMAIL_KINDS, ...TRANSACTIONAL_EMAIL_KINDS].sort()).toEqual([...EMAIL_KINDS].sort());
    expect(UNSUBSCRIBABLE_EMAIL_KINDS.some(isTransactional)).toBe(false);
  });

  it("offer seekers their four kinds and staff the coach digest", () => {
    expect(emailKindsFor("SEEKER")).toEqual(["reminder", "overdue_nudge", "seeker_digest", "coach_nudge"]);
    expect(emailKindsFor("COACH")).toEqual(["coach_digest"]);
    expect(emailKindsFor("ADMIN")).toEqual(["coach_digest"]);
  });

  it("keep the outbox tags the development mailbox always used", () => {
    expect(emailTag("magic_link")).toBe("magic-link");
    expect(emailTag("invitation")).toBe("invitation");
    expect(emailTag("overdue_nudge")).toBe("overdue-nudge");
  });
});
