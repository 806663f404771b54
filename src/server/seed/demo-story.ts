/**
 * Deterministic job-search stories for the demo: each seeker's eight weeks
 * of applications, interviews (most with a stated decision date),
 * informational interviews, networking meetings and answers, drawn from a
 * PRNG keyed by the seeker, so every run of the seed tells the same story.
 * Follow-ups are not drawn here: they depend on what the policy plans (see
 * demo-activity.ts).
 */
import type { EventInput, ResponseResult } from "@/server/cadence";
const COMPANIES = [
  "Acme Logistics", "Brightline Health", "Cobalt Analytics", "Dunmore Foods", "Evergreen Credit Union", "Fieldstone Schools",
  "Granite Insurance", "Harbor Freight Lines", "Ironwood Labs", "Juniper Hotels", "Keystone Energy", "Lakeview Hospital",
  "Meridian Software", "Northwind Retail", "Oakridge Manufacturing", "Pioneer Bank", "Quarry Media", "Riverbend City Services",
];
const ROLES = [
  "Operations Coordinator", "Project Manager", "Data Analyst", "Customer Success Lead", "Marketing Associate", "Office Manager",
  "Program Assistant", "Logistics Planner", "HR Generalist", "Account Manager", "Quality Technician", "Grant Writer",
];
const FIRST = ["Dana", "Sam", "Priya", "Luis", "Morgan", "Keisha", "Tom", "Yuki", "Andre", "Fatima", "Greg", "Helen", "Ivan", "Joy"];
const LAST = ["Lee", "Roy", "Patel", "Garcia", "Fields", "Owens", "Becker", "Sato", "Diallo", "Hassan", "Nolan", "Wright", "Petrov", "Kim"];

export type Rng = () => number;

/** mulberry32 over an FNV-1a hash of `key`: small, fast and the same everywhere. */
export function rngFor(key: string): Rng {
  let seed = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) seed = Math.imul(seed ^ key.charCodeAt(index), 0x01000193) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const between = (rng: Rng, low: number, high: number) => low + Math.floor(rng() * (high - low + 1));

/** Day numbers count days since 1970-01-01 (UTC); demo times are mid-day UTC, the same date in US zones. */
export type Day = number;
export const dayOf = (instant: Date): Day => Math.floor(instant.getTime() / 86_400_000);
export const isoDay = (day: Day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const isWeekday = (day: Day) => ![0, 6].includes(new Date(day * 86_400_000).getUTCDay());
/** The first weekday on or after `day`. */
export const weekdayFrom = (day: Day): Day => (isWeekday(day) ? day : weekdayFrom(day + 1));
/** 14:00 to 20:59 UTC: working hours in Chicago and New York, on the same calendar date. */
export const instantOn = (rng: Rng, day: Day) =>
  `${isoDay(day)}T${String(between(rng, 14, 20)).padStart(2, "0")}:${String(between(rng, 0, 5) * 10).padStart(2, "0")}:00Z`;

export interface Milestone {
  day: Day;
  event: EventInput;
}

export interface DemoOpportunity {
  key: string;
  title: string;
  company: string;
  milestones: Milestone[];
}

const person = (rng: Rng) => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;

function jobStory(rng: Rng, key: string, start: Day, today: Day): Milestone[] {
  const milestones: Milestone[] = [];
  const at = (day: Day) => instantOn(rng, day);
  let day = start;
  const applies = rng() < 0.8;
  if (applies) {
    const contact = rng() < 0.6 ? { name: person(rng), role: pick(rng, ["hr", "recruiter", "hiring_manager"] as const) } : undefined;
    milestones.push({ day, event: { type: "applied", at: at(day), opportunity: key, ...(contact ? { contact } : {}) } });
    if (rng() < 0.35) return milestones; // no word back yet
    day = weekdayFrom(day + between(rng, 6, 14));
  }
  const manager = { name: person(rng), role: "hiring_manager" as const };
  const panel = rng() < 0.5 ? [manager, { name: person(rng), role: "interviewer" as const }] : [manager];
  const rounds = rng() < 0.3 ? 2 : 1;
  for (let round = 0; round < rounds && day < today; round += 1) {
    const decision = rng() < 0.7 ? weekdayFrom(day + between(rng, 5, 12)) : null;
    milestones.push({
      day,
      event: { type: "interview", at: at(day), opportunity: key, interviewers: round === 0 ? panel : [manager], ...(decision ? { decisionDate: isoDay(decision) } : {}) },
    });
    day = weekdayFrom(day + between(rng, 8, 16));
  }
  const answerDay = weekdayFrom(day + between(rng, 0, 10));
  if (answerDay >= today) return milestones;
  const roll = rng();
  const result: ResponseResult | "withdrawn" | null = roll < 0.18 ? "offer" : roll < 0.5 ? "rejected" : roll < 0.6 ? "runner_up" : roll < 0.72 ? "still_deciding" : roll < 0.77 ? "withdrawn" : null;
  if (result === "withdrawn") milestones.push({ day: answerDay, event: { type: "withdrawn", at: at(answerDay), opportunity: key } });
  else if (result) milestones.push({ day: answerDay, event: { type: "response", at: at(answerDay), opportunity: key, result } });
  return milestones;
}

/** Four to seven opportunities spread over the eight weeks before `today`, plus now and then a competing offer. */
export function demoStory(rng: Rng, today: Day): { opportunities: DemoOpportunity[]; competingOfferDay: Day | null } {
  const firstDay = today - 56;
  const opportunities: DemoOpportunity[] = [];
  const count = between(rng, 4, 7);
  for (let index = 0; index < count; index += 1) {
    const start = weekdayFrom(firstDay + between(rng, 0, 48));
    if (start >= today) continue;
    const company = pick(rng, COMPANIES);
    if (rng() < 0.25) {
      const type = rng() < 0.5 ? ("informational_interview" as const) : ("networking_meeting" as const);
      const key = `${company.split(" ")[0]!.toLowerCase()}-coffee-${index + 1}`;
      const contact = { name: person(rng), role: "other" as const };
      opportunities.push({ key, title: type === "networking_meeting" ? `Networking: ${contact.name}` : `Informational interview: ${contact.name}`, company, milestones: [{ day: start, event: { type, at: instantOn(rng, start), opportunity: key, contact } }] });
      continue;
    }
    const title = pick(rng, ROLES);
    const key = `${company.split(" ")[0]!.toLowerCase()}-${title.split(" ")[0]!.toLowerCase()}-${index + 1}`;
    opportunities.push({ key, title, company, milestones: jobStory(rng, key, start, today) });
  }
  const competingOfferDay = rng() < 0.2 ? weekdayFrom(today - between(rng, 3, 14)) : null;
  return { opportunities, competingOfferDay };
}
