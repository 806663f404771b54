/** The six presets: valid, serialisable policy data that cite their article and speak in the product's own words. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ZPolicy } from "../policy-schema";
import { getPreset, PRESET_IDS, PRESETS } from ".";

const seeds = fileURLToPath(new URL("../../../../../shared/seeds/", import.meta.url));

describe("presets", () => {
  it("are the six schools, in order", () => {
    expect(PRESET_IDS).toEqual(["decision-date", "three-by-three", "two-week-call", "follow-through", "only-mutual-interest", "persist-until-answer"]);
    expect(getPreset("two-week-call")?.name).toBe("Two-week call");
    expect(getPreset("nope")).toBeUndefined();
  });

  for (const preset of PRESETS) {
    describe(preset.id, () => {
      it("is valid policy data that survives a JSON round trip unchanged", () => {
        const roundTrip = JSON.parse(JSON.stringify(preset));
        expect(ZPolicy.parse(roundTrip)).toEqual(preset);
        expect(preset.version).toBe(1);
      });

      it("has a one-line description and cites its source article by title", () => {
        expect(preset.description).toMatch(/^[^\n]{20,200}$/);
        expect(preset.source?.title.length).toBeGreaterThan(10);
        expect(preset.source?.file).toMatch(/^00\d-[a-z-]+\.txt$/);
      });

      it("has kebab-case step ids and a script for every step", () => {
        for (const step of preset.steps) {
          expect(step.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(step.script.length).toBeGreaterThan(40);
        }
      });
    });
  }

  it("scripts are written for the product, not copied: no run of six words from any article", () => {
    // The seed articles live beside the repository (../shared/seeds). Without them this check proves nothing, so it fails, saying where it looked.
    const files = ["000-stop-chasing.txt", "001-three-by-three.txt", "002-two-week-call.txt", "003-follow-through.txt", "004-persist-until-answer.txt"];
    const missing = files.filter((file) => !existsSync(seeds + file));
    expect(missing, `The seed articles are missing from ${seeds}: put the five coaching articles (000-… to 004-….txt) there.`).toEqual([]);
    const articles = files.map((file) => readFileSync(seeds + file, "utf8")).join(" ");
    const words = (text: string) => text.toLowerCase().replace(/[^a-z' ]+/g, " ").split(/\s+/).filter(Boolean);
    const source = ` ${words(articles).join(" ")} `;
    for (const step of PRESETS.flatMap((preset) => preset.steps)) {
      const scriptWords = words(step.script);
      for (let i = 0; i + 6 <= scriptWords.length; i++) {
        const run = scriptWords.slice(i, i + 6).join(" ");
        expect(source.includes(` ${run} `), `${step.id}: "${run}"`).toBe(false);
      }
    }
  });
});
