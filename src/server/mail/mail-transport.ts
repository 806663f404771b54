/**
 * How mail leaves: Resend when RESEND_API_KEY is set, otherwise the
 * development outbox (the OutboxEmail table, shown at /dev/mailbox). Only
 * deliver-email.ts calls a transport; nothing else in the app talks to Resend.
 */
import { readEnv } from "@/env-schema";
import { Resend } from "resend";
import { getDb, type Database } from "@/server/db/client";

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** What kind of email this is ("magic-link", "reminder"): for the outbox filter and Resend's analytics. */
  tag: string;
  /** Extra headers (List-Unsubscribe and List-Unsubscribe-Post on unsubscribable mail). */
  headers: Record<string, string>;
  /** The delivery's claim key: Resend sends one email per key within 24 hours, however often it is asked. */
  idempotencyKey: string;
}

export interface TransportResult {
  /** The provider's id for the message (Resend's email id, or the outbox row's id). */
  providerMessageId: string | null;
  /**
   * True when the provider said an email with this idempotency key was
   * already accepted (Resend answers 409 `invalid_idempotent_request` when the
   * key comes back with a different body): nothing new was sent, and the
   * email is out.
   */
  alreadyAccepted?: boolean;
}

export type MailTransport = (email: OutgoingEmail) => Promise<TransportResult>;

/**
 * A send that failed. `outcomeUnknown` is false only when the provider
 * refused outright (a 4xx: nothing went out, a retry may send); a timeout,
 * a 5xx or a network error leaves open whether the email was accepted.
 */
export class MailTransportError extends Error {
  readonly outcomeUnknown: boolean;
  constructor(message: string, options: { outcomeUnknown: boolean }) {
    super(message);
    this.name = "MailTransportError";
    this.outcomeUnknown = options.outcomeUnknown;
  }
}

export function defaultTransport(): MailTransport {
  const apiKey = readEnv("RESEND_API_KEY");
  return apiKey ? resendTransport(apiKey) : outboxTransport();
}

export function outboxTransport(db: Database = getDb()): MailTransport {
  return async (email) => {
    // The outbox keeps what a reader sees; headers and the key live on the EmailDelivery row.
    const row = await db.outboxEmail.create({ data: { to: email.to, subject: email.subject, html: email.html, text: email.text, tag: email.tag }, select: { id: true } });
    return { providerMessageId: row.id };
  };
}

export function resendTransport(apiKey: string, client: Pick<Resend, "emails"> = new Resend(apiKey)): MailTransport {
  const from = readEnv("EMAIL_FROM");
  return async (email) => {
    const { data, error } = await client.emails.send(
      {
        from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: Object.keys(email.headers).length > 0 ? email.headers : undefined,
        // Resend tag values allow only letters, digits, "_" and "-".
        tags: [{ name: "category", value: email.tag.replace(/[^A-Za-z0-9_-]/g, "_") }],
      },
      { idempotencyKey: email.idempotencyKey },
    );
    if (error?.name === "invalid_idempotent_request") return { providerMessageId: null, alreadyAccepted: true };
    // Fail loudly: a sign-in or invitation email that silently vanished is worse than an error.
    if (error) {
      // The SDK reports network failures as statusCode null.
      const outcomeUnknown = error.statusCode === null || error.statusCode >= 500;
      throw new MailTransportError(`Resend did not take the email "${email.subject}": ${error.name} (${error.statusCode ?? "no answer"}): ${error.message}`, { outcomeUnknown });
    }
    return { providerMessageId: data.id };
  };
}
