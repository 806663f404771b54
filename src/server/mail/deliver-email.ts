/**
 * The one way Followthrough sends mail. Callers hand over what the email is
 * (kind, recipient, period) and a React Email element; this module decides
 * whether it goes out at all, renders it, adds the unsubscribe headers and
 * picks the transport (mail-transport.ts).
 *
 * Exactly once per (kind, organization, recipient address, period)
 * ─────────────────────────────────────────────────────────────────
 * The triple's key (`emailIdempotencyKey`) is both the EmailDelivery row's
 * unique key and the Idempotency-Key Resend receives.
 *
 * 1. Claim before sending. `INSERT … ON CONFLICT (idempotencyKey) DO UPDATE
 *    … WHERE <retakeable>`: the first caller gets the row back and sends;
 *    everyone else gets no row and answers `already_sent`. Two callers at
 *    the same moment serialize on the unique index: the second waits for the
 *    first's insert to commit, then finds a claim it may not take.
 * 2. Record the outcome. Sent: `sent`, for good. A definite refusal (Resend
 *    answered 4xx, rendering threw): `failed`, and the next attempt may claim
 *    it again, since nothing went out. An unclear one (a timeout, a 5xx, the
 *    network): `failed` and `outcomeUnknown`, which stays set for good.
 * 3. A crash between claim and outcome leaves `sending`; after
 *    STALE_CLAIM_MS the claim counts as an unclear attempt and may be retaken.
 * 4. A delivery that has had an unclear attempt is retaken only within
 *    RETRY_WINDOW_MS of its first claim (every attempt came after it): there
 *    Resend's idempotency key, kept 24 hours, turns a repeat of a send that
 *    did get through into a no-op. Past that window it is never retried: at
 *    most once beats twice.
 * So nothing is sent twice whatever retries, replays or second cron runs
 * do; the one residue is mail whose attempt failed unclearly and was not
 * retried within 23 hours, which stays unsent (and visible as such).
 * The development outbox has no idempotency key: there, a retaken stale
 * claim can put a second copy in the outbox.
 *
 * Suppressed addresses (bounced, complained: resend-webhook.ts) and members
 * who opted out of the kind (email-preferences.ts) are skipped, and the
 * skip is recorded on the same row; a later attempt looks again, so a
 * member who opts back in before a retry gets the email.
 */
import { createHash, randomUUID } from "node:crypto";
import { cloneElement, type ReactElement } from "react";
import type { Database } from "@/server/db/client";
import type { Tx } from "@/server/db/tenant";
import { emailTag, isTransactional, type TransactionalEmailKind, type UnsubscribableEmailKind } from "./email-kinds";
import { isEmailWanted } from "./email-preferences";
import { defaultTransport, MailTransportError, type MailTransport } from "./mail-transport";
import { renderEmail } from "./render-email";
import { createUnsubscribeToken, listUnsubscribeHeaders, unsubscribePageUrl } from "./unsubscribe-link";

/** A claim left `sending` this long belongs to a sender that died. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;
/** After an unclear attempt, retries only this soon after the first claim: Resend keeps idempotency keys 24 hours. */
export const RETRY_WINDOW_MS = 23 * 60 * 60 * 1000;

interface DeliverEmailBase {
  to: string;
  /** What the email is about, once: a step id + ":due", an ISO week ("2026-W48"), a token's hash. */
  period: string;
  subject: string;
  react: ReactElement;
  now?: Date;
}

/** Transactional mail: sign-in (no organization) and invitations (no membership yet). */
export interface DeliverTransactionalEmail extends DeliverEmailBase {
  kind: TransactionalEmailKind;
  organizationId: string | null;
  recipientMembershipId?: null;
}

/** Mail a member can opt out of: it needs the member, for the preference check and the unsubscribe link. */
export interface DeliverMemberEmail extends DeliverEmailBase {
  kind: UnsubscribableEmailKind;
  organizationId: string;
  recipientMembershipId: string;
}

export type DeliverEmailInput = DeliverTransactionalEmail | DeliverMemberEmail;

export type DeliveryStatus = "sent" | "already_sent" | "suppressed" | "unsubscribed";

