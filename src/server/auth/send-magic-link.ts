import { createHash, randomUUID } from "node:crypto";
import { createElement } from "react";
import { deliverEmail } from "@/server/mail/deliver-email";
import MagicLinkEmail from "@/server/mail/templates/magic-link-email";
import { getDb } from "@/server/db/client";

/** Auth.js's `sendVerificationRequest`, routed through our mailer. */
export async function sendMagicLink(params: { identifier: string; url: string; expires: Date }): Promise<void> {
  const minutes = Math.max(1, Math.round((params.expires.getTime() - Date.now()) / 60_000));
  const validFor = minutes < 120 ? `${minutes} ${minutes === 1 ? "minute" : "minutes"}` : `${Math.round(minutes / 60)} hours`;
  await deliverEmail(getDb(), {
    kind: "magic_link",
    to: params.identifier,
    organizationId: null,
    // Each link is its own email: the period is its token's hash (never the token itself).
    period: linkPeriod(params.url),
    subject: "Your Followthrough sign-in link",
    react: createElement(MagicLinkEmail, { url: params.url, validFor }),
  });
}

function linkPeriod(url: string): string {
  const token = new URL(url).searchParams.get("token");
  return `link:${createHash("sha256").update(token ?? randomUUID()).digest("hex")}`;
}
