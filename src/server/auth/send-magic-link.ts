import { createElement } from "react";
import MagicLinkEmail from "@/server/mail/templates/magic-link-email";
import { sendEmail } from "@/server/mail/send-email";

/** Auth.js's `sendVerificationRequest`, routed through our mailer. */
export async function sendMagicLink(params: { identifier: string; url: string; expires: Date }): Promise<void> {
  const hours = Math.max(1, Math.round((params.expires.getTime() - Date.now()) / 3_600_000));
  await sendEmail({
    to: params.identifier,
    subject: "Your Followthrough sign-in link",
    react: createElement(MagicLinkEmail, { url: params.url, validFor: hours === 1 ? "1 hour" : `${hours} hours` }),
    tag: "magic-link",
  });
}