export interface DeliverEmailResult {
  status: DeliveryStatus;
  /** The EmailDelivery row, when this call wrote one. */
  deliveryId: string | null;
}

export interface DeliverEmailOptions {
  transport?: MailTransport;
}

/** Props deliverEmail adds to unsubscribable templates: the footer's link to the preferences page. */
export interface UnsubscribableEmailProps {
  unsubscribeUrl?: string;
}

/** The claim key and Resend Idempotency-Key: the kind in clear, the rest hashed (no address in Resend's logs), 80 characters. */
export function emailIdempotencyKey(kind: string, organizationId: string | null, recipient: string, period: string): string {
  const digest = createHash("sha256").update(JSON.stringify([organizationId ?? "", normalizeAddress(recipient), period])).digest("hex");
  return `${kind}/${digest}`;
}

const normalizeAddress = (address: string) => address.trim().toLowerCase();

/**
 * Sends one email at most once per (kind, organization, recipient, period).
 * `db` is the app's client (each step runs in a transaction of its own,
 * tenant-scoped when there is an organization) or a transaction the caller
 * already scoped to `organizationId`, whose fate the claim then shares (an
 * invitation and its email: both or neither).
 */
export async function deliverEmail(db: Database | Tx, input: DeliverEmailInput, options: DeliverEmailOptions = {}): Promise<DeliverEmailResult> {
  checkInput(input);
  const now = input.now ?? new Date();
  const recipient = normalizeAddress(input.to);
  const organizationId = input.organizationId ?? null;
  const membershipId = isTransactional(input.kind) ? null : (input as DeliverMemberEmail).recipientMembershipId;
  const key = emailIdempotencyKey(input.kind, organizationId, recipient, input.period);

  const claim = await inScope(db, organizationId, async (tx) => {
    const suppressed = await tx.emailSuppression.findUnique({ where: { address: recipient }, select: { reason: true } });
    const wanted = suppressed || !membershipId ? true : await isEmailWanted(tx, membershipId, input.kind);
    const status: ClaimStatus = suppressed ? "suppressed" : wanted ? "sending" : "unsubscribed";
    const row = await claimDelivery(tx, { key, kind: input.kind, organizationId, membershipId, recipient, period: input.period, subject: input.subject, status, now });
    return row ? { ...row, status } : null;
  });
  if (!claim) return { status: "already_sent", deliveryId: null };
  if (claim.status !== "sending") return { status: claim.status, deliveryId: claim.id };

  let headers: Record<string, string> = {};
  let react = input.react;
  if (membershipId && organizationId && !isTransactional(input.kind)) {
    const token = createUnsubscribeToken({ organizationId, membershipId, kind: input.kind }, claim.createdAt);
    headers = listUnsubscribeHeaders(token);
    react = cloneElement(react as ReactElement<UnsubscribableEmailProps>, { unsubscribeUrl: unsubscribePageUrl(token) });
  }

  let rendered: { html: string; text: string };
  try {
    rendered = await renderEmail(react);
  } catch (error) {
    await recordFailure(db, organizationId, claim.id, error, false);
    throw error;
  }
  const transport = options.transport ?? defaultTransport();
  try {
    const result = await transport({ to: recipient, subject: input.subject, ...rendered, tag: emailTag(input.kind), headers, idempotencyKey: key });
    await inScope(db, organizationId, (tx) =>
      tx.emailDelivery.update({ where: { id: claim.id }, data: { status: "sent", sentAt: now, providerMessageId: result.providerMessageId, lastError: null } }),
    );
    return { status: result.alreadyAccepted ? "already_sent" : "sent", deliveryId: claim.id };
  } catch (error) {
    await recordFailure(db, organizationId, claim.id, error, isOutcomeUnknown(error));
    throw error;
  }
}

type ClaimStatus = "sending" | "suppressed" | "unsubscribed";

