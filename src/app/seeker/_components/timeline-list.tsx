import { LocalInstant } from "./local-instant";
import type { TimelineItem } from "./timeline-items";
import { ACTION_LABEL, CHANNEL_LABEL, describeStep, formatDay, friendlyDue, ROLE_LABEL, type Channel, type ContactRole } from "./words";

const RESULT_TEXT: Record<string, string> = {
  offer: "They made you an offer. Congratulations!",
  rejected: "They said no this time.",
  runner_up: "You were the runner-up.",
  still_deciding: "They are still deciding.",
};

type Person = { name?: unknown; role?: unknown };
const person = (value: unknown) => {
  const p = (value ?? {}) as Person;
  if (typeof p.name !== "string") return null;
  const role = typeof p.role === "string" && p.role !== "other" ? ROLE_LABEL[p.role as ContactRole] : null;
  return role ? `${p.name} (${role})` : p.name;
};

function eventText(type: string, payload: Record<string, unknown>): { title: string; detail?: string } {
  switch (type) {
    case "applied":
      return { title: "Applied", detail: person(payload.contact) ? `Contact: ${person(payload.contact)}` : undefined };
    case "interview": {
      const people = Array.isArray(payload.interviewers) ? payload.interviewers.map(person).filter(Boolean) : [];
      const decide = typeof payload.decisionDate === "string" ? `They expect to decide by ${formatDay(payload.decisionDate, true)}.` : undefined;
      return { title: people.length ? `Interview with ${people.join(", ")}` : "Interview", detail: decide };
    }
    case "informational_interview":
      return { title: `Informational interview${person(payload.contact) ? ` with ${person(payload.contact)}` : ""}` };
    case "networking_meeting":
      return { title: `Networking meeting${person(payload.contact) ? ` with ${person(payload.contact)}` : ""}` };
    case "follow_up": {
      const channel = CHANNEL_LABEL[payload.channel as Channel]?.toLowerCase() ?? "follow-up";
      const action = typeof payload.action === "string" ? ACTION_LABEL[payload.action as keyof typeof ACTION_LABEL] : null;
      const contact = typeof payload.contact === "string" ? ` with ${payload.contact}` : "";
      return { title: `${action ?? "Follow-up"} by ${channel}${contact}` };
    }
    case "response":
      return { title: "Answer", detail: RESULT_TEXT[String(payload.result)] };
    case "withdrawn":
      return { title: "You withdrew" };
    default:
      return { title: type.replace(/_/g, " ") };
  }
}

const DOT = {
  event: "bg-brand-700 ring-brand-100",
  done: "bg-emerald-600 ring-emerald-100",
  open: "bg-white ring-slate-300 border border-slate-400",
  overdue: "bg-amber-400 ring-amber-100",
  cancelled: "bg-slate-300 ring-slate-100",
} as const;

export function TimelineList({ items, today }: { items: TimelineItem[]; today: string }) {
  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-6">
      {items.map((item) => {
        if (item.kind === "event") {
          const text = eventText(item.event.type, item.event.payload);
          return (
            <li key={item.key} className="relative" data-testid="timeline-event">
              <span aria-hidden className={`absolute -left-[31px] top-1.5 size-3 rounded-full ring-4 ${DOT.event}`} />
              <p className="text-xs text-slate-500">
                <LocalInstant at={item.event.at} written={item.writtenAt} />
              </p>
              <p className="font-medium text-slate-900">{text.title}</p>
              {text.detail ? <p className="text-sm text-slate-600">{text.detail}</p> : null}
              {item.overContact ? <p className="text-sm text-amber-800">More contact than your plan suggests: give them some room.</p> : null}
            </li>
          );
        }
        const { step } = item;
        const look = step.status === "done" ? DOT.done : step.status === "cancelled" ? DOT.cancelled : step.overdue ? DOT.overdue : DOT.open;
        const when =
          step.status === "done" ? (
            <>
              Done{step.doneAt ? <> <LocalInstant at={step.doneAt} written={item.doneWrittenAt ?? step.doneAt.toISOString()} /></> : null} · planned for {formatDay(step.due)}
            </>
          ) : step.status === "cancelled"
              ? `No longer needed (was planned for ${formatDay(step.due)})`
              : step.notBefore < step.due && step.notBefore > today
                ? `Planned: between ${formatDay(step.notBefore)} and ${formatDay(step.due)}`
                : `Planned: ${friendlyDue(step.due, today)}`;
        return (
          <li key={item.key} className="relative" data-testid="timeline-step">
            <span aria-hidden className={`absolute -left-[31px] top-1.5 size-3 rounded-full ring-4 ${look}`} />
            <p className={`text-xs ${step.overdue ? "text-amber-800" : "text-slate-500"}`}>{when}</p>
            <p className={`font-medium ${step.status === "cancelled" ? "text-slate-500 line-through" : "text-slate-900"}`}>
              {describeStep(step.action, step.channel, step.contact)}
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
