import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState, PageHeader } from "@/components/ui";
import { firstLinkIn, isDevMailboxEnabled } from "@/server/mail/dev-mailbox";
import { listOutboxEmails } from "@/server/mail/list-outbox-emails";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };
// Always read the outbox afresh: it changes with every sign-in.
export const dynamic = "force-dynamic";

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const emails = await listOutboxEmails({ to });
  return (
    <main className="mx-auto max-w-4xl px-6 py-10">
      <PageHeader
        title="Dev mailbox"
        description="Email the app would have sent. Development only: set RESEND_API_KEY to send real mail instead."
      />
      <form className="mb-6 flex gap-2" action="/dev/mailbox">
        <input
          name="to"
          defaultValue={to ?? ""}
          placeholder="Filter by recipient, e.g. coach@northside.test"
          className="block w-full max-w-sm rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
          Filter
        </button>
      </form>
      {emails.length === 0 ? (
        <EmptyState title="No email yet" icon="✉">
          {to ? `Nothing has been sent to ${to}.` : "Request a sign-in link and it will appear here."}
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => {
            const link = firstLinkIn(email.html);
            return (
              <li key={email.id} data-testid="outbox-email" data-to={email.to} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium text-slate-900">{email.subject}</p>
                  <time className="text-xs text-slate-500" dateTime={email.createdAt.toISOString()}>
                    {email.createdAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </div>
                <p className="mt-1 text-sm text-slate-600">To: {email.to}</p>
                {link ? (
                  <a href={link} data-testid="email-link" className="mt-3 inline-block break-all text-sm font-medium text-brand-700 hover:underline">
                    {link}
                  </a>
                ) : null}
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm text-slate-600">Show the email</summary>
                  {/* Sandboxed: outbox HTML never runs script on this origin. */}
                  <iframe title={email.subject} sandbox="" srcDoc={email.html} className="mt-3 h-[28rem] w-full rounded-lg border border-slate-200" />
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
