/** Presets are shared by every tenant: nobody may change one for everyone by editing what they were handed. */
import { describe, expect, it } from "vitest";
import { getPreset, PRESETS } from ".";

describe("published presets", () => {
  it("are deep-frozen, list and all", () => {
    expect(Object.isFrozen(PRESETS)).toBe(true);
    for (const preset of PRESETS) {
      expect(Object.isFrozen(preset)).toBe(true);
      for (const step of preset.steps) {
        expect(Object.isFrozen(step.timing.notBefore)).toBe(true);
        expect(Object.isFrozen(step.timing.due)).toBe(true);
      }
    }
    const threeByThree = getPreset("three-by-three")!;
    expect(() => {
      (threeByThree.steps[0]!.timing.due as { days: number }).days = 99;
    }).toThrow(TypeError);
  });

  it("share no object between steps or schools, so tuning one step can never move another", () => {
    const seen = new Set<object>();
    const visit = (value: unknown) => {
      if (!value || typeof value !== "object") return;
      expect(seen.has(value), "an object reachable from two places").toBe(false);
      seen.add(value);
      for (const child of Object.values(value)) visit(child);
    };
    for (const preset of PRESETS) visit(preset);
  });
});
