/** Policies in a coach's words: every step and rule of every school reads as a sentence. */
import { describe, expect, it } from "vitest";
import { getPreset, PRESETS } from "@/server/cadence";
import { describeDays, describePolicyInFull, describePolicyRules, describePolicyStep } from "./describe-policy-steps";

describe("describing a policy", () => {
  it("gives every step of every preset one sentence, with no code left in it", () => {
    for (const preset of PRESETS) {
      const sentences = describePolicyInFull(preset);
      expect(sentences).toHaveLength(preset.steps.length + describePolicyRules(preset).length);
      for (const sentence of sentences) {
        expect(sentence).toMatch(/^[A-Z].*\.$/);
        expect(sentence).not.toMatch(/_|undefined|\[object/);
      }
    }
  });

  it("says when a step starts and who it is for", () => {
    const threeByThree = getPreset("three-by-three")!;
    const first = threeByThree.steps[0]!;
    expect(describePolicyStep(first, threeByThree)).toMatch(/^After (an|a) [a-z ]+(, [a-z ]+)*( or [a-z ]+)?: /);
  });

  it("counts days in plain words", () => {
    expect(describeDays(0, "business_days")).toBe("the same day");
    expect(describeDays(1, "business_days")).toBe("1 business day");
    expect(describeDays(3, "business_days")).toBe("3 business days");
    expect(describeDays(1, "calendar_days")).toBe("1 day");
    expect(describeDays(14, "calendar_days")).toBe("14 days");
  });
});
