/**
 * The planner: a validated timeline and "now" in, the dated follow-up plan
 * out. Pure: no I/O, no clock of its own, no zod on this path. Events are
 * replayed in order of their instants (input order breaks ties); every date
 * is a local date in the seeker's time zone.
 */
import { addBusinessDays, type BusinessCalendar, businessCalendar } from "./business-days";
import { type CompiledPolicy, compilePolicy, stepDates } from "./compiled-policy";
import { type DayNumber, parseDay, type ZoneClock, zoneClock } from "@/server/dates";
import { matchFollowUp } from "./match-follow-up";
import type { StepTrigger } from "./policy-schema";
import type { ExtraContact, Occurrence, OpportunityState, PlannedOpportunity, PlanResult } from "./plan-types";
import { toPlannedFollowUp } from "./plan-output";
import type { Contact, Timeline, TimelineEvent } from "./timeline-schema";

interface OpportunityRecord {
  id: string;
  state: OpportunityState;
  overContact: boolean;
  tooEarly: boolean;
  occurrences: Occurrence[];
  /** Per step index: how many occurrences were planned so far (the next occurrence index). */
  counters: number[];
  /** The latest interview round, which competing offers and supersession look at. */
  interview: { hiringManager: string | null; decisionDay: DayNumber | null } | null;
  lastResponseMs: number;
  lastResponseDay: DayNumber;
  networkingLeads: string[];
}

type EventOf<T extends TimelineEvent["type"]> = Extract<TimelineEvent, { type: T }>;

/** The interviewer with role hiring_manager, else the first one. */
export function hiringManagerIndex(interviewers: readonly Contact[]): number {
  const index = interviewers.findIndex((person) => person.role === "hiring_manager");
  return index >= 0 ? index : interviewers.length > 0 ? 0 : -1;
}

class Planner {
  private readonly opportunities = new Map<string, OpportunityRecord>();
  readonly extraContacts: ExtraContact[] = [];

  constructor(
    private readonly compiled: CompiledPolicy,
    private readonly clock: ZoneClock,
    private readonly calendar: BusinessCalendar,
  ) {}

  replay(events: readonly TimelineEvent[]): void {
    const order = events.map((_, index) => index);
    const times = events.map((event) => event.at.getTime());
    order.sort((a, b) => times[a]! - times[b]! || a - b);
    for (const index of order) this.apply(events[index]!, times[index]!, events[index]!.id ?? `#${index}`);
  }

  private apply(event: TimelineEvent, atMs: number, eventId: string): void {
    const day = this.clock.localDay(atMs);
    switch (event.type) {
      case "applied":
        return this.planFromTrigger(this.record(event.opportunity), "applied", day, eventId, event.contact?.name ?? null, []);
      case "informational_interview":
      case "networking_meeting":
        return this.planFromTrigger(this.record(event.opportunity), event.type, day, eventId, event.contact?.name ?? null, []);
      case "interview":
        return this.onInterview(event, day, eventId);
      case "follow_up":
        return this.onFollowUp(event, atMs, day, eventId);
      case "response":
        return this.onResponse(event, atMs, day, eventId);
      case "withdrawn": {
        const record = this.record(event.opportunity);
        this.cancelOpen(record);
        record.state = "withdrawn";
        return;
      }
      case "competing_offer":
        return this.onCompetingOffer(day, eventId);
    }
  }

  private record(id: string): OpportunityRecord {
    let record = this.opportunities.get(id);
    if (!record) {
      record = {
        id,
        state: "active",
        overContact: false,
        tooEarly: false,
        occurrences: [],
        counters: this.compiled.steps.map(() => 0),
        interview: null,
        lastResponseMs: Number.NEGATIVE_INFINITY,
        lastResponseDay: Number.NEGATIVE_INFINITY,
        networkingLeads: [],
      };
      this.opportunities.set(id, record);
    }
    return record;
  }

