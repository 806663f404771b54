import Link from "next/link";

export const ACTIVITY_KINDS = [
  { kind: "application", label: "Application", blurb: "You applied for a job." },
  { kind: "interview", label: "Interview", blurb: "You were interviewed." },
  { kind: "meeting", label: "Conversation", blurb: "An informational interview or networking meeting." },
  { kind: "follow-up", label: "Follow-up", blurb: "You called, wrote or met someone about an opportunity." },
  { kind: "offer", label: "Competing offer", blurb: "Another employer made you an offer." },
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number]["kind"];

export const isActivityKind = (value: unknown): value is ActivityKind => ACTIVITY_KINDS.some((item) => item.kind === value);

/** The kinds of activity, as links (each form has its own address, so the back button and bookmarks work). */
export function ActivityKindNav({ current }: { current: ActivityKind }) {
  return (
    <nav aria-label="What to log" className="mb-6 grid gap-2 sm:grid-cols-3 lg:grid-cols-5">
      {ACTIVITY_KINDS.map((item) => {
        const active = item.kind === current;
        return (
          <Link
            key={item.kind}
            href={`/seeker/log?kind=${item.kind}`}
            aria-current={active ? "page" : undefined}
            className={`rounded-lg border px-4 py-3 text-left transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
              active ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600" : "border-slate-200 bg-white hover:border-slate-300 hover:bg-slate-50"
            }`}
          >
            <span className={`block text-sm font-semibold ${active ? "text-brand-800" : "text-slate-900"}`}>{item.label}</span>
            <span className="mt-0.5 block text-xs text-slate-600">{item.blurb}</span>
          </Link>
        );
      })}
    </nav>
  );
}
