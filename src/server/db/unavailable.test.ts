import { describe, expect, it } from "vitest";
import { createDatabase } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises what Prisma 7 and adapter-pg really throw when nothing listens", async () => {
    // Port 1 on loopback: connection refused at once, no server needed.
    const db = createDatabase("postgresql://nobody:nothing@127.0.0.1:1/none");
    try {
      const failures = await Promise.all([
        db.$queryRaw`SELECT 1`.then(() => null, (error: unknown) => error),
        db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`).then(() => null, (error: unknown) => error),
        db.membership.findFirst().then(() => null, (error: unknown) => error),
      ]);
      for (const failure of failures) {
        expect(failure).not.toBeNull();
        expect(isDatabaseUnavailable(failure)).toBe(true);
      }
    } finally {
      await db.$disconnect();
    }
  });

  it.each([
    ["a pool timeout", { code: "P2024" }],
    ["a transaction that could not start in time", { code: "P2028" }],
    ["a refused socket", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    ["an administrator shutdown", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["too many connections", { code: "53300" }],
    ["a connection exception class", { code: "08006" }],
    ["a nested cause", new Error("wrapped", { cause: { code: "P1001" } })],
    ["pg's terminated connection", new Error("Connection terminated unexpectedly")],
  ])("says yes to %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { code: "P2002" }],
    ["a syntax error", { code: "42601" }],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
    ["a string", "ECONNREFUSED"],
  ])("says no to %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("survives a cause cycle", () => {
    const error: { cause?: unknown } = {};
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