  private onInterview(event: EventOf<"interview">, day: DayNumber, eventId: string): void {
    const record = this.record(event.opportunity);
    // A later stage supersedes everything still open from earlier events, and a new round reopens the opportunity.
    this.cancelOpen(record);
    record.state = "active";
    const managerIndex = hiringManagerIndex(event.interviewers);
    const hiringManager = managerIndex >= 0 ? event.interviewers[managerIndex]!.name : null;
    const decisionDay = event.decisionDate === undefined ? null : parseDay(event.decisionDate);
    record.interview = { hiringManager, decisionDay };
    const others = event.interviewers.filter((_, index) => index !== managerIndex).map((person) => person.name);
    this.planFromTrigger(record, "interview", day, eventId, hiringManager, event.interviewers.map((p) => p.name), others, decisionDay);
  }

  private planFromTrigger(
    record: OpportunityRecord,
    trigger: StepTrigger,
    day: DayNumber,
    eventId: string,
    mainContact: string | null,
    everyone: readonly string[],
    others: readonly string[] = [],
    decisionDay: DayNumber | null = null,
  ): void {
    for (const stepIndex of this.compiled.stepsByTrigger[trigger]) {
      const audience = this.compiled.steps[stepIndex]!.audience;
      if (audience === "main_contact") this.plan(record, stepIndex, day, mainContact, eventId, decisionDay);
      else if (audience === "other_interviewers") for (const name of others) this.plan(record, stepIndex, day, name, eventId, decisionDay);
      // "Each interviewer" with nobody named still deserves one thank-you, addressed to no one in particular.
      else if (everyone.length === 0) this.plan(record, stepIndex, day, mainContact, eventId, decisionDay);
      else for (const name of everyone) this.plan(record, stepIndex, day, name, eventId, decisionDay);
    }
  }

  private plan(
    record: OpportunityRecord,
    stepIndex: number,
    anchor: DayNumber,
    contact: string | null,
    sourceEventId: string,
    decisionDay: DayNumber | null,
  ): void {
    const step = this.compiled.steps[stepIndex]!;
    const { notBefore, due } = stepDates(this.calendar, step, anchor, decisionDay);
    record.occurrences.push({
      opportunity: record.id,
      stepIndex,
      step,
      occurrence: record.counters[stepIndex]!++,
      contact,
      notBefore,
      due,
      status: "open",
      doneAtMs: null,
      sourceEventId,
      doneEventId: null,
    });
  }

  private cancelOpen(record: OpportunityRecord): void {
    for (const occurrence of record.occurrences) if (occurrence.status === "open") occurrence.status = "cancelled";
  }

  private latestOf(record: OpportunityRecord, stepIndex: number): Occurrence | null {
    for (let i = record.occurrences.length - 1; i >= 0; i--) {
      const occurrence = record.occurrences[i]!;
      if (occurrence.stepIndex === stepIndex && occurrence.status !== "cancelled") return occurrence;
    }
    return null;
  }

  private onFollowUp(event: EventOf<"follow_up">, atMs: number, day: DayNumber, eventId: string): void {
    const record = this.record(event.opportunity);
    const { policy, tooEarlyStep } = this.compiled;
    if (tooEarlyStep >= 0 && event.channel === policy.tooEarly!.channel) {
      const call = this.latestOf(record, tooEarlyStep);
      if (call && day < call.notBefore) record.tooEarly = true;
    }
    const match = matchFollowUp(record.occurrences, { day, channel: event.channel, action: event.action, contact: event.contact });
    if (!match) {
      const flag = policy.caps.flagExtraContacts ? "over_contact" : null;
      if (flag) record.overContact = true;
      this.extraContacts.push({
        opportunity: record.id,
        at: new Date(atMs).toISOString(),
        channel: event.channel,
        contact: event.contact ?? null,
        flag,
        eventId,
      });
      return;
    }
    match.status = "done";
    match.doneAtMs = atMs;
    match.doneEventId = eventId;
    // Follow-on steps and repeats count from the local date this one was actually done.
    for (const next of this.compiled.followOnsByStep[match.stepIndex]!) {
      this.plan(record, next, day, match.contact, eventId, null);
    }
  }

