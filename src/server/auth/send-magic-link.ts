import { createElement } from "react";
import MagicLinkEmail from "@/server/mail/templates/magic-link-email";
import { sendEmail } from "@/server/mail/send-email";

/** Auth.js's `sendVerificationRequest`, routed through our mailer. */
export async function sendMagicLink(params: { identifier: string; url: string; expires: Date }): Promise<void> {
  const minutes = Math.max(1, Math.round((params.expires.getTime() - Date.now()) / 60_000));
  const validFor = minutes < 120 ? `${minutes} ${minutes === 1 ? "minute" : "minutes"}` : `${Math.round(minutes / 60)} hours`;
  await sendEmail({
    to: params.identifier,
    subject: "Your Followthrough sign-in link",
    react: createElement(MagicLinkEmail, { url: params.url, validFor }),
    tag: "magic-link",
  });
}
