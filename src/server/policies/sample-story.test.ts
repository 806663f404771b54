/** The sample story every preview plans: applied on the coming Monday, interviewed that Thursday, a decision promised for the Friday after next. */
import { describe, expect, it } from "vitest";
import { parseTimeline } from "@/server/cadence";
import { sampleStory } from "./sample-story";

describe("sampleStory", () => {
  it.each([
    ["a Wednesday", "2026-11-25T09:00:00Z", "2026-11-30"],
    ["a Sunday", "2026-11-29T23:00:00Z", "2026-11-30"],
    // On a Monday the story starts the Monday after, so the plan always reads forward.
    ["a Monday", "2026-11-30T08:00:00Z", "2026-12-07"],
    ["a Saturday at a year's end", "2026-12-26T12:00:00Z", "2026-12-28"],
  ])("from %s starts on the coming Monday", (_label, today, monday) => {
    const story = sampleStory(new Date(today));
    expect(story.labels.applied).toBe(monday);
    expect(new Date(`${story.labels.interview}T12:00:00Z`).getUTCDay()).toBe(4);
    expect(new Date(`${story.labels.decision}T12:00:00Z`).getUTCDay()).toBe(5);
    expect(Date.parse(story.labels.decision) - Date.parse(monday)).toBe(11 * 86_400_000);
    expect(story.now).toBe(`${monday}T15:00:00Z`);
  });

  it("is a valid timeline for the planner, in every zone the product runs in", () => {
    const story = sampleStory(new Date("2026-11-25T09:00:00Z"));
    for (const timezone of ["America/Los_Angeles", "America/Chicago", "Europe/London"]) {
      const parsed = parseTimeline({ timezone, holidays: "US", policy: "three-by-three", events: story.events });
      expect(parsed.success, parsed.success ? "" : parsed.error).toBe(true);
    }
  });
});
