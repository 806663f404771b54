/**
 * Benchmark: `npm run bench:cadence`. Generates 100,000 opportunities of mixed
 * presets (1 to 12 events each, deterministic PRNG), grouped into seekers with
 * assorted time zones and holiday calendars, plans them all, and prints
 * opportunities per second and peak memory. Validation (zod) is measured
 * separately on a sample, since the app validates once when an event is logged.
 */
import {
  type Channel,
  PRESETS,
  type Timeline,
  type TimelineEvent,
  parseTimeline,
  planTimeline,
} from "../../src/server/cadence";

const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 100_000);
const TARGET_PER_SECOND = 50_000;
const TARGET_MB = 500;
const DAY = 86_400_000;

/** mulberry32: small, fast and deterministic. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = prng(20_260_310);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const ZONES = ["America/Chicago", "America/Los_Angeles", "Europe/London", "Asia/Kolkata", "Pacific/Auckland", "America/New_York"];
const CALENDARS = ["US", "US-CA", "GB", "CA", null];
const CHANNELS: Channel[] = ["email", "phone", "letter", "handwritten_note", "in_person"];
const PEOPLE = ["Dana Lee", "Sam Roy", "Ana Diaz", "Wei Chen", "Ravi Nair", "Kim Ito"];
const RESULTS = ["offer", "rejected", "runner_up", "still_deciding"] as const;
const START = Date.parse("2025-09-01T00:00:00Z");

function opportunityEvents(id: string, count: number, startMs: number): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let at = startMs;
  const later = (minDays: number, maxDays: number) => (at += between(minDays, maxDays) * DAY + between(0, 10 * 3_600_000));
  const opening = pick(["applied", "interview", "interview", "networking_meeting", "informational_interview"] as const);
  if (opening === "interview") {
    const interviewers = PEOPLE.slice(0, between(1, 3)).map((name, i) => ({ name, role: i === 0 ? ("hiring_manager" as const) : undefined }));
    const decisionDate = random() < 0.5 ? new Date(at + between(5, 20) * DAY).toISOString().slice(0, 10) : undefined;
    events.push({ type: "interview", at: new Date(at), opportunity: id, interviewers, decisionDate });
  } else if (opening === "applied") {
    events.push({ type: "applied", at: new Date(at), opportunity: id, contact: { name: pick(PEOPLE), role: "hr" } });
  } else {
    events.push({ type: opening, at: new Date(at), opportunity: id, contact: { name: pick(PEOPLE) } });
  }
  while (events.length < count) {
    const roll = random();
    if (roll < 0.6) {
      events.push({ type: "follow_up", at: new Date(later(1, 8)), opportunity: id, channel: pick(CHANNELS), contact: random() < 0.5 ? pick(PEOPLE) : undefined });
    } else if (roll < 0.75) {
      events.push({ type: "interview", at: new Date(later(3, 15)), opportunity: id, interviewers: [{ name: pick(PEOPLE), role: "hiring_manager" }] });
    } else if (roll < 0.85) {
      events.push({ type: "competing_offer", at: new Date(later(1, 10)) });
    } else if (roll < 0.97) {
      events.push({ type: "response", at: new Date(later(2, 20)), opportunity: id, result: pick(RESULTS) });
    } else {
      events.push({ type: "withdrawn", at: new Date(later(1, 5)), opportunity: id });
    }
  }
  return events;
}

function generate(): { timelines: Timeline[]; opportunities: number; events: number } {
  const timelines: Timeline[] = [];
  let opportunities = 0;
  let events = 0;
  while (opportunities < OPPORTUNITIES) {
    const perSeeker = Math.min(between(1, 10), OPPORTUNITIES - opportunities);
    const seekerEvents: TimelineEvent[] = [];
    for (let i = 0; i < perSeeker; i++) {
      const count = between(1, 12);
      seekerEvents.push(...opportunityEvents(`opp-${opportunities + i}`, count, START + between(0, 240) * DAY));
      events += count;
    }
    // Stored logs arrive roughly in order; shuffle a little so the sort does real work.
    seekerEvents.reverse();
    timelines.push({ timezone: pick(ZONES), holidays: pick(CALENDARS), policy: pick(PRESETS), events: seekerEvents });
    opportunities += perSeeker;
  }
  return { timelines, opportunities, events };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function main() {
  const generated = generate();
  const now = new Date("2026-06-01T12:00:00Z");
  // Warm-up: JIT, holiday years, zone offsets (as a long-running server would have). BENCH_WARMUP=0 measures cold.
  const warmUp = Number(process.env.BENCH_WARMUP ?? 2000);
  for (const timeline of generated.timelines.slice(0, warmUp)) planTimeline(timeline, { now });

  let peakHeap = 0;
  let followUps = 0;
  const started = performance.now();
  for (let i = 0; i < generated.timelines.length; i++) {
    followUps += planTimeline(generated.timelines[i]!, { now }).followUps.length;
    if ((i & 1023) === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

  // Validation, measured apart: a JSON round-trip of 2,000 seekers through the zod contract.
  const sample = generated.timelines.slice(0, 2000).map((t) => JSON.parse(JSON.stringify({ ...t, policy: t.policy.id })));
  const validationStarted = performance.now();
  for (const raw of sample) if (!parseTimeline(raw).success) throw new Error("generated timeline failed validation");
  const validationMs = performance.now() - validationStarted;

  const perSecond = Math.round(generated.opportunities / seconds);
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);
  console.log(`opportunities: ${generated.opportunities} (${generated.events} events, ${generated.timelines.length} seekers, ${followUps} follow-ups planned)`);
  console.log(`planning: ${seconds.toFixed(2)} s, ${perSecond} opportunities/s (target >= ${TARGET_PER_SECOND})`);
  console.log(`peak memory: RSS ${peakRssMb} MB, heap ${mb(peakHeap)} MB (target < ${TARGET_MB} MB)`);
  console.log(`validation (zod, separate): ${sample.length} seekers in ${validationMs.toFixed(0)} ms`);
  if (perSecond < TARGET_PER_SECOND || peakRssMb >= TARGET_MB) process.exitCode = 1;
}

main();
