/**
 * Resend's webhook: what happened to the mail we sent. Resend signs each
 * delivery with Svix; the signature is checked with the `svix` package (a
 * maintained verifier, with its timestamp tolerance against replays of old
 * captures), never by hand. Then:
 * - email.delivered, email.bounced and email.complained are recorded once
 *   per Svix message id (a retried or replayed delivery finds its row);
 * - a bounce (Resend reports permanent ones) or a complaint puts the
 *   address on the suppression list, which deliverEmail honours;
 * - other event types are acknowledged and ignored, so Resend stops
 *   retrying them.
 * A bad signature records nothing. Nothing here answers 500 for bad input.
 */
import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import type { EmailEventType } from "@/generated/prisma/enums";
import type { Database } from "@/server/db/client";

export interface WebhookRequest {
  body: string;
  svixId: string | null;
  svixTimestamp: string | null;
  svixSignature: string | null;
}

export interface WebhookAnswer {
  status: 200 | 400 | 401 | 503;
  message: string;
}

const RECORDED: Readonly<Record<string, EmailEventType>> = {
  "email.delivered": "delivered",
  "email.bounced": "bounced",
  "email.complained": "complained",
};

const ZResendEvent = z.object({
  type: z.string().max(100),
  created_at: z.string().max(64).optional(),
  data: z
    .object({
      email_id: z.string().max(200).optional(),
      to: z.array(z.string().max(400)).max(100).optional(),
      bounce: z.object({ type: z.string().max(100).optional(), subType: z.string().max(100).optional() }).loose().optional(),
    })
    .loose(),
});

/** Verifies, then records. Svix refuses a timestamp more than five minutes from now. */
export async function receiveResendWebhook(db: Database, request: WebhookRequest, secret: string): Promise<WebhookAnswer> {
  if (!request.svixId || !request.svixTimestamp || !request.svixSignature) {
    return { status: 400, message: "Missing the svix-id, svix-timestamp or svix-signature header." };
  }
  let verifier: Webhook;
  try {
    verifier = new Webhook(secret);
  } catch {
    return { status: 503, message: "The Resend webhook is not configured correctly: check RESEND_WEBHOOK_SECRET." };
  }
  let payload: unknown;
  try {
    payload = verifier.verify(request.body, { "svix-id": request.svixId, "svix-timestamp": request.svixTimestamp, "svix-signature": request.svixSignature });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { status: 401, message: "The signature does not match: this request was not sent by Resend." };
    // A signed body that is not JSON.
    return { status: 400, message: "The body is not a JSON event." };
  }
  const parsed = ZResendEvent.safeParse(payload);
  if (!parsed.success) return { status: 400, message: "The body is not a Resend event." };
  const event = parsed.data;
  const type = RECORDED[event.type];
  if (!type) return { status: 200, message: `Ignored: ${event.type} is not recorded.` };

  const recorded = await recordEmailEvent(db, {
    svixId: request.svixId.slice(0, 200),
    type,
    resendEmailId: event.data.email_id ?? null,
    recipients: (event.data.to ?? []).map(addressOf).filter((address): address is string => address !== null),
    bounceType: event.data.bounce?.type ?? null,
    bounceSubType: event.data.bounce?.subType ?? null,
    occurredAt: instantOr(event.created_at, new Date()),
  });
  return { status: 200, message: recorded ? `Recorded ${event.type}.` : `Already recorded ${event.type}.` };
}

export interface EmailEventInput {
  svixId: string;
  type: EmailEventType;
  resendEmailId: string | null;
  recipients: string[];
  bounceType: string | null;
  bounceSubType: string | null;
  occurredAt: Date;
}

/** One row per Svix message id; bounces and complaints suppress their addresses. False when already recorded. */
export async function recordEmailEvent(db: Database, event: EmailEventInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.emailEvent.createMany({ data: [event], skipDuplicates: true });
    if (count === 0) return false;
    if (event.type === "bounced" || event.type === "complained") {
      for (const address of event.recipients) {
        await tx.emailSuppression.upsert({
          where: { address },
          create: { address, reason: event.type, svixId: event.svixId },
          // A complaint outranks a bounce: it is the person asking us to stop.
          update: event.type === "complained" ? { reason: "complained", svixId: event.svixId } : {},
        });
      }
    }
    return true;
  });
}

/** "Name <a@b.c>" or "a@b.c" → "a@b.c", lowercased; null for anything else. */
function addressOf(value: string): string | null {
  const inner = /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value;
  const address = inner.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(address) && address.length <= 254 ? address : null;
}

function instantOr(value: string | undefined, fallback: Date): Date {
  const parsed = value ? new Date(value) : null;
  return parsed && !Number.isNaN(parsed.getTime()) && parsed.getUTCFullYear() >= 1900 && parsed.getUTCFullYear() <= 2100 ? parsed : fallback;
}
