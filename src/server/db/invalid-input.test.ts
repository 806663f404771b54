import { describe, expect, it } from "vitest";
import { isInvalidInputDatabaseError } from "./invalid-input";

describe("isInvalidInputDatabaseError", () => {
  it.each([
    ["PostgreSQL's NUL-byte refusal", { code: "22021" }],
    ["an untranslatable character", { code: "22P05" }],
    ["a datetime overflow inside Prisma's adapter error", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "22008" } } } }],
    ["Prisma's value too long", { code: "P2000" }],
    ["a nested cause", new Error("wrapped", { cause: { code: "22001" } })],
  ])("says yes to %s", (_label, error) => {
    expect(isInvalidInputDatabaseError(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { code: "23505" }],
    ["an unreachable database", { code: "P1001" }],
    ["a bug", new TypeError("x is undefined")],
    ["nothing", null],
  ])("says no to %s", (_label, error) => {
    expect(isInvalidInputDatabaseError(error)).toBe(false);
  });
});
