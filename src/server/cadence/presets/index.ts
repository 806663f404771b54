import type { Policy } from "../policy-schema";
import { decisionDatePreset } from "./decision-date";
import { followThroughPreset } from "./follow-through";
import { onlyMutualInterestPreset } from "./only-mutual-interest";
import { persistUntilAnswerPreset } from "./persist-until-answer";
import { threeByThreePreset } from "./three-by-three";
import { twoWeekCallPreset } from "./two-week-call";

/** Freezes `value` and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A preset as the product hands it out: its own copy (the preset files share
 * building blocks such as `dueNextBusinessDay` between steps and schools, and
 * the JSON round trip gives every step objects of its own), deep-frozen, so
 * no caller can change a school for everyone by editing what it was given.
 */
const published = (preset: Policy): Policy => deepFreeze(JSON.parse(JSON.stringify(preset)) as Policy);

/** The six coaching schools, in the order the product lists them. */
export const PRESETS: readonly Policy[] = Object.freeze(
  [decisionDatePreset, threeByThreePreset, twoWeekCallPreset, followThroughPreset, onlyMutualInterestPreset, persistUntilAnswerPreset].map(published),
);

export const PRESET_IDS = PRESETS.map((preset) => preset.id);

export function getPreset(id: string): Policy | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
