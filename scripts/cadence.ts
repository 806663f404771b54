/**
 * The cadence CLI: `npm run --silent cadence -- preview <timeline.json> [--now <ISO-8601 instant>]`.
 * Prints exactly one JSON plan on success (exit 0). Any bad input or usage
 * exits 2 with one line on stderr naming the field: no stack trace, no partial stdout.
 */
import { readFileSync } from "node:fs";
import { instantProblem, parseTimeline, planTimeline, toContractOutput } from "../src/server/cadence";

const USAGE = "usage: cadence preview <timeline.json> [--now <ISO-8601 instant>]";

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { file: string; now: Date } {
  const [command, ...rest] = argv;
  if (command !== "preview") throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  let file: string | undefined;
  let now: Date | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--now" || arg.startsWith("--now=")) {
      const value = arg === "--now" ? rest[++i] : arg.slice("--now=".length);
      if (value === undefined) throw new UsageError(`--now: needs an ISO-8601 instant; ${USAGE}`);
      const problem = instantProblem(value);
      if (problem) throw new UsageError(`--now: ${problem}`);
      now = new Date(value);
    } else if (arg.startsWith("-")) {
      throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"; ${USAGE}`);
    }
  }
  if (file === undefined) throw new UsageError(`missing <timeline.json>; ${USAGE}`);
  return { file, now: now ?? new Date() };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new UsageError(`${file}: cannot read the file (${code})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
}

function main(argv: readonly string[]): number {
  try {
    const { file, now } = parseArgs(argv);
    const parsed = parseTimeline(readJson(file));
    if (!parsed.success) throw new UsageError(parsed.error);
    const output = JSON.stringify(toContractOutput(planTimeline(parsed.data, { now })), null, 2);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `internal error: ${String((error as Error)?.message ?? error)}`;
    process.stderr.write(`${message.replace(/\s*\n\s*/g, " ")}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
