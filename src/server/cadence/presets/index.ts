import type { Policy } from "../policy-schema";
import { decisionDatePreset } from "./decision-date";
import { followThroughPreset } from "./follow-through";
import { onlyMutualInterestPreset } from "./only-mutual-interest";
import { persistUntilAnswerPreset } from "./persist-until-answer";
import { threeByThreePreset } from "./three-by-three";
import { twoWeekCallPreset } from "./two-week-call";

/** The six coaching schools, in the order the product lists them. */
export const PRESETS: readonly Policy[] = [
  decisionDatePreset,
  threeByThreePreset,
  twoWeekCallPreset,
  followThroughPreset,
  onlyMutualInterestPreset,
  persistUntilAnswerPreset,
];

export const PRESET_IDS = PRESETS.map((preset) => preset.id);

export function getPreset(id: string): Policy | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
