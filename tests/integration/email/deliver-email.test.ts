/**
 * The mailer boundary against the real database: one email per (kind,
 * organization, recipient, period) however often and however concurrently
 * it is asked for; suppressed addresses and opted-out members skipped and
 * recorded; failures that leave the claim open to a retry only when that
 * cannot send twice.
 */
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withTenant } from "@/server/db/tenant";
import { deliverEmail, emailIdempotencyKey, type DeliverMemberEmail } from "@/server/mail/deliver-email";
import { isEmailWanted, saveEmailPreferences } from "@/server/mail/email-preferences";
import { MailTransportError } from "@/server/mail/mail-transport";
import ReminderEmail from "@/server/mail/templates/reminder-email";
import SeekerDigestEmail from "@/server/mail/templates/seeker-digest-email";
import MagicLinkEmail from "@/server/mail/templates/magic-link-email";
import { readUnsubscribeToken } from "@/server/mail/unsubscribe-link";
import { sendMagicLink } from "@/server/auth/send-magic-link";
import { createMember, createTenant } from "@/server/seed/fixtures";
import { appDb } from "../db";
import { deliveriesOf, recordingTransport, TEST_SECRET } from "./helpers";

type Tenant = Awaited<ReturnType<typeof createTenant>>;

const t0 = new Date("2026-12-03T14:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
let counter = 0;
const period = (label: string) => `${label}-${Date.now().toString(36)}-${(counter += 1)}`;

describe("deliverEmail", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    vi.stubEnv("AUTH_SECRET", TEST_SECRET);
    vi.stubEnv("APP_URL", "https://app.example.edu");
    tenant = await createTenant(appDb());
  });
  afterAll(() => vi.unstubAllEnvs());

  const reminder = (overrides: Partial<DeliverMemberEmail> = {}): DeliverMemberEmail => ({
    kind: "reminder",
    to: tenant.seeker.user.email,
    organizationId: tenant.organization.id,
    recipientMembershipId: tenant.seeker.membership.id,
    period: period("step:due"),
    subject: "Today: Email Dana Lee to check in",
    react: createElement(ReminderEmail, { organizationName: tenant.organization.name }),
    now: t0,
    ...overrides,
  });

  it("sends once when five calls for the same (kind, recipient, period) race", async () => {
    const { transport, sent } = recordingTransport({ delayMs: 50 });
    const input = reminder();
    const results = await Promise.all(Array.from({ length: 5 }, () => deliverEmail(appDb(), input, { transport })));
    expect(results.map((result) => result.status).sort()).toEqual(["already_sent", "already_sent", "already_sent", "already_sent", "sent"]);
    expect(sent).toHaveLength(1);
    const rows = await deliveriesOf(tenant.organization.id, { recipient: tenant.seeker.user.email });
    const row = rows.find((candidate) => candidate.period === input.period);
    expect(row).toMatchObject({ status: "sent", attempts: 1, kind: "reminder", recipientMembershipId: tenant.seeker.membership.id, providerMessageId: "test-1" });

    // And again later (a replayed event, a second cron run): still nothing.
    await expect(deliverEmail(appDb(), { ...input, now: minutes(60 * 48) }, { transport })).resolves.toMatchObject({ status: "already_sent" });
    expect(sent).toHaveLength(1);
  });

  it("gives Resend the claim's own key, and every non-transactional email its RFC 8058 headers and footer link", async () => {
    const { transport, sent } = recordingTransport();
    const input = reminder({ to: `  ${tenant.seeker.user.email.toUpperCase()} ` });
    await deliverEmail(appDb(), input, { transport });
    const [email] = sent;
    expect(email?.to).toBe(tenant.seeker.user.email);
    expect(email?.idempotencyKey).toBe(emailIdempotencyKey("reminder", tenant.organization.id, tenant.seeker.user.email, input.period));
    expect(email?.tag).toBe("reminder");
    expect(email?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const header = /^<(https:\/\/app\.example\.edu\/api\/unsubscribe\?token=([^>]+))>$/.exec(email?.headers["List-Unsubscribe"] ?? "");
    expect(header).not.toBeNull();
    const token = decodeURIComponent(header![2]!);
    expect(readUnsubscribeToken(token)).toEqual({ valid: true, claims: { organizationId: tenant.organization.id, membershipId: tenant.seeker.membership.id, kind: "reminder" } });
    expect(email?.html).toContain(`href="https://app.example.edu/unsubscribe?token=${encodeURIComponent(token)}"`);
    expect(email?.text).toContain("Unsubscribe or choose which emails you get");
  });

  it("sends sign-in mail without unsubscribe headers, and keeps its row out of every tenant's sight", async () => {
    const { transport, sent } = recordingTransport();
    const address = `signin-${Date.now()}@example.test`;
    const input = { kind: "magic_link" as const, to: address, organizationId: null, period: period("link"), subject: "Your Followthrough sign-in link", react: createElement(MagicLinkEmail, {}) };
    await expect(deliverEmail(appDb(), input, { transport })).resolves.toMatchObject({ status: "sent" });
    expect(sent[0]?.headers).toEqual({});
    expect(sent[0]?.tag).toBe("magic-link");
    expect(await deliveriesOf(null, { recipient: address })).toHaveLength(1);
    expect(await deliveriesOf(tenant.organization.id, { recipient: address })).toHaveLength(0);
    // And the tenant's rows are out of the sign-in side's sight.
    expect((await deliveriesOf(null, { recipient: tenant.seeker.user.email })).length).toBe(0);
  });

  it("treats the same week's digest in two organizations as two emails", async () => {
    const other = await createTenant(appDb());
    const member = await createMember(appDb(), { organizationId: other.organization.id, email: tenant.seeker.user.email, role: "SEEKER" });
    const { transport, sent } = recordingTransport();
    const week = period("2026-W49");
    const digest = (organizationId: string, membershipId: string): DeliverMemberEmail => ({
      kind: "seeker_digest",
      to: tenant.seeker.user.email,
      organizationId,
      recipientMembershipId: membershipId,
      period: week,
      subject: "Your week",
      react: createElement(SeekerDigestEmail, {}),
    });
    await expect(deliverEmail(appDb(), digest(tenant.organization.id, tenant.seeker.membership.id), { transport })).resolves.toMatchObject({ status: "sent" });
    await expect(deliverEmail(appDb(), digest(other.organization.id, member.membership.id), { transport })).resolves.toMatchObject({ status: "sent" });
    await expect(deliverEmail(appDb(), digest(other.organization.id, member.membership.id), { transport })).resolves.toMatchObject({ status: "already_sent" });
    expect(sent).toHaveLength(2);
  });

  it("skips a suppressed address, records why, and looks again on the next attempt", async () => {
    const member = await createMember(appDb(), { organizationId: tenant.organization.id, email: `bounced-${Date.now()}@example.test`, role: "SEEKER" });
    await appDb().emailSuppression.create({ data: { address: member.user.email, reason: "bounced" } });
    const { transport, sent } = recordingTransport();
    const input = reminder({ to: member.user.email, recipientMembershipId: member.membership.id });
    await expect(deliverEmail(appDb(), input, { transport })).resolves.toMatchObject({ status: "suppressed" });
    const signIn = { kind: "magic_link" as const, to: member.user.email, organizationId: null, period: period("link"), subject: "Sign in", react: createElement(MagicLinkEmail, {}) };
    await expect(deliverEmail(appDb(), signIn, { transport })).resolves.toMatchObject({ status: "suppressed" });
    expect(sent).toHaveLength(0);
    expect(await deliveriesOf(tenant.organization.id, { recipient: member.user.email })).toEqual([expect.objectContaining({ status: "suppressed", attempts: 0 })]);

    await appDb().emailSuppression.delete({ where: { address: member.user.email } });
    await expect(deliverEmail(appDb(), input, { transport })).resolves.toMatchObject({ status: "sent" });
    expect(sent).toHaveLength(1);
  });

  it("skips a member who opted out of the kind, but not the kinds they kept, nor transactional mail", async () => {
    const member = await createMember(appDb(), { organizationId: tenant.organization.id, email: `optout-${Date.now()}@example.test`, role: "SEEKER" });
    const scope = { organizationId: tenant.organization.id, membershipId: member.membership.id };
    await withTenant({ organizationId: tenant.organization.id }, (tx) => saveEmailPreferences(tx, scope, { reminder: false }), appDb());
    await withTenant(
      { organizationId: tenant.organization.id },
      async (tx) => {
        expect(await isEmailWanted(tx, member.membership.id, "reminder")).toBe(false);
        expect(await isEmailWanted(tx, member.membership.id, "overdue_nudge")).toBe(true);
        expect(await isEmailWanted(tx, member.membership.id, "magic_link")).toBe(true);
      },
      appDb(),
    );

    const { transport, sent } = recordingTransport();
    const input = reminder({ to: member.user.email, recipientMembershipId: member.membership.id });
    await expect(deliverEmail(appDb(), input, { transport })).resolves.toMatchObject({ status: "unsubscribed" });
    await expect(deliverEmail(appDb(), { ...input, kind: "overdue_nudge", period: period("step:overdue") }, { transport })).resolves.toMatchObject({ status: "sent" });
    const invitation = { kind: "invitation" as const, to: member.user.email, organizationId: tenant.organization.id, period: period("invitation"), subject: "Invited", react: createElement(MagicLinkEmail, {}) };
    await expect(deliverEmail(appDb(), invitation, { transport })).resolves.toMatchObject({ status: "sent" });
    expect(sent.map((email) => email.tag)).toEqual(["overdue-nudge", "invitation"]);

    // Opting back in before a retry: the retry sends.
    await withTenant({ organizationId: tenant.organization.id }, (tx) => saveEmailPreferences(tx, scope, { reminder: true }), appDb());
    await expect(deliverEmail(appDb(), input, { transport })).resolves.toMatchObject({ status: "sent" });
  });

  it("releases the claim when the provider refuses, so the retry sends", async () => {
    const { transport, sent } = recordingTransport({ fail: (attempt) => (attempt === 1 ? new MailTransportError("Resend did not take the email: rate_limit_exceeded (429)", { outcomeUnknown: false }) : null) });
    const input = reminder();
    await expect(deliverEmail(appDb(), input, { transport })).rejects.toThrow("rate_limit_exceeded");
    let [row] = (await deliveriesOf(tenant.organization.id, { recipient: tenant.seeker.user.email })).filter((candidate) => candidate.period === input.period);
    expect(row).toMatchObject({ status: "failed", outcomeUnknown: false, lastError: expect.stringContaining("rate_limit_exceeded") });

    // A definite refusal sent nothing: retrying days later is still safe.
    await expect(deliverEmail(appDb(), { ...input, now: minutes(60 * 72) }, { transport })).resolves.toMatchObject({ status: "sent" });
    [row] = (await deliveriesOf(tenant.organization.id, { recipient: tenant.seeker.user.email })).filter((candidate) => candidate.period === input.period);
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(sent).toHaveLength(1);
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it("retries an unclear failure only while Resend's idempotency key still covers it, with the same key and body", async () => {
    const timeout = () => new Error("fetch failed: socket hang up");
    const first = recordingTransport({ fail: (attempt) => (attempt === 1 ? timeout() : null) });
    const soon = reminder();
    await expect(deliverEmail(appDb(), soon, { transport: first.transport })).rejects.toThrow("socket hang up");
    await expect(deliverEmail(appDb(), { ...soon, now: minutes(60) }, { transport: first.transport })).resolves.toMatchObject({ status: "sent" });
    const [failed, retried] = first.transport.mock.calls.map(([email]) => email);
    expect(retried?.idempotencyKey).toBe(failed?.idempotencyKey);
    // The same unsubscribe token (issued at the first claim): Resend sees the same request.
    expect(retried?.headers).toEqual(failed?.headers);
    expect(retried?.html).toBe(failed?.html);

    const late = recordingTransport({ fail: (attempt) => (attempt === 1 ? timeout() : null) });
    const tooLate = reminder();
    await expect(deliverEmail(appDb(), tooLate, { transport: late.transport })).rejects.toThrow();
    await expect(deliverEmail(appDb(), { ...tooLate, now: minutes(60 * 24) }, { transport: late.transport })).resolves.toMatchObject({ status: "already_sent" });
    expect(late.transport).toHaveBeenCalledTimes(1);

    // A clear refusal after an unclear attempt does not lift the bound: the first attempt may still have gone out.
    const mixed = recordingTransport({ fail: (attempt) => (attempt === 1 ? timeout() : new MailTransportError("rate_limit_exceeded (429)", { outcomeUnknown: false })) });
    const twice = reminder();
    await expect(deliverEmail(appDb(), twice, { transport: mixed.transport })).rejects.toThrow();
    await expect(deliverEmail(appDb(), { ...twice, now: minutes(30) }, { transport: mixed.transport })).rejects.toThrow("rate_limit_exceeded");
    await expect(deliverEmail(appDb(), { ...twice, now: minutes(60 * 24) }, { transport: mixed.transport })).resolves.toMatchObject({ status: "already_sent" });
    expect(mixed.transport).toHaveBeenCalledTimes(2);
  });

  it("takes over a claim whose sender died, after ten minutes and within the window", async () => {
    const input = reminder();
    const crashed = recordingTransport({ fail: () => new Error("process killed") });
    await deliverEmail(appDb(), input, { transport: crashed.transport }).catch(() => undefined);
    // What a crash between claim and outcome leaves behind: a claim still "sending".
    await withTenant(
      { organizationId: tenant.organization.id },
      (tx) => tx.emailDelivery.updateMany({ where: { period: input.period }, data: { status: "sending", claimedAt: t0 } }),
      appDb(),
    );
    const { transport, sent } = recordingTransport();
    await expect(deliverEmail(appDb(), { ...input, now: minutes(5) }, { transport })).resolves.toMatchObject({ status: "already_sent" });
    await expect(deliverEmail(appDb(), { ...input, now: minutes(11) }, { transport })).resolves.toMatchObject({ status: "sent" });
    expect(sent).toHaveLength(1);

    const stuck = reminder();
    await deliverEmail(appDb(), stuck, { transport: crashed.transport }).catch(() => undefined);
    await withTenant({ organizationId: tenant.organization.id }, (tx) => tx.emailDelivery.updateMany({ where: { period: stuck.period }, data: { status: "sending", claimedAt: t0 } }), appDb());
    await expect(deliverEmail(appDb(), { ...stuck, now: minutes(60 * 24) }, { transport })).resolves.toMatchObject({ status: "already_sent" });
    expect(sent).toHaveLength(1);
  });

  it("claims inside the caller's transaction when given one: the claim commits or rolls back with it", async () => {
    const { transport } = recordingTransport();
    const address = `tx-${Date.now()}@example.test`;
    const invitation = (label: string) => ({ kind: "invitation" as const, to: address, organizationId: tenant.organization.id, period: period(label), subject: "Invited", react: createElement(MagicLinkEmail, {}) });
    const kept = invitation("kept");
    await withTenant({ organizationId: tenant.organization.id }, (tx) => deliverEmail(tx, kept, { transport }), appDb());
    const dropped = invitation("dropped");
    await expect(
      withTenant(
        { organizationId: tenant.organization.id },
        async (tx) => {
          await deliverEmail(tx, dropped, { transport });
          throw new Error("the invitation failed after all");
        },
        appDb(),
      ),
    ).rejects.toThrow("failed after all");
    const periods = (await deliveriesOf(tenant.organization.id, { recipient: address })).map((row) => row.period);
    expect(periods).toEqual([kept.period]);
  });

  it("refuses, before claiming anything, mail a member could not unsubscribe from", async () => {
    const { transport } = recordingTransport();
    const input = { ...reminder(), recipientMembershipId: "" };
    await expect(deliverEmail(appDb(), input, { transport })).rejects.toThrow(TypeError);
    await expect(deliverEmail(appDb(), reminder({ to: "not an address" }), { transport })).rejects.toThrow("`to` is not an email address");
    expect(transport).not.toHaveBeenCalled();
  });

  it("records each sign-in link as its own email, by the hash of its token", async () => {
    const address = `link-${Date.now()}@example.test`;
    const url = "https://app.example.edu/api/auth/callback/resend?token=raw-token-value&email=x";
    await sendMagicLink({ identifier: address, url, expires: new Date(Date.now() + 15 * 60_000) });
    const [row] = await deliveriesOf(null, { recipient: address });
    expect(row).toMatchObject({ kind: "magic_link", organizationId: null, status: "sent" });
    expect(row?.period).toMatch(/^link:[0-9a-f]{64}$/);
    expect(row?.period).not.toContain("raw-token-value");
    expect(await appDb().outboxEmail.count({ where: { to: address, tag: "magic-link" } })).toBe(1);
  });
});