  private onResponse(event: EventOf<"response">, atMs: number, day: DayNumber, eventId: string): void {
    const record = this.record(event.opportunity);
    record.lastResponseMs = atMs;
    record.lastResponseDay = day;
    const { result } = event;
    if (result === "still_deciding") return;
    if (result === "runner_up" && this.compiled.policy.stopConditions.onRunnerUp === "keep_active") return;
    this.cancelOpen(record);
    record.state = result === "offer" ? "closed_offer" : result === "rejected" ? "closed_rejected" : "closed_runner_up";
    if (result === "rejected" && this.compiled.stepsByTrigger.rejected.length > 0) {
      const contact = record.interview?.hiringManager ?? this.mainContactOf(record);
      if (contact && !record.networkingLeads.includes(contact)) record.networkingLeads.push(contact);
      this.planFromTrigger(record, "rejected", day, eventId, contact, []);
    }
  }

  /** Without an interview, the person the opportunity's first steps addressed. */
  private mainContactOf(record: OpportunityRecord): string | null {
    return record.occurrences.find((occurrence) => occurrence.contact !== null)?.contact ?? null;
  }

  private onCompetingOffer(day: DayNumber, eventId: string): void {
    const stepIndexes = this.compiled.stepsByTrigger.competing_offer;
    if (stepIndexes.length === 0) return;
    for (const record of this.opportunities.values()) {
      const interview = record.interview;
      if (record.state !== "active" || interview === null) continue;
      if (interview.decisionDay !== null && interview.decisionDay <= day) continue;
      for (const stepIndex of stepIndexes) {
        // One outreach open at a time: a second offer does not stack another call.
        if (record.occurrences.some((o) => o.stepIndex === stepIndex && o.status === "open")) continue;
        this.plan(record, stepIndex, day, interview.hiringManager, eventId, null);
      }
    }
  }

  /** Presumed closed is judged at `now`: the span has passed with no response after the step it counts from. */
  finish(nowDay: DayNumber): { occurrences: Occurrence[]; opportunities: PlannedOpportunity[] } {
    const { policy, presumedClosedStep } = this.compiled;
    const occurrences: Occurrence[] = [];
    const opportunities: PlannedOpportunity[] = [];
    for (const record of this.opportunities.values()) {
      if (record.state === "active" && policy.presumedClosed && presumedClosedStep >= 0) {
        const rule = policy.presumedClosed;
        const step = this.latestOf(record, presumedClosedStep);
        if (step && (rule.from === "due" || step.doneAtMs !== null)) {
          const base = rule.from === "due" ? step.due : this.clock.localDay(step.doneAtMs!);
          const answered = rule.from === "due" ? record.lastResponseDay >= step.notBefore : record.lastResponseMs > step.doneAtMs!;
          if (!answered && nowDay > addBusinessDays(this.calendar, base, rule.businessDays)) record.state = "presumed_closed";
        }
      }
      const flags: PlannedOpportunity["flags"] = [];
      if (record.overContact) flags.push("over_contact");
      if (record.tooEarly) flags.push("too_early");
      opportunities.push({ opportunity: record.id, state: record.state, flags, networkingLeads: record.networkingLeads });
      for (const occurrence of record.occurrences) occurrences.push(occurrence);
    }
    return { occurrences, opportunities };
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface PlanOptions {
  /** The instant the plan is judged at (overdue, presumed closed). */
  now: Date | number;
}

/** Plans a validated timeline. Same history and same `now` give the same plan, key for key. */
export function planTimeline(timeline: Timeline, options: PlanOptions): PlanResult {
  const compiled = compilePolicy(timeline.policy);
  const clock = zoneClock(timeline.timezone);
  const planner = new Planner(compiled, clock, businessCalendar(timeline.holidays));
  planner.replay(timeline.events);
  const nowDay = clock.localDay(typeof options.now === "number" ? options.now : options.now.getTime());
  const { occurrences, opportunities } = planner.finish(nowDay);
  occurrences.sort(
    (a, b) =>
      a.due - b.due ||
      compareText(a.opportunity, b.opportunity) ||
      compareText(a.step.id, b.step.id) ||
      a.occurrence - b.occurrence,
  );
  opportunities.sort((a, b) => compareText(a.opportunity, b.opportunity));
  return {
    policy: { id: timeline.policy.id, version: timeline.policy.version },
    followUps: occurrences.map((occurrence) => toPlannedFollowUp(occurrence, nowDay)),
    opportunities,
    extraContacts: planner.extraContacts,
  };
}

