/**
 * The shape of src/server, checked: domain folders import each other in one
 * direction only (no cycle between folders), and the cadence engine has one
 * way in, `@/server/cadence`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const server = path.join(root, "src/server");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/g;
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(IMPORT)].map((match) => match[1]!);

/** The src/server folder a module specifier lands in, seen from `file`, or null outside src/server. */
function folderOf(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/server/")) target = path.join(server, specifier.slice("@/server/".length));
  else if (specifier.startsWith(".")) target = path.resolve(path.dirname(file), specifier);
  else return null;
  const relative = path.relative(server, target);
  if (relative.startsWith("..")) return null;
  return relative.split(path.sep)[0]!.replace(/\.tsx?$/, "");
}

describe("src/server", () => {
  it("has no import cycle between its folders", () => {
    const edges = new Map<string, Set<string>>();
    for (const file of sourceFiles(server)) {
      const from = path.relative(server, file).split(path.sep)[0]!;
      if (!statSync(path.join(server, from)).isDirectory()) continue;
      for (const specifier of importsOf(file)) {
        const to = folderOf(file, specifier);
        if (to && to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
      }
    }
    const cycles: string[] = [];
    const visit = (folder: string, trail: string[]) => {
      if (trail.includes(folder)) {
        cycles.push([...trail.slice(trail.indexOf(folder)), folder].join(" → "));
        return;
      }
      for (const next of edges.get(folder) ?? []) visit(next, [...trail, folder]);
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it("is entered through @/server/cadence only, from everywhere outside the engine", () => {
    const outside = ["src", "inngest", "scripts", "tests"].flatMap((dir) => sourceFiles(path.join(root, dir))).filter((file) => !file.startsWith(path.join(server, "cadence")));
    const deep = outside.flatMap((file) => importsOf(file).filter((specifier) => specifier.startsWith("@/server/cadence/")).map((specifier) => `${path.relative(root, file)}: ${specifier}`));
    expect(deep).toEqual([]);
  });
});
