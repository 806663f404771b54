/**
 * POST /api/webhooks/resend through its real route handler: Svix
 * signatures checked by the svix package, each message recorded once,
 * bounces and complaints suppressing the address, nothing recorded for a
 * request Resend did not sign, and no 500 for bad input.
 */
import { createElement } from "react";
import { Webhook } from "svix";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";
import { deliverEmail } from "@/server/mail/deliver-email";
import MagicLinkEmail from "@/server/mail/templates/magic-link-email";
import { appDb } from "../db";
import { recordingTransport } from "./helpers";

const SECRET = `whsec_${Buffer.from("resend-webhook-test-secret-32byt").toString("base64")}`;
const OTHER_SECRET = `whsec_${Buffer.from("somebody-else-entirely-32-bytes!").toString("base64")}`;

let counter = 0;
const messageId = () => `msg_${Date.now().toString(36)}_${(counter += 1)}`;
const address = (label: string) => `${label}-${Date.now().toString(36)}-${(counter += 1)}@example.test`;

function event(type: string, to: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    type,
    created_at: "2026-12-03T14:05:00.000Z",
    data: { email_id: `re_${counter}`, created_at: "2026-12-03T14:00:00.000Z", from: "Followthrough <f@example.edu>", to: [to], subject: "Today", ...extra },
  });
}

function signed(body: string, options: { id?: string; secret?: string; at?: Date } = {}): Request {
  const id = options.id ?? messageId();
  const at = options.at ?? new Date();
  const signature = new Webhook(options.secret ?? SECRET).sign(id, at, body);
  return new Request("http://localhost:3000/api/webhooks/resend", {
    method: "POST",
    headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": String(Math.floor(at.getTime() / 1000)), "svix-signature": signature },
    body,
  });
}

const eventsFor = (svixId: string) => appDb().emailEvent.findMany({ where: { svixId } });
const suppressionOf = (to: string) => appDb().emailSuppression.findUnique({ where: { address: to } });

describe("the Resend webhook", () => {
  beforeAll(() => vi.stubEnv("RESEND_WEBHOOK_SECRET", SECRET));
  afterAll(() => vi.unstubAllEnvs());

  it("answers 503 and says so while RESEND_WEBHOOK_SECRET is unset", async () => {
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "");
    const response = await POST(signed(event("email.delivered", address("x"))));
    expect(response.status).toBe(503);
    expect((await response.json()).message).toContain("RESEND_WEBHOOK_SECRET");
    vi.stubEnv("RESEND_WEBHOOK_SECRET", SECRET);
  });

  it("records a signed bounce and suppresses the address, so the next email to it is skipped", async () => {
    const to = address("bounce");
    const id = messageId();
    const response = await POST(signed(event("email.bounced", `Jordan Ellis <${to.toUpperCase()}>`, { bounce: { type: "Permanent", subType: "General", message: "550 no such user" } }), { id }));
    expect(response.status).toBe(200);
    expect(await eventsFor(id)).toEqual([expect.objectContaining({ type: "bounced", recipients: [to], bounceType: "Permanent", bounceSubType: "General", occurredAt: new Date("2026-12-03T14:05:00.000Z") })]);
    expect(await suppressionOf(to)).toMatchObject({ reason: "bounced", svixId: id });

    const { transport, sent } = recordingTransport();
    const signIn = { kind: "magic_link" as const, to, organizationId: null, period: `link:${id}`, subject: "Sign in", react: createElement(MagicLinkEmail, {}) };
    await expect(deliverEmail(appDb(), signIn, { transport })).resolves.toMatchObject({ status: "suppressed" });
    expect(sent).toHaveLength(0);
  });

  it("records a delivery without suppressing anything, and a complaint as the stronger reason", async () => {
    const to = address("complaint");
    const delivered = messageId();
    expect((await POST(signed(event("email.delivered", to), { id: delivered }))).status).toBe(200);
    expect(await eventsFor(delivered)).toEqual([expect.objectContaining({ type: "delivered", recipients: [to] })]);
    expect(await suppressionOf(to)).toBeNull();

    expect((await POST(signed(event("email.bounced", to, { bounce: { type: "Permanent" } })))).status).toBe(200);
    const complained = messageId();
    expect((await POST(signed(event("email.complained", to), { id: complained }))).status).toBe(200);
    expect(await suppressionOf(to)).toMatchObject({ reason: "complained", svixId: complained });
  });

  it("records a replayed delivery once, whether resent as is or re-signed later", async () => {
    const to = address("replay");
    const id = messageId();
    const body = event("email.bounced", to, { bounce: { type: "Permanent" } });
    const first = await POST(signed(body, { id }));
    const again = await POST(signed(body, { id }));
    const later = await POST(signed(body, { id, at: new Date(Date.now() + 60_000) }));
    expect([first.status, again.status, later.status]).toEqual([200, 200, 200]);
    expect((await again.json()).message).toContain("Already recorded");
    expect(await eventsFor(id)).toHaveLength(1);
  });

  it("refuses a bad signature, an altered body and a stale timestamp, recording nothing", async () => {
    const to = address("forged");
    const forged = messageId();
    const wrongKey = await POST(signed(event("email.bounced", to), { id: forged, secret: OTHER_SECRET }));
    expect(wrongKey.status).toBe(401);

    const altered = signed(event("email.delivered", to), { id: forged });
    const tampered = new Request(altered.url, { method: "POST", headers: altered.headers, body: event("email.bounced", to) });
    expect((await POST(tampered)).status).toBe(401);

    const stale = await POST(signed(event("email.bounced", to), { id: forged, at: new Date(Date.now() - 10 * 60_000) }));
    expect(stale.status).toBe(401);

    expect(await eventsFor(forged)).toEqual([]);
    expect(await suppressionOf(to)).toBeNull();
  });

  it("answers bad input with 4xx, never 500", async () => {
    const to = address("bad");
    const unsigned = new Request("http://localhost:3000/api/webhooks/resend", { method: "POST", body: event("email.bounced", to) });
    expect((await POST(unsigned)).status).toBe(400);
    expect((await POST(signed("not json at all"))).status).toBe(400);
    expect((await POST(signed(JSON.stringify({ hello: "world" })))).status).toBe(400);
    expect((await POST(signed(JSON.stringify({ type: "email.bounced", data: { to: "not-a-list" } })))).status).toBe(400);
    const huge = signed(JSON.stringify({ type: "email.delivered", data: { to: [to], pad: "x".repeat(70 * 1024) } }));
    expect((await POST(huge)).status).toBe(413);
    const garbageSignature = signed(event("email.bounced", to));
    garbageSignature.headers.set("svix-signature", "v1,@@@not-base64@@@");
    expect((await POST(new Request(garbageSignature.url, { method: "POST", headers: garbageSignature.headers, body: event("email.bounced", to) }))).status).toBe(401);
    expect(await suppressionOf(to)).toBeNull();
  });

  it("acknowledges event types it does not record, so Resend stops retrying them", async () => {
    const id = messageId();
    const response = await POST(signed(event("email.opened", address("opened")), { id }));
    expect(response.status).toBe(200);
    expect((await response.json()).message).toContain("Ignored");
    expect(await eventsFor(id)).toEqual([]);
  });
});
