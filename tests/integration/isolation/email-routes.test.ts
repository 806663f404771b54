/**
 * The cross-tenant cases of the email routes, which are route handlers and
 * a page, not tRPC procedures (the procedure suite in cross-tenant.test.ts
 * lists those):
 * - /api/unsubscribe, /unsubscribe and its action act in the token's
 *   organization only: a token for A that names B's member finds nothing;
 * - EmailPreference and EmailDelivery are under forced row-level security:
 *   B's transaction neither reads nor writes A's rows, and a transaction
 *   with no tenant sees no tenant's rows (only sign-in mail's);
 * - /api/webhooks/resend writes only global tables (events and the
 *   suppression list): a bounced mailbox is dead for every organization,
 *   and nothing in a webhook names a tenant to reach.
 */
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as oneClick } from "@/app/api/unsubscribe/route";
import { updateEmailSettings } from "@/app/unsubscribe/actions";
import UnsubscribePage from "@/app/unsubscribe/page";
import { withTenant } from "@/server/db/tenant";
import { deliverEmail } from "@/server/mail/deliver-email";
import { readEmailPreferences, saveEmailPreferences } from "@/server/mail/email-preferences";
import ReminderEmail from "@/server/mail/templates/reminder-email";
import { createUnsubscribeToken } from "@/server/mail/unsubscribe-link";
import { createTenant } from "@/server/seed/fixtures";
import { renderToStaticMarkup } from "react-dom/server";
import type pg from "pg";
import { appDb, rawAppClient } from "../db";
import { recordingTransport, TEST_SECRET } from "../email/helpers";

type Tenant = Awaited<ReturnType<typeof createTenant>>;

describe("isolation: email routes and tables", () => {
  let a: Tenant;
  let b: Tenant;
  let raw: pg.Client;
  beforeAll(async () => {
    vi.stubEnv("AUTH_SECRET", TEST_SECRET);
    vi.stubEnv("APP_URL", "https://app.example.edu");
    a = await createTenant(appDb());
    b = await createTenant(appDb());
    raw = await rawAppClient();
    // Each organization has a preference and a delivery of its own.
    for (const tenant of [a, b]) {
      await withTenant({ organizationId: tenant.organization.id }, (tx) => saveEmailPreferences(tx, { organizationId: tenant.organization.id, membershipId: tenant.seeker.membership.id }, { seeker_digest: false }), appDb());
      await deliverEmail(
        appDb(),
        { kind: "reminder", to: tenant.seeker.user.email, organizationId: tenant.organization.id, recipientMembershipId: tenant.seeker.membership.id, period: "isolation:due", subject: "Today", react: createElement(ReminderEmail, {}) },
        { transport: recordingTransport().transport },
      );
    }
  });
  afterAll(async () => {
    await raw.end();
    vi.unstubAllEnvs();
  });

  const bPreferences = () => withTenant({ organizationId: b.organization.id }, (tx) => readEmailPreferences(tx, b.seeker.membership.id), appDb());
  const crossed = () => createUnsubscribeToken({ organizationId: a.organization.id, membershipId: b.seeker.membership.id, kind: "reminder" }, new Date());

  it("a token for A naming B's member: the one-click endpoint answers 404 and changes nothing of B's", async () => {
    const before = await bPreferences();
    const response = await oneClick(new Request(`http://localhost/api/unsubscribe?token=${encodeURIComponent(crossed())}`, { method: "POST" }));
    expect(response.status).toBe(404);
    expect(await bPreferences()).toEqual(before);
  });

  it("the same token on the page shows nothing of B (no name, no address, no choices), and its action saves nothing", async () => {
    const html = renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve({ token: crossed() }) }));
    expect(html).toContain("This link does not work");
    expect(html).not.toContain(b.seeker.user.email);
    expect(html).not.toContain(b.organization.name);
    expect(html).not.toContain(a.organization.name);
    const before = await bPreferences();
    const answer = await updateEmailSettings({ choices: [], version: 0 }, (() => {
      const form = new FormData();
      form.set("token", crossed());
      form.set("intent", "save");
      return form;
    })());
    expect(answer.error).toBeDefined();
    expect(answer.choices).toEqual([]);
    expect(await bPreferences()).toEqual(before);
  });

  it("B's transaction reads none of A's preferences or deliveries, and cannot write a row into A", async () => {
    await withTenant(
      { organizationId: b.organization.id },
      async (tx) => {
        // Deliberately unfiltered: only the policy stands between B and A.
        const preferences = await tx.$queryRawUnsafe<{ organizationId: string }[]>(`SELECT "organizationId" FROM "EmailPreference"`);
        const deliveries = await tx.$queryRawUnsafe<{ organizationId: string | null }[]>(`SELECT "organizationId" FROM "EmailDelivery"`);
        expect(preferences.length).toBeGreaterThan(0);
        expect(new Set(preferences.map((row) => row.organizationId))).toEqual(new Set([b.organization.id]));
        expect(new Set(deliveries.map((row) => row.organizationId))).toEqual(new Set([b.organization.id]));
      },
      appDb(),
    );
    const intoA = withTenant(
      { organizationId: b.organization.id },
      (tx) => tx.emailPreference.create({ data: { organizationId: a.organization.id, membershipId: a.seeker.membership.id, kind: "reminder", subscribed: false } }),
      appDb(),
    );
    await expect(intoA).rejects.toThrow();
    expect((await withTenant({ organizationId: a.organization.id }, (tx) => readEmailPreferences(tx, a.seeker.membership.id), appDb())).reminder).toBe(true);
  });

  it("a connection with no tenant set sees no tenant's preferences or deliveries", async () => {
    const preferences = await raw.query(`SELECT count(*)::int AS n FROM "EmailPreference"`);
    const tenantDeliveries = await raw.query(`SELECT count(*)::int AS n FROM "EmailDelivery" WHERE "organizationId" IS NOT NULL`);
    expect(preferences.rows[0].n).toBe(0);
    expect(tenantDeliveries.rows[0].n).toBe(0);
  });

  it("the webhook's tables name no organization", async () => {
    const { rows } = await raw.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('EmailEvent', 'EmailSuppression') AND column_name = 'organizationId'`,
    );
    expect(rows).toEqual([]);
  });
});