async function claimDelivery(
  tx: Tx,
  row: { key: string; kind: string; organizationId: string | null; membershipId: string | null; recipient: string; period: string; subject: string; status: ClaimStatus; now: Date },
): Promise<{ id: string; createdAt: Date } | null> {
  const attempts = row.status === "sending" ? 1 : 0;
  const staleBefore = new Date(row.now.getTime() - STALE_CLAIM_MS);
  const windowStart = new Date(row.now.getTime() - RETRY_WINDOW_MS);
  const rows = await tx.$queryRaw<{ id: string; createdAt: Date }[]>`
    INSERT INTO "EmailDelivery" ("id", "idempotencyKey", "kind", "organizationId", "recipientMembershipId", "recipient", "period", "subject", "status", "attempts", "claimedAt", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${row.key}, ${row.kind}::"EmailKind", ${row.organizationId}, ${row.membershipId}, ${row.recipient}, ${row.period}, ${row.subject},
            ${row.status}::"EmailDeliveryStatus", ${attempts}, ${row.now}, ${row.now}, ${row.now})
    ON CONFLICT ("idempotencyKey") DO UPDATE SET
      "status" = EXCLUDED."status",
      "attempts" = "EmailDelivery"."attempts" + EXCLUDED."attempts",
      -- A stale "sending" claim is an attempt whose outcome no one saw.
      "outcomeUnknown" = "EmailDelivery"."outcomeUnknown" OR "EmailDelivery"."status" = 'sending',
      "subject" = EXCLUDED."subject",
      "claimedAt" = EXCLUDED."claimedAt",
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE ("EmailDelivery"."status" IN ('failed', 'suppressed', 'unsubscribed')
           OR ("EmailDelivery"."status" = 'sending' AND "EmailDelivery"."claimedAt" < ${staleBefore}))
      AND (NOT ("EmailDelivery"."outcomeUnknown" OR "EmailDelivery"."status" = 'sending') OR "EmailDelivery"."createdAt" > ${windowStart})
    RETURNING "id", "createdAt"`;
  return rows[0] ?? null;
}

async function recordFailure(db: Database | Tx, organizationId: string | null, id: string, error: unknown, outcomeUnknown: boolean): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  try {
    // outcomeUnknown only ever turns on: one unclear attempt is enough to bound the retries.
    await inScope(db, organizationId, (tx) =>
      tx.emailDelivery.update({ where: { id }, data: { status: "failed", lastError: message, ...(outcomeUnknown ? { outcomeUnknown: true } : {}) } }),
    );
  } catch (recordError) {
    // The claim stays `sending` and is retaken once stale: still at most once.
    console.error(`deliverEmail: could not record the failure of delivery ${id}:`, recordError);
  }
}

/** A refusal the transport vouches for (Resend's 4xx) sent nothing; anything else may have. */
const isOutcomeUnknown = (error: unknown) => !(error instanceof MailTransportError && !error.outcomeUnknown);

/**
 * Runs `work` where the row-level security of EmailDelivery and
 * EmailPreference lets it: in a new transaction scoped to the organization
 * (or to none, for sign-in mail), or in the caller's own transaction.
 */
async function inScope<T>(db: Database | Tx, organizationId: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (!isClient(db)) return work(db);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.organization_id', ${organizationId ?? ""}, true), set_config('app.user_id', '', true)`;
    return work(tx);
  });
}

/** The app's client can connect; a transaction client cannot (Prisma leaves $connect off it). */
function isClient(db: Database | Tx): db is Database {
  return typeof (db as Partial<Database>).$connect === "function";
}

function checkInput(input: DeliverEmailInput): void {
  const problems: string[] = [];
  if (!/^[^\s@]+@[^\s@]+$/.test(input.to.trim()) || input.to.trim().length > 254) problems.push("`to` is not an email address");
  if (!input.period || input.period.length > 200) problems.push("`period` must be 1–200 characters");
  if (!input.subject || input.subject.length > 300) problems.push("`subject` must be 1–300 characters");
  if (!isTransactional(input.kind) && (!input.organizationId || !input.recipientMembershipId)) {
    problems.push(`${input.kind} email needs organizationId and recipientMembershipId (for the preference check and the unsubscribe link)`);
  }
  if (problems.length > 0) throw new TypeError(`deliverEmail: ${problems.join("; ")}`);
}
