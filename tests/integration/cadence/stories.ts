/**
 * One realistic story per preset, in the CLI contract's shape: each walks
 * the school's own path (thank-yous, checks, repeats, answers, over-contact,
 * too-early calls, competing offers) in Chicago with US holidays, so the
 * store can be held to exactly what the pure planner prints.
 */
import type { EventInput } from "@/server/cadence";

const at = (dateTime: string) => `${dateTime}-05:00`;
const hiringManager = { name: "Dana Lee", role: "hiring_manager" as const };
const panel = [hiringManager, { name: "Sam Roy", role: "interviewer" as const }];

export interface Story {
  preset: string;
  now: string;
  events: EventInput[];
}

export const STORIES: Story[] = [
  {
    preset: "decision-date",
    now: "2026-04-30T17:00:00Z",
    events: [
      { type: "interview", at: at("2026-03-10T15:00:00"), opportunity: "acme-pm", interviewers: panel, decisionDate: "2026-03-21" },
      { type: "follow_up", at: at("2026-03-11T09:30:00"), opportunity: "acme-pm", channel: "email", contact: "Dana Lee", action: "thank_you" },
      { type: "interview", at: at("2026-03-16T11:00:00"), opportunity: "beta-analyst", interviewers: [{ name: "Lee Park" }] },
      { type: "competing_offer", at: at("2026-03-18T12:00:00") },
      { type: "follow_up", at: at("2026-03-23T10:00:00"), opportunity: "acme-pm", channel: "email", contact: "Dana Lee", action: "status_check" },
      { type: "follow_up", at: at("2026-03-27T10:00:00"), opportunity: "acme-pm", channel: "phone", contact: "Dana Lee" },
      { type: "networking_meeting", at: at("2026-03-19T08:00:00"), opportunity: "coffee-ines", contact: { name: "Ines Duarte", role: "other" } },
    ],
  },
  {
    preset: "three-by-three",
    now: "2026-04-30T17:00:00Z",
    events: [
      { type: "applied", at: at("2026-03-06T10:00:00"), opportunity: "acme-pm", contact: { name: "Pat Kim", role: "hr" } },
      { type: "follow_up", at: at("2026-03-11T09:00:00"), opportunity: "acme-pm", channel: "phone", contact: "Pat Kim", action: "status_check" },
      { type: "interview", at: at("2026-03-13T15:00:00"), opportunity: "acme-pm", interviewers: panel, decisionDate: "2026-03-27" },
      { type: "follow_up", at: at("2026-03-16T09:30:00"), opportunity: "acme-pm", channel: "phone", contact: "Dana Lee", action: "thank_you" },
      { type: "follow_up", at: at("2026-03-17T18:00:00"), opportunity: "acme-pm", channel: "handwritten_note", contact: "Dana Lee", action: "thank_you" },
      { type: "follow_up", at: at("2026-03-24T10:00:00"), opportunity: "acme-pm", channel: "phone", contact: "Dana Lee", action: "status_check" },
      { type: "follow_up", at: at("2026-04-06T10:00:00"), opportunity: "acme-pm", channel: "phone", contact: "Dana Lee", action: "status_check" },
      { type: "response", at: at("2026-04-14T12:00:00"), opportunity: "acme-pm", result: "offer" },
      { type: "informational_interview", at: at("2026-04-20T13:00:00"), opportunity: "info-rosa", contact: { name: "Rosa Vidal" } },
    ],
  },
  {
    preset: "two-week-call",
    now: "2026-05-15T17:00:00Z",
    events: [
      { type: "interview", at: at("2026-03-30T14:00:00"), opportunity: "delta-ops", interviewers: panel },
      { type: "follow_up", at: at("2026-03-31T09:00:00"), opportunity: "delta-ops", channel: "email", contact: "Dana Lee", action: "thank_you" },
      { type: "follow_up", at: at("2026-03-31T09:10:00"), opportunity: "delta-ops", channel: "email", contact: "Sam Roy", action: "thank_you" },
      { type: "follow_up", at: at("2026-04-06T09:00:00"), opportunity: "delta-ops", channel: "email", contact: "Dana Lee" },
      { type: "follow_up", at: at("2026-04-14T11:00:00"), opportunity: "delta-ops", channel: "phone", contact: "Dana Lee", action: "status_check" },
      { type: "interview", at: at("2026-04-20T10:00:00"), opportunity: "echo-lab", interviewers: [{ name: "Ana Cruz", role: "hiring_manager" }] },
    ],
  },
  {
    preset: "follow-through",
    now: "2026-05-15T17:00:00Z",
    events: [
      { type: "interview", at: at("2026-04-01T10:00:00"), opportunity: "fox-design", interviewers: [hiringManager] },
      { type: "follow_up", at: at("2026-04-02T16:00:00"), opportunity: "fox-design", channel: "letter", contact: "Dana Lee", action: "thank_you" },
      { type: "follow_up", at: at("2026-04-06T09:00:00"), opportunity: "fox-design", channel: "phone", contact: "Dana Lee" },
      { type: "follow_up", at: at("2026-04-09T09:00:00"), opportunity: "fox-design", channel: "letter", contact: "Dana Lee", action: "status_check" },
      { type: "response", at: at("2026-04-20T09:00:00"), opportunity: "fox-design", result: "runner_up" },
    ],
  },
  {
    preset: "only-mutual-interest",
    now: "2026-05-15T17:00:00Z",
    events: [
      { type: "interview", at: at("2026-04-01T10:00:00"), opportunity: "gull-sales", interviewers: [hiringManager] },
      { type: "follow_up", at: at("2026-04-02T16:00:00"), opportunity: "gull-sales", channel: "letter", contact: "Dana Lee", action: "thank_you" },
      { type: "response", at: at("2026-04-10T09:00:00"), opportunity: "gull-sales", result: "runner_up" },
      { type: "interview", at: at("2026-04-06T10:00:00"), opportunity: "heron-support", interviewers: [{ name: "Bo Chen" }] },
      { type: "follow_up", at: at("2026-04-15T10:00:00"), opportunity: "heron-support", channel: "phone", contact: "Bo Chen" },
    ],
  },
  {
    preset: "persist-until-answer",
    now: "2026-05-15T17:00:00Z",
    events: [
      { type: "interview", at: at("2026-03-02T10:00:00"), opportunity: "ibis-it", interviewers: [hiringManager], decisionDate: "2026-03-06" },
      { type: "follow_up", at: at("2026-03-03T09:00:00"), opportunity: "ibis-it", channel: "email", contact: "Dana Lee", action: "thank_you" },
      { type: "follow_up", at: at("2026-03-10T09:00:00"), opportunity: "ibis-it", channel: "phone", contact: "Dana Lee", action: "status_check" },
      { type: "follow_up", at: at("2026-03-19T09:00:00"), opportunity: "ibis-it", channel: "phone", contact: "Dana Lee", action: "status_check" },
      { type: "response", at: at("2026-03-24T09:00:00"), opportunity: "ibis-it", result: "rejected" },
      { type: "interview", at: at("2026-04-27T10:00:00"), opportunity: "jay-hr", interviewers: [{ name: "Kai Moss", role: "hiring_manager" }] },
    ],
  },
];

export const TIMEZONE = "America/Chicago";
export const HOLIDAYS = "US";
