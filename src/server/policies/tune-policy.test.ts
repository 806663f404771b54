/** Tuning a school's numbers: which fields a coach sees, and that a tuned copy changes only what was tuned. */
import { describe, expect, it } from "vitest";
import { getPreset, ZPolicy } from "@/server/cadence";
import { applyTuning, changedTuning, tunableFields } from "./tune-policy";

const threeByThree = getPreset("three-by-three")!;
const decisionDate = getPreset("decision-date")!;
const persist = getPreset("persist-until-answer")!;

describe("tunableFields", () => {
  it("offers every non-zero offset of every step, named by the step, and the presumed-closed span", () => {
    for (const preset of [threeByThree, decisionDate, persist]) {
      const fields = tunableFields(preset);
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) {
        expect(field.min).toBeLessThanOrEqual(field.value);
        expect(field.max).toBeGreaterThanOrEqual(field.value);
        expect(["business days", "days"]).toContain(field.unit);
      }
      expect(new Set(fields.map((field) => field.key)).size).toBe(fields.length);
      expect(fields.some((field) => field.key === "presumedClosed")).toBe(preset.presumedClosed !== null);
    }
  });

  it("offers the decision-date fallback, not a notBefore, for a step that waits for the stated date", () => {
    const fields = tunableFields(decisionDate);
    const waiting = decisionDate.steps.filter((step) => step.timing.notBefore.unit === "decision_date");
    expect(waiting.length).toBeGreaterThan(0);
    for (const step of waiting) {
      expect(fields.map((field) => field.key)).toContain(`${step.id}.fallback`);
      expect(fields.map((field) => field.key)).not.toContain(`${step.id}.notBefore`);
    }
  });
});

describe("applyTuning", () => {
  it("changes exactly the tuned numbers, names the copy (tuned) once, and leaves the preset untouched", () => {
    const field = tunableFields(threeByThree).find((candidate) => candidate.key.endsWith(".due"))!;
    const tuned = applyTuning(threeByThree, { [field.key]: field.value + 2 });
    expect(tuned.name).toBe("Three by three (tuned)");
    expect(applyTuning(tuned, {}).name).toBe("Three by three (tuned)");
    const tunedField = tunableFields(tuned).find((candidate) => candidate.key === field.key)!;
    expect(tunedField.value).toBe(field.value + 2);
    // Every other field keeps its value: presets once shared timing objects, and tuning one step moved another.
    const others = (policy: typeof threeByThree) => tunableFields(policy).filter((candidate) => candidate.key !== field.key).map((candidate) => [candidate.key, candidate.value]);
    expect(others(tuned)).toEqual(others(threeByThree));
    expect(tunableFields(getPreset("three-by-three")!).find((candidate) => candidate.key === field.key)!.value).toBe(field.value);
    expect(ZPolicy.safeParse(tuned).success).toBe(true);
  });

  it("tunes the presumed-closed span and a decision-date fallback, and ignores unknown keys", () => {
    const fallback = tunableFields(decisionDate).find((field) => field.key.endsWith(".fallback"))!;
    const tuned = applyTuning(decisionDate, { [fallback.key]: 9, "no-such-step.due": 4, presumedClosed: 3 });
    expect(tunableFields(tuned).find((field) => field.key === fallback.key)!.value).toBe(9);
    const withSpan = applyTuning(persist, { presumedClosed: 12 });
    expect(withSpan.presumedClosed?.businessDays ?? null).toBe(persist.presumedClosed ? 12 : null);
  });
});

describe("changedTuning", () => {
  it("keeps only values that differ from the policy's own, for fields the policy has", () => {
    const [first, second] = tunableFields(threeByThree);
    expect(changedTuning(threeByThree, { [first!.key]: first!.value, [second!.key]: second!.value + 1, "made-up.due": 3 })).toEqual({ [second!.key]: second!.value + 1 });
  });
});
