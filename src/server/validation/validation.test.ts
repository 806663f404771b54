import { describe, expect, it } from "vitest";
import { instantInput } from "./dates";
import { jsonProblem, ZBoundedJsonObject } from "./json";
import { LIMITS } from "./limits";
import { boundedText, isYearInRange, textProblem } from "./text";

describe("textProblem", () => {
  it.each([
    ["plain text", "Dana Lee", null],
    ["accents and emoji (surrogate pairs)", "Zoë 🎉 Ñandú", null],
    ["a NUL byte", "a\u0000b", "contains a NUL character, which cannot be stored"],
    ["a lone high surrogate", "a\ud800b", "contains an invalid character (a lone UTF-16 surrogate)"],
    ["a lone low surrogate", "a\udc00b", "contains an invalid character (a lone UTF-16 surrogate)"],
    ["a high surrogate at the end", "ab\ud83c", "contains an invalid character (a lone UTF-16 surrogate)"],
    ["reversed pair", "\udc00\ud800", "contains an invalid character (a lone UTF-16 surrogate)"],
  ])("%s", (_label, text, expected) => {
    expect(textProblem(text)).toBe(expected);
  });
});

describe("boundedText", () => {
  const name = boundedText({ max: 5, required: "Enter a name.", tooLong: "Too long." });
  it("trims, then checks presence and length", () => {
    expect(name.parse("  Dana ")).toBe("Dana");
    expect(name.safeParse("   ").error?.issues[0]?.message).toBe("Enter a name.");
    expect(name.safeParse("Danielle").error?.issues[0]?.message).toBe("Too long.");
  });
  it("refuses NUL bytes and lone surrogates", () => {
    expect(name.safeParse("a\u0000").success).toBe(false);
    expect(name.safeParse("a\ud800").success).toBe(false);
  });
  it("has a default message naming the limit", () => {
    expect(boundedText({ max: 2_000 }).safeParse("x".repeat(2_001)).error?.issues[0]?.message).toBe("must be at most 2,000 characters");
  });
});

describe("years and instants", () => {
  it("accepts 1900 through 2100 only", () => {
    expect([1899, 1900, 2026, 2100, 2101, 0].map(isYearInRange)).toEqual([false, true, true, true, false, false]);
  });
  it("refuses instants outside the range or without an offset", () => {
    const at = instantInput("Give the time with its UTC offset.");
    expect(at.safeParse("2026-11-25T10:00:00-05:00").success).toBe(true);
    expect(at.safeParse("0000-01-01T00:00:00Z").error?.issues[0]?.message).toBe("The year must be between 1900 and 2100.");
    expect(at.safeParse("2101-01-01T00:00:00Z").success).toBe(false);
    expect(at.safeParse("2026-11-25T10:00:00").error?.issues[0]?.message).toBe("Give the time with its UTC offset.");
  });
});

describe("jsonProblem", () => {
  it("accepts ordinary JSON", () => {
    expect(jsonProblem({ type: "interview", interviewers: [{ name: "Dana" }], n: 3, ok: true, none: null })).toBeNull();
  });
  it.each([
    ["a long string, with its path", { a: { b: "x".repeat(LIMITS.jsonString + 1) } }, ["a", "b"]],
    ["a NUL byte", { list: ["ok", "a\u0000"] }, ["list", 1]],
    ["a lone surrogate", { a: "\ud800" }, ["a"]],
    ["a long key", { ["k".repeat(LIMITS.key + 1)]: 1 }, []],
    ["a key with a NUL", { "a\u0000": 1 }, []],
    ["too many items", { list: Array.from({ length: LIMITS.jsonEntries + 1 }, () => 0) }, ["list"]],
    ["too many fields", Object.fromEntries(Array.from({ length: LIMITS.jsonEntries + 1 }, (_, index) => [`k${index}`, 0])), []],
    ["too deep", JSON.parse(`${"[".repeat(LIMITS.jsonDepth + 1)}${"]".repeat(LIMITS.jsonDepth + 1)}`) as unknown, Array.from({ length: LIMITS.jsonDepth }, () => 0)],
    ["infinity", { a: Number.POSITIVE_INFINITY }, ["a"]],
    ["a function", { a: () => 1 }, ["a"]],
    ["a class instance", { a: new Map() }, ["a"]],
  ])("finds %s", (_label, value, path) => {
    const problem = jsonProblem(value);
    expect(problem).not.toBeNull();
    expect(problem?.[0]).toEqual(path);
  });
  it("reports the path to the bad field through zod", () => {
    const result = ZBoundedJsonObject.safeParse({ interviewers: [{ name: "a\u0000" }] });
    expect(result.error?.issues[0]?.path).toEqual(["interviewers", 0, "name"]);
  });
});
