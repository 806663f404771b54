"use client";

import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { formatInstant, formatPlanDate } from "./format";
import { ACTION_LABEL, CHANNEL_LABEL, EVENT_LABEL, FLAG_LABEL, RESULT_LABEL, STATE_LABEL } from "./labels";

type Timeline = inferRouterOutputs<AppRouter>["opportunities"]["timelineForSeeker"];
type Entry = { sortKey: string; kind: "event" | "step" | "extra"; node: React.ReactNode; id: string };

const STATUS_LOOK = {
  done: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  open: "bg-sky-50 text-sky-800 ring-sky-200",
  overdue: "bg-red-50 text-red-700 ring-red-200",
  cancelled: "bg-slate-100 text-slate-500 ring-slate-200",
} as const;

function localDay(instant: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

function eventText(event: Timeline["events"][number]): string {
  const payload = event.payload;
  const label = EVENT_LABEL[event.type] ?? event.type;
  if (event.type === "response") return `${label}: ${RESULT_LABEL[String(payload.result)] ?? String(payload.result)}`;
  if (event.type === "follow_up") return `${label} by ${CHANNEL_LABEL[String(payload.channel)] ?? String(payload.channel)}${payload.contact ? ` with ${String(payload.contact)}` : ""}`;
  if (event.type === "interview") {
    const names = Array.isArray(payload.interviewers) ? payload.interviewers.map((person) => (person as { name?: string }).name).filter(Boolean) : [];
    const decision = typeof payload.decisionDate === "string" ? ` · decision expected ${formatPlanDate(payload.decisionDate)}` : "";
    return `${label}${names.length ? ` with ${names.join(", ")}` : ""}${decision}`;
  }
  const contact = payload.contact as { name?: string } | undefined;
  return `${label}${contact?.name ? ` · ${contact.name}` : ""}`;
}

export function OpportunityCard({ timeline, timeZone }: { timeline: Timeline; timeZone: string }) {
  const { opportunity } = timeline;
  const state = STATE_LABEL[opportunity.state] ?? STATE_LABEL.active!;
  const entries: Entry[] = [
    // A logged follow-up shows as the step it completed, or below as an extra contact: listing the event too would say it twice.
    ...timeline.events.filter((event) => event.type !== "follow_up").map((event) => ({ id: event.id, kind: "event" as const, sortKey: `${localDay(event.at, timeZone)}-0-${event.at.toISOString()}`, node: <EventLine text={eventText(event)} at={event.at} timeZone={timeZone} /> })),
    ...timeline.followUps.map((step) => {
      const day = step.status === "done" && step.doneAt ? localDay(step.doneAt, timeZone) : step.due;
      return { id: step.id, kind: "step" as const, sortKey: `${day}-1-${step.step}`, node: <StepLine step={step} timeZone={timeZone} /> };
    }),
    ...timeline.extraContacts.map((extra, index) => ({
      id: `extra-${index}`,
      kind: "extra" as const,
      sortKey: `${localDay(extra.at, timeZone)}-2`,
      node: (
        <span className={extra.overContact ? "text-amber-800" : "text-slate-600"}>
          Extra contact by {CHANNEL_LABEL[extra.channel]}
          {extra.contact ? ` with ${extra.contact}` : ""}, beyond the plan{extra.overContact ? ": over-contact under this policy" : " (fine under this policy)"}
        </span>
      ),
    })),
  ].sort((a, b) => a.sortKey.localeCompare(b.sortKey));

  return (
    <article className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-label={opportunity.title} data-testid="opportunity">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">{opportunity.title}</h3>
          <p className="text-sm text-slate-500">
            {opportunity.company ?? (opportunity.kind === "networking" ? "Networking" : "Company not given")} · opened {formatInstant(opportunity.openedAt, timeZone)}
          </p>
        </div>
        <div className="flex flex-wrap gap-1.5">
          <span title={state.explain} className={`rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${state.look}`}>{state.label}</span>
          {opportunity.flags.map((flag) => (
            <span key={flag} title={FLAG_LABEL[flag]?.explain} className="rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">
              {FLAG_LABEL[flag]?.label ?? flag}
            </span>
          ))}
        </div>
      </header>
      {opportunity.state !== "active" || opportunity.flags.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {[opportunity.state !== "active" ? state.explain : null, ...opportunity.flags.map((flag) => FLAG_LABEL[flag]?.explain)].filter(Boolean).join(" ")}
        </p>
      ) : null}
      <ol className="mt-4 space-y-2 border-l-2 border-slate-100 pl-4">
        {entries.map((entry) => (
          <li key={entry.id} className="relative text-sm">
            <span aria-hidden className={`absolute top-1.5 -left-[1.3rem] size-2 rounded-full ${entry.kind === "event" ? "bg-slate-700" : entry.kind === "extra" ? "bg-amber-500" : "bg-brand-600"}`} />
            {entry.node}
          </li>
        ))}
      </ol>
    </article>
  );
}

function EventLine({ text, at, timeZone }: { text: string; at: Date; timeZone: string }) {
  return (
    <span className="text-slate-900">
      <span className="font-medium">{formatInstant(at, timeZone)}</span> · {text}
    </span>
  );
}

function StepLine({ step, timeZone }: { step: Timeline["followUps"][number]; timeZone: string }) {
  const status = step.status === "open" && step.overdue ? "overdue" : step.status;
  const statusText = {
    done: step.doneAt ? `Done ${formatInstant(step.doneAt, timeZone)}` : "Done",
    open: "Planned",
    overdue: "Overdue",
    cancelled: "Cancelled",
  }[status];
  const window = step.notBefore === step.due ? `due ${formatPlanDate(step.due)}` : `${formatPlanDate(step.notBefore)} – ${formatPlanDate(step.due)}`;
  const late = step.status === "done" && step.doneAt && localDay(step.doneAt, timeZone) > step.due ? " (late)" : "";
  return (
    <div className={step.status === "cancelled" ? "text-slate-400" : "text-slate-700"}>
      <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${STATUS_LOOK[status]}`}>{statusText}{late}</span>
      <span className={step.status === "cancelled" ? "line-through" : ""}>
        {ACTION_LABEL[step.action]} by {CHANNEL_LABEL[step.channel]}
        {step.contact ? ` to ${step.contact}` : ""}
      </span>
      {step.optional ? <span className="text-slate-500"> (optional)</span> : null}
      <span className="text-slate-500"> · {window}</span>
    </div>
  );
}
