/**
 * Unsubscribe links through the real route handler (one-click POST, GET),
 * the preferences page and its server action: a valid link works and works
 * again harmlessly; a forged, expired or malformed one changes nothing.
 * Tokens across organizations: tests/integration/isolation/email-routes.test.ts.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/unsubscribe/route";
import { updateEmailSettings } from "@/app/unsubscribe/actions";
import UnsubscribePage from "@/app/unsubscribe/page";
import { withTenant } from "@/server/db/tenant";
import { readEmailPreferences } from "@/server/mail/email-preferences";
import { createUnsubscribeToken, UNSUBSCRIBE_LINK_LIFETIME_MS } from "@/server/mail/unsubscribe-link";
import { createTenant } from "@/server/seed/fixtures";
import { signToken } from "@/server/tokens/signed-token";
import { appDb } from "../db";
import { TEST_SECRET } from "./helpers";

type Tenant = Awaited<ReturnType<typeof createTenant>>;
type Member = Tenant["seeker"];

const oneClick = (token: string | null) =>
  new Request(`http://localhost:3000/api/unsubscribe${token === null ? "" : `?token=${encodeURIComponent(token)}`}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" },
    body: "List-Unsubscribe=One-Click",
  });

const preferencesOf = (tenant: Tenant, member: Member) =>
  withTenant({ organizationId: tenant.organization.id }, (tx) => readEmailPreferences(tx, member.membership.id), appDb());

const preferenceRows = (tenant: Tenant) => withTenant({ organizationId: tenant.organization.id }, (tx) => tx.emailPreference.findMany(), appDb());

const tokenFor = (tenant: Tenant, member: Member, kind: "reminder" | "seeker_digest" | "coach_digest" = "reminder", issuedAt = new Date()) =>
  createUnsubscribeToken({ organizationId: tenant.organization.id, membershipId: member.membership.id, kind }, issuedAt);

async function renderPage(token: string | undefined): Promise<string> {
  const page = await UnsubscribePage({ searchParams: Promise.resolve(token === undefined ? {} : { token }) });
  return renderToStaticMarkup(page);
}

function formData(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
  return form;
}

describe("unsubscribe links", () => {
  let a: Tenant;
  let b: Tenant;
  beforeAll(async () => {
    vi.stubEnv("AUTH_SECRET", TEST_SECRET);
    vi.stubEnv("APP_URL", "https://app.example.edu");
    a = await createTenant(appDb());
    b = await createTenant(appDb());
  });
  afterAll(() => vi.unstubAllEnvs());

  describe("one-click POST /api/unsubscribe", () => {
    it("stops the link's kind, and a second click changes nothing", async () => {
      const token = tokenFor(a, a.seeker, "reminder");
      const first = await POST(oneClick(token));
      expect(first.status).toBe(200);
      expect((await first.json()).message).toBe("Unsubscribed: no more follow-up reminders.");
      expect(await preferencesOf(a, a.seeker)).toMatchObject({ reminder: false, overdue_nudge: true, seeker_digest: true, coach_nudge: true });
      expect((await POST(oneClick(token))).status).toBe(200);
      expect((await preferenceRows(a)).filter((row) => row.membershipId === a.seeker.membership.id)).toHaveLength(1);
    });

    it("refuses a forged, an expired, a malformed and a missing token, and changes nothing", async () => {
      const valid = tokenFor(a, a.coach, "coach_digest");
      const forged = `${valid.split(".")[0]}.${"A".repeat(43)}`;
      const expired = tokenFor(a, a.coach, "coach_digest", new Date(Date.now() - UNSUBSCRIBE_LINK_LIFETIME_MS - 1000));
      const otherPurpose = signToken({ purpose: "follow_up_done", subject: a.coach.membership.id, organizationId: a.organization.id, extra: "coach_digest", expiresAt: new Date(Date.now() + 86_400_000) });
      for (const [token, message] of [
        [forged, "not one Followthrough made"],
        [expired, "more than a year old"],
        [otherPurpose, "not an unsubscribe link"],
        ["garbage", "incomplete"],
        [null, "incomplete"],
      ] as const) {
        const response = await POST(oneClick(token));
        expect(response.status, String(token)).toBe(400);
        expect((await response.json()).message).toContain(message);
      }
      expect((await preferencesOf(a, a.coach)).coach_digest).toBe(true);
    });

    it("answers GET (a browser, a mail scanner) by sending to the page, changing nothing", async () => {
      const token = tokenFor(a, a.admin, "coach_digest");
      const response = GET(new Request(`http://evil.example/api/unsubscribe?token=${encodeURIComponent(token)}`));
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`https://app.example.edu/unsubscribe?token=${encodeURIComponent(token)}`);
      expect((await preferencesOf(a, a.admin)).coach_digest).toBe(true);
    });
  });

  describe("across organizations", () => {
    it("B's own token changes B's member only, never A's", async () => {
      const before = await preferencesOf(a, a.seeker);
      expect((await POST(oneClick(tokenFor(b, b.seeker, "seeker_digest")))).status).toBe(200);
      expect((await preferencesOf(b, b.seeker)).seeker_digest).toBe(false);
      expect(await preferencesOf(a, a.seeker)).toEqual(before);
    });
  });

  describe("the page /unsubscribe", () => {
    it("with a valid link shows whose settings, offers to stop the link's kind and lists the member's kinds, changing nothing by itself", async () => {
      const token = tokenFor(b, b.coach, "coach_digest");
      const html = await renderPage(token);
      expect(html).toContain(`Email from ${b.organization.name}`);
      expect(html).toContain(b.coach.user.email);
      expect(html).toContain("Stop weekly caseload digests?");
      expect(html).toContain("Unsubscribe from weekly caseload digests");
      expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*id="kind-coach_digest"[^>]*checked=""/);
      expect(html).toContain('<label for="kind-coach_digest"');
      expect(html).not.toContain("kind-reminder");
      expect((await preferencesOf(b, b.coach)).coach_digest).toBe(true);
    });

    it("with a forged, an expired or no link says why it does not work", async () => {
      const valid = tokenFor(b, b.seeker);
      expect(await renderPage(`${valid}x`)).toContain("not one Followthrough made");
      expect(await renderPage(tokenFor(b, b.seeker, "reminder", new Date(Date.now() - UNSUBSCRIBE_LINK_LIFETIME_MS - 1000)))).toContain("more than a year old");
      expect(await renderPage(undefined)).toContain("This link does not work");
    });

    it("its buttons unsubscribe from the link's kind, then save kind by kind, ignoring kinds not offered to the member", async () => {
      const member = b.admin;
      const token = tokenFor(b, member, "coach_digest");
      const stopped = await updateEmailSettings({ choices: [], version: 0 }, formData({ token, intent: "unsubscribe" }));
      expect(stopped).toMatchObject({ version: 1, message: "Unsubscribed. You will get no more weekly caseload digests.", choices: [expect.objectContaining({ kind: "coach_digest", subscribed: false })] });

      const saved = await updateEmailSettings(stopped, formData({ token, intent: "save", kinds: ["coach_digest", "reminder"] }));
      expect(saved).toMatchObject({ version: 2, message: expect.stringContaining("Saved"), choices: [expect.objectContaining({ kind: "coach_digest", subscribed: true })] });
      expect(await preferencesOf(b, member)).toMatchObject({ coach_digest: true, reminder: true });
      expect((await preferenceRows(b)).filter((row) => row.membershipId === member.membership.id).map((row) => row.kind)).toEqual(["coach_digest"]);

      const forged = await updateEmailSettings(saved, formData({ token: `${token}x`, intent: "save", kinds: [] }));
      expect(forged.error).toContain("not one Followthrough made");
      expect((await preferencesOf(b, member)).coach_digest).toBe(true);
    });
  });
});
