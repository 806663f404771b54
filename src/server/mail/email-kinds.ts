/**
 * Every kind of email Followthrough sends, declared once. The Prisma schema
 * declares the same `EmailKind` enum for the database; email-kinds.test.ts
 * proves the two lists are identical, and the label table below is a
 * `Record` over the list, so a kind added without words is a compile error.
 */

export const EMAIL_KINDS = ["magic_link", "invitation", "reminder", "overdue_nudge", "seeker_digest", "coach_digest", "coach_nudge"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** Sign-in and invitations: mail someone asked for, which no one unsubscribes from (RFC 8058 exempts it too). */
export const TRANSACTIONAL_EMAIL_KINDS = ["magic_link", "invitation"] as const satisfies readonly EmailKind[];
export type TransactionalEmailKind = (typeof TRANSACTIONAL_EMAIL_KINDS)[number];
export type UnsubscribableEmailKind = Exclude<EmailKind, TransactionalEmailKind>;

export const UNSUBSCRIBABLE_EMAIL_KINDS = EMAIL_KINDS.filter(
  (kind): kind is UnsubscribableEmailKind => !(TRANSACTIONAL_EMAIL_KINDS as readonly EmailKind[]).includes(kind),
);

export function isTransactional(kind: EmailKind): kind is TransactionalEmailKind {
  return (TRANSACTIONAL_EMAIL_KINDS as readonly EmailKind[]).includes(kind);
}

export function isEmailKind(value: unknown): value is EmailKind {
  return typeof value === "string" && (EMAIL_KINDS as readonly string[]).includes(value);
}

/** Who receives a kind: the preferences page offers a member the kinds meant for their role. */
export type EmailAudience = "anyone" | "seeker" | "staff";

export const EMAIL_KIND_LABEL: Readonly<Record<EmailKind, { label: string; description: string; audience: EmailAudience }>> = {
  magic_link: { label: "Sign-in links", description: "The link you asked for to sign in.", audience: "anyone" },
  invitation: { label: "Invitations", description: "An invitation to join an organization.", audience: "anyone" },
  reminder: { label: "Follow-up reminders", description: "On the morning a follow-up is due to start: who to contact, how, and what to say.", audience: "seeker" },
  overdue_nudge: { label: "Overdue nudges", description: "One reminder the morning after a follow-up's due date, if it is still open.", audience: "seeker" },
  seeker_digest: { label: "Weekly summaries", description: "Monday morning: last week's follow-ups, this week's, and how many irons you have in the fire.", audience: "seeker" },
  coach_digest: { label: "Weekly caseload digests", description: "Monday morning: your caseload's follow-up rate, who is overdue, who needs a word, and the wins.", audience: "staff" },
  coach_nudge: { label: "Notes from your coach", description: "When your coach asks you to follow up on something.", audience: "seeker" },
};

/** The unsubscribable kinds a member with `role` receives, in the order the page lists them. */
export function emailKindsFor(role: "SEEKER" | "COACH" | "ADMIN"): UnsubscribableEmailKind[] {
  const audience: EmailAudience = role === "SEEKER" ? "seeker" : "staff";
  return UNSUBSCRIBABLE_EMAIL_KINDS.filter((kind) => EMAIL_KIND_LABEL[kind].audience === audience);
}

/** The outbox tag and Resend category for a kind ("magic-link"): the words the development mailbox has always used. */
export const emailTag = (kind: EmailKind) => kind.replace(/_/g, "-");
