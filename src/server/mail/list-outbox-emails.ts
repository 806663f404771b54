import { getDb, type Database } from "@/server/db/client";

export interface OutboxEmailSummary {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  tag: string | null;
  createdAt: Date;
}

/** The development outbox, newest first, optionally for one recipient. */
export async function listOutboxEmails(options: { to?: string; limit?: number } = {}, db: Database = getDb()): Promise<OutboxEmailSummary[]> {
  const to = options.to?.trim().toLowerCase();
  return db.outboxEmail.findMany({
    where: to ? { to: { equals: to, mode: "insensitive" } } : undefined,
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 50,
    select: { id: true, to: true, subject: true, html: true, text: true, tag: true, createdAt: true },
  });
}
