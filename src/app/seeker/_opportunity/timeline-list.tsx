import type { Contact, LoggedEvent } from "@/server/cadence";
import { displayDay, friendlyDue } from "@/server/dates";
import type { TimelineEntry } from "@/server/opportunities/schemas";
import { describeFollowUp } from "@/server/vocabulary/describe-follow-up";
import { ACTION_LABEL, channelWords, ROLE_LABEL } from "@/server/vocabulary/labels";
import { LocalInstant } from "./local-instant";

const RESULT_TEXT = {
  offer: "They made you an offer. Congratulations!",
  rejected: "They said no this time.",
  runner_up: "You were the runner-up.",
  still_deciding: "They are still deciding.",
} as const;

const person = (contact: Contact | undefined) => (contact ? (contact.role && contact.role !== "other" ? `${contact.name} (${ROLE_LABEL[contact.role]})` : contact.name) : null);

function eventText(event: LoggedEvent): { title: string; detail?: string } {
  switch (event.type) {
    case "applied":
      return { title: "Applied", detail: event.contact ? `Contact: ${person(event.contact)}` : undefined };
    case "interview": {
      const people = event.interviewers.map(person).filter(Boolean);
      const decide = event.decisionDate ? `They expect to decide by ${displayDay(event.decisionDate, true)}.` : undefined;
      return { title: people.length ? `Interview with ${people.join(", ")}` : "Interview", detail: decide };
    }
    case "informational_interview":
      return { title: `Informational interview${event.contact ? ` with ${person(event.contact)}` : ""}` };
    case "networking_meeting":
      return { title: `Networking meeting${event.contact ? ` with ${person(event.contact)}` : ""}` };
    case "follow_up":
      return { title: `${event.action ? ACTION_LABEL[event.action] : "Follow-up"} by ${channelWords(event.channel)}${event.contact ? ` with ${event.contact}` : ""}` };
    case "response":
      return { title: "Answer", detail: RESULT_TEXT[event.result] };
    case "competing_offer":
      return { title: "Offer from another employer" };
    case "withdrawn":
      return { title: "You withdrew" };
  }
}

const DOT = {
  event: "bg-brand-700 ring-brand-100",
  done: "bg-emerald-600 ring-emerald-100",
  open: "bg-white ring-slate-300 border border-slate-400",
  overdue: "bg-amber-400 ring-amber-100",
  cancelled: "bg-slate-300 ring-slate-100",
} as const;

/** The opportunity's timeline as the server built it (src/server/opportunities/build-timeline.ts). */
export function TimelineList({ entries, today }: { entries: TimelineEntry[]; today: string }) {
  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-6">
      {entries.map((item) => {
        if (item.kind === "event") {
          const text = eventText(item.logged.event);
          return (
            <li key={item.id} className="relative" data-testid="timeline-event">
              <span aria-hidden className={`absolute -left-[31px] top-1.5 size-3 rounded-full ring-4 ${DOT.event}`} />
              <p className="text-xs text-slate-500">
                <LocalInstant at={item.logged.at} written={item.logged.event.at} />
              </p>
              <p className="font-medium text-slate-900">{text.title}</p>
              {text.detail ? <p className="text-sm text-slate-600">{text.detail}</p> : null}
              {item.extraContact?.overContact ? <p className="text-sm text-amber-800">More contact than your plan suggests: give them some room.</p> : null}
            </li>
          );
        }
        const { step } = item;
        const look = step.status === "done" ? DOT.done : step.status === "cancelled" ? DOT.cancelled : step.overdue ? DOT.overdue : DOT.open;
        const when =
          step.status === "done" ? (
            <>
              Done{step.doneAt ? <> <LocalInstant at={step.doneAt} written={item.doneBy?.event.at ?? step.doneAt.toISOString()} /></> : null} · planned for {displayDay(step.due)}
            </>
          ) : step.status === "cancelled"
              ? `No longer needed (was planned for ${displayDay(step.due)})`
              : step.notBefore < step.due && step.notBefore > today
                ? `Planned: between ${displayDay(step.notBefore)} and ${displayDay(step.due)}`
                : `Planned: ${friendlyDue(step.due, today)}`;
        return (
          <li key={item.id} className="relative" data-testid="timeline-step">
            <span aria-hidden className={`absolute -left-[31px] top-1.5 size-3 rounded-full ring-4 ${look}`} />
            <p className={`text-xs ${step.overdue ? "text-amber-800" : "text-slate-500"}`}>{when}</p>
            <p className={`font-medium ${step.status === "cancelled" ? "text-slate-500 line-through" : "text-slate-900"}`}>
              {describeFollowUp(step.action, step.channel, step.contact)}
              {step.optional ? <span className="ml-2 text-xs font-normal text-slate-500">(optional)</span> : null}
            </p>
            {step.status === "open" ? (
              <details className="mt-1 text-sm text-slate-600">
                <summary className="cursor-pointer text-brand-700 hover:underline">What to say</summary>
                <p className="mt-1 rounded-lg bg-slate-50 px-3 py-2 leading-relaxed text-slate-800">{step.script}</p>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
