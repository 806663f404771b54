import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState, FieldError, inputClassName, PageHeader } from "@/components/ui";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from "@/server/audit/audit-actions";
import type { AuditPage } from "@/server/audit/schemas";
import { requireMember } from "@/server/auth/require-member";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

const ROLE_LABELS = { ADMIN: "Administrator", COACH: "Coach", SEEKER: "Job seeker" } as const;

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The audit log, for admins: server-rendered, filtered through the URL, so every view can be bookmarked and shared with a reviewer. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { membership } = await requireMember(["COACH", "ADMIN"], "/coach/audit");
  if (membership.role !== "ADMIN") notFound();
  const params = await searchParams;
  const filter = {
    action: one(params.action) as AuditAction | undefined,
    actorMembershipId: one(params.actor),
    subjectMembershipId: one(params.subject),
    from: one(params.from),
    to: one(params.to),
    cursor: one(params.cursor),
  };
  let page: AuditPage | null = null;
  let fieldErrors: Record<string, string[]> = {};
  let formError: string | null = null;
  try {
    page = await serverCaller.audit.list(filter);
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") throw error;
    const cause = error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined;
    for (const issue of cause?.issues ?? []) (fieldErrors[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
    if (Object.keys(fieldErrors).length === 0) formError = error.message;
    fieldErrors = { ...fieldErrors };
  }
  const hrefWith = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const merged = { action: filter.action, actor: filter.actorMembershipId, subject: filter.subjectMembershipId, from: filter.from, to: filter.to, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) next.set(key, value);
    const query = next.toString();
    return query ? `/coach/audit?${query}` : "/coach/audit";
  };
  const when = (date: Date) =>
    date.toLocaleString("en-US", { timeZone: page?.timeZone ?? "UTC", month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" });

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every sign-in, denied access, staff view of a seeker's record, and change to policies, invitations and caseloads in your organization. Entries cannot be edited or deleted."
      />
      <Card className="mb-6">
        <form method="get" action="/coach/audit" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_10rem_10rem_auto] lg:items-end">
          {filter.actorMembershipId ? <input type="hidden" name="actor" value={filter.actorMembershipId} /> : null}
          {filter.subjectMembershipId ? <input type="hidden" name="subject" value={filter.subjectMembershipId} /> : null}
          <div>
            <label htmlFor="audit-action" className="mb-1 block text-sm font-medium text-slate-800">
              What happened
            </label>
            <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={inputClassName} aria-invalid={Boolean(fieldErrors.action)} aria-describedby={fieldErrors.action ? "audit-action-error" : undefined}>
              <option value="">Everything</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {AUDIT_ACTION_LABELS[action]}
                </option>
              ))}
            </select>
            <FieldError id="audit-action-error" message={fieldErrors.action?.[0]} />
          </div>
          <div>
            <label htmlFor="audit-from" className="mb-1 block text-sm font-medium text-slate-800">
              From
            </label>
            <input id="audit-from" name="from" type="date" min="1900-01-01" max="2100-12-31" defaultValue={filter.from ?? ""} className={inputClassName} aria-invalid={Boolean(fieldErrors.from)} aria-describedby={fieldErrors.from ? "audit-from-error" : undefined} />
            <FieldError id="audit-from-error" message={fieldErrors.from?.[0]} />
          </div>
          <div>
            <label htmlFor="audit-to" className="mb-1 block text-sm font-medium text-slate-800">
              To
            </label>
            <input id="audit-to" name="to" type="date" min="1900-01-01" max="2100-12-31" defaultValue={filter.to ?? ""} className={inputClassName} aria-invalid={Boolean(fieldErrors.to)} aria-describedby={fieldErrors.to ? "audit-to-error" : undefined} />
            <FieldError id="audit-to-error" message={fieldErrors.to?.[0]} />
          </div>
          <div className="flex gap-2">
            <button type="submit" className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
              Show
            </button>
            <Link href="/coach/audit" className="inline-flex items-center rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100">
              Clear
            </Link>
          </div>
        </form>
        {filter.actorMembershipId || filter.subjectMembershipId ? (
          <p className="mt-4 flex flex-wrap gap-2 text-sm text-slate-700">
            {filter.actorMembershipId ? (
              <Link href={hrefWith({ actor: undefined })} className="rounded-full bg-slate-100 px-3 py-1 hover:bg-slate-200">
                By one person <span aria-hidden>×</span>
                <span className="sr-only"> (remove this filter)</span>
              </Link>
            ) : null}
            {filter.subjectMembershipId ? (
              <Link href={hrefWith({ subject: undefined })} className="rounded-full bg-slate-100 px-3 py-1 hover:bg-slate-200">
                About one seeker <span aria-hidden>×</span>
                <span className="sr-only"> (remove this filter)</span>
              </Link>
            ) : null}
          </p>
        ) : null}
        {formError ? <p role="alert" className="mt-4 text-sm text-red-700">{formError}</p> : null}
      </Card>

      {page && page.rows.length === 0 ? (
        <EmptyState title="Nothing recorded for this filter">Try a wider date range, or clear the filters.</EmptyState>
      ) : null}
      {page && page.rows.length > 0 ? (
        <Card className="overflow-x-auto p-0">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Audit log entries, newest first, times in {page.timeZone}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">When</th>
                <th scope="col" className="px-4 py-3">Who</th>
                <th scope="col" className="px-4 py-3">What</th>
                <th scope="col" className="px-4 py-3">Seeker</th>
                <th scope="col" className="px-4 py-3">Details</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.rows.map((row) => (
                <tr key={row.id} data-testid="audit-row">
                  <td className="whitespace-nowrap px-4 py-3 text-slate-700">{when(row.occurredAt)}</td>
                  <td className="px-4 py-3">
                    {row.actor?.membershipId ? (
                      <Link href={hrefWith({ actor: row.actor.membershipId, cursor: undefined })} className="font-medium text-brand-700 hover:underline">
                        {row.actor.name}
                      </Link>
                    ) : (
                      <span className="text-slate-500">{row.actor?.name ?? "System"}</span>
                    )}
                    {row.actor?.role ? <span className="block text-xs text-slate-500">{ROLE_LABELS[row.actor.role]}</span> : null}
                  </td>
                  <td className="px-4 py-3 text-slate-900">
                    {row.actionLabel}
                    {row.view ? <span className="block text-xs text-slate-500">{row.view}</span> : null}
                  </td>
                  <td className="px-4 py-3">
                    {row.subject?.membershipId ? (
                      <Link href={hrefWith({ subject: row.subject.membershipId, cursor: undefined })} className="text-brand-700 hover:underline">
                        {row.subject.name}
                      </Link>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                  <td className="px-4 py-3 text-xs text-slate-600">
                    {[row.targetId, ...Object.entries(row.detail ?? {}).map(([key, value]) => `${key}: ${String(value)}`)].filter(Boolean).join(" · ") || "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      {page?.nextCursor ? (
        <p className="mt-4">
          <Link href={`${hrefWith({})}${hrefWith({}).includes("?") ? "&" : "?"}cursor=${encodeURIComponent(page.nextCursor)}`} className="text-sm font-medium text-brand-700 hover:underline">
            Older entries →
          </Link>
        </p>
      ) : null}
    </>
  );
}
