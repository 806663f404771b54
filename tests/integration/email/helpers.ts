/** Shared by the email tests: a transport that records what it was given, and reads of the delivery rows. */
import { vi } from "vitest";
import type { OutgoingEmail, MailTransport, TransportResult } from "@/server/mail/mail-transport";
import { withTenant } from "@/server/db/tenant";
import { appDb } from "../db";

export const TEST_SECRET = "an-integration-test-secret-of-32-characters+";

export function recordingTransport(options: { delayMs?: number; fail?: (attempt: number) => Error | null } = {}) {
  const sent: OutgoingEmail[] = [];
  let attempts = 0;
  const transport = vi.fn<MailTransport>(async (email): Promise<TransportResult> => {
    attempts += 1;
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    const failure = options.fail?.(attempts) ?? null;
    if (failure) throw failure;
    sent.push(email);
    return { providerMessageId: `test-${attempts}` };
  });
  return { transport, sent };
}

/** The delivery rows for one organization (or the sign-in rows, with null), newest first. */
export function deliveriesOf(organizationId: string | null, where: { recipient?: string; kind?: string } = {}) {
  const query = (tx: Parameters<Parameters<typeof withTenant>[1]>[0]) =>
    tx.emailDelivery.findMany({ where: { ...(where.recipient ? { recipient: where.recipient } : {}), ...(where.kind ? { kind: where.kind as never } : {}) }, orderBy: { createdAt: "desc" } });
  if (organizationId) return withTenant({ organizationId }, query, appDb());
  return appDb().$transaction(query);
}
