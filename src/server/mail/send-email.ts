/**
 * The one way Followthrough sends mail. Callers hand over a React Email
 * element; this module renders it and picks the transport: Resend when
 * RESEND_API_KEY is set, otherwise the development outbox (the OutboxEmail
 * table, shown at /dev/mailbox). Nothing else in the app talks to Resend.
 */
import { readEnv } from "@/env-schema";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { getDb, type Database } from "@/server/db/client";
import { renderEmail } from "./render-email";

export interface EmailMessage {
  to: string;
  subject: string;
  react: ReactElement;
  /** What kind of email this is ("magic-link", "invitation"): for filtering and provider analytics. */
  tag: string;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  tag: string;
}

export type MailTransport = (email: OutgoingEmail) => Promise<void>;

export async function sendEmail(message: EmailMessage, transport: MailTransport = defaultTransport()): Promise<void> {
  const { html, text } = await renderEmail(message.react);
  await transport({ to: message.to, subject: message.subject, html, text, tag: message.tag });
}

export function defaultTransport(): MailTransport {
  const apiKey = readEnv("RESEND_API_KEY");
  return apiKey ? resendTransport(apiKey) : outboxTransport();
}

export function outboxTransport(db: Database = getDb()): MailTransport {
  return async (email) => {
    await db.outboxEmail.create({ data: email });
  };
}

function resendTransport(apiKey: string): MailTransport {
  const resend = new Resend(apiKey);
  const from = readEnv("EMAIL_FROM");
  return async (email) => {
    const { error } = await resend.emails.send({
      from,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      // Resend tag values allow only letters, digits, "_" and "-".
      tags: [{ name: "category", value: email.tag.replace(/[^A-Za-z0-9_-]/g, "_") }],
    });
    // Fail loudly: a sign-in or invitation email that silently vanished is worse than an error.
    if (error) throw new Error(`Resend refused the email "${email.subject}": ${error.message}`);
  };
}
