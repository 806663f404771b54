/**
 * POST /api/webhooks/resend: Resend's delivery, bounce and complaint events,
 * signed with Svix (src/server/mail/resend-webhook.ts). Exempt from the
 * cross-site rule (src/server/http/cross-site.ts): Resend is another origin
 * by design, and the signature is what authenticates it.
 */
import { readEnv } from "@/env-schema";
import { getDb } from "@/server/db/client";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/server/db/unavailable";
import { readBoundedText } from "@/server/http/read-bounded-text";
import { receiveResendWebhook } from "@/server/mail/resend-webhook";

// Resend's email events are a few kilobytes.
const MAX_BODY_BYTES = 64 * 1024;

const answer = (status: number, message: string, headers: Record<string, string> = {}) => Response.json({ message }, { status, headers });

export async function POST(request: Request): Promise<Response> {
  const secret = readEnv("RESEND_WEBHOOK_SECRET");
  if (!secret) return answer(503, "The Resend webhook is not configured: set RESEND_WEBHOOK_SECRET to the webhook's signing secret.");
  const body = await readBoundedText(request, MAX_BODY_BYTES);
  if (body === null) return answer(413, `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  try {
    const result = await receiveResendWebhook(
      getDb(),
      {
        body,
        svixId: request.headers.get("svix-id"),
        svixTimestamp: request.headers.get("svix-timestamp"),
        svixSignature: request.headers.get("svix-signature"),
      },
      secret,
    );
    return answer(result.status, result.message);
  } catch (error) {
    // Resend retries anything but a 2xx: a database outage loses no event.
    if (isDatabaseUnavailable(error)) return answer(503, UNAVAILABLE_MESSAGE, { "Retry-After": "30" });
    throw error;
  }
}
