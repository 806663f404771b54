"use client";

import type { inferRouterOutputs } from "@trpc/server";
import type { LoggedEvent } from "@/server/cadence";
import type { AppRouter } from "@/server/api/root";
import { displayDay, displayInstantDay, localDateOf } from "@/server/dates";
import { ACTION_LABEL, channelWords, EVENT_LABEL, FLAG_LABEL, RESULT_LABEL, STATE_LABEL, type Tone } from "@/server/vocabulary/labels";

type Timeline = inferRouterOutputs<AppRouter>["opportunities"]["timelineForSeeker"];

const STATUS_LOOK = {
  done: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  open: "bg-sky-50 text-sky-800 ring-sky-200",
  overdue: "bg-red-50 text-red-700 ring-red-200",
  cancelled: "bg-slate-100 text-slate-500 ring-slate-200",
} as const;

const TONE_LOOK: Record<Tone, string> = {
  active: "bg-sky-50 text-sky-800 ring-sky-200",
  good: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  closed: "bg-slate-100 text-slate-700 ring-slate-200",
  warning: "bg-amber-50 text-amber-800 ring-amber-200",
};

function eventText(event: LoggedEvent): string {
  const label = EVENT_LABEL[event.type];
  switch (event.type) {
    case "response":
      return `${label}: ${RESULT_LABEL[event.result]}`;
    case "follow_up":
      return `${label} by ${channelWords(event.channel)}${event.contact ? ` with ${event.contact}` : ""}`;
    case "interview": {
      const names = event.interviewers.map((person) => person.name);
      const decision = event.decisionDate ? ` · decision expected ${displayDay(event.decisionDate)}` : "";
      return `${label}${names.length ? ` with ${names.join(", ")}` : ""}${decision}`;
    }
    case "applied":
    case "informational_interview":
    case "networking_meeting":
      return `${label}${event.contact?.name ? ` · ${event.contact.name}` : ""}`;
    case "competing_offer":
    case "withdrawn":
      return label;
  }
}

/** One opportunity as a coach reads it: the same timeline the seeker sees (built on the server), in a coach's words. */
export function OpportunityCard({ timeline, timeZone }: { timeline: Timeline; timeZone: string }) {
  const { opportunity } = timeline;
  const state = STATE_LABEL[opportunity.state];
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-label={opportunity.title} data-testid="opportunity">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">{opportunity.title}</h3>
          <p className="text-sm text-slate-500">
            {opportunity.company ?? (opportunity.kind === "networking" ? "Networking" : "Company not given")} · opened {displayInstantDay(opportunity.openedAt, timeZone)}
          </p>
        </div>
        <div className="flex flex-wrap gap-1.5">
          <span title={state.coach} className={`rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${TONE_LOOK[state.tone]}`}>{state.label}</span>
          {opportunity.flags.map((flag) => (
            <span key={flag} title={FLAG_LABEL[flag].coach} className="rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">
              {FLAG_LABEL[flag].coachLabel}
            </span>
          ))}
        </div>
      </header>
      {opportunity.state !== "active" || opportunity.flags.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {[opportunity.state !== "active" ? state.coach : null, ...opportunity.flags.map((flag) => FLAG_LABEL[flag].coach)].filter(Boolean).join(" ")}
        </p>
      ) : null}
      <ol className="mt-4 space-y-2 border-l-2 border-slate-100 pl-4">
        {timeline.entries.map((entry) => {
          const extra = entry.kind === "event" ? entry.extraContact : null;
          return (
            <li key={entry.id} className="relative text-sm">
              <span aria-hidden className={`absolute top-1.5 -left-[1.3rem] size-2 rounded-full ${entry.kind === "step" ? "bg-brand-600" : extra ? "bg-amber-500" : "bg-slate-700"}`} />
              {entry.kind === "step" ? (
                <StepLine step={entry.step} timeZone={timeZone} />
              ) : extra ? (
                <span className={extra.overContact ? "text-amber-800" : "text-slate-600"}>
                  <span className="font-medium">{displayInstantDay(entry.logged.at, timeZone)}</span> · Extra contact by {channelWords(entry.logged.event.type === "follow_up" ? entry.logged.event.channel : "email")}
                  {entry.logged.event.type === "follow_up" && entry.logged.event.contact ? ` with ${entry.logged.event.contact}` : ""}, beyond the plan
                  {extra.overContact ? ": over-contact under this policy" : " (fine under this policy)"}
                </span>
              ) : (
                <EventLine text={eventText(entry.logged.event)} at={entry.logged.at} timeZone={timeZone} />
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}

function EventLine({ text, at, timeZone }: { text: string; at: Date; timeZone: string }) {
  return (
    <span className="text-slate-900">
      <span className="font-medium">{displayInstantDay(at, timeZone)}</span> · {text}
    </span>
  );
}

function StepLine({ step, timeZone }: { step: Timeline["followUps"][number]; timeZone: string }) {
  const status = step.status === "open" && step.overdue ? "overdue" : step.status;
  const statusText = {
    done: step.doneAt ? `Done ${displayInstantDay(step.doneAt, timeZone)}` : "Done",
    open: "Planned",
    overdue: "Overdue",
    cancelled: "Cancelled",
  }[status];
  const window = step.notBefore === step.due ? `due ${displayDay(step.due)}` : `${displayDay(step.notBefore)} – ${displayDay(step.due)}`;
  const late = step.status === "done" && step.doneAt && localDateOf(step.doneAt, timeZone) > step.due ? " (late)" : "";
  return (
    <div className={step.status === "cancelled" ? "text-slate-400" : "text-slate-700"}>
      <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${STATUS_LOOK[status]}`}>{statusText}{late}</span>
      <span className={step.status === "cancelled" ? "line-through" : ""}>
        {ACTION_LABEL[step.action]} by {channelWords(step.channel)}
        {step.contact ? ` to ${step.contact}` : ""}
      </span>
      {step.optional ? <span className="text-slate-500"> (optional)</span> : null}
      <span className="text-slate-500"> · {window}</span>
    </div>
  );
}
