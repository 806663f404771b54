import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { fieldErrors, firstIssueMessage, GENERIC_FAILURE_MESSAGE, toTRPCError } from "./error-mapping";

describe("toTRPCError", () => {
  it.each([
    ["BAD_REQUEST", "BAD_REQUEST"],
    ["UNAUTHORIZED", "UNAUTHORIZED"],
    ["FORBIDDEN", "FORBIDDEN"],
    ["NOT_FOUND", "NOT_FOUND"],
    ["CONFLICT", "CONFLICT"],
    ["TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"],
  ] as const)("maps AppError %s to %s and keeps its message", (appCode, trpcCode) => {
    const mapped = toTRPCError(new AppError(appCode, "Specific message."));
    expect(mapped.code).toBe(trpcCode);
    expect(mapped.message).toBe("Specific message.");
  });

  it("unwraps an AppError carried as a TRPCError's cause", () => {
    const wrapped = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new AppError("NOT_FOUND", "Gone.") });
    expect(toTRPCError(wrapped).code).toBe("NOT_FOUND");
  });

  it("turns unknown failures into a generic internal error with no details", () => {
    const mapped = toTRPCError(new Error("connection refused at 10.0.0.3:5432"));
    expect(mapped.code).toBe("INTERNAL_SERVER_ERROR");
    expect(mapped.message).toBe(GENERIC_FAILURE_MESSAGE);
    expect(mapped.message).not.toContain("5432");
  });

  it("turns zod errors into BAD_REQUEST naming the field", () => {
    const result = z.object({ email: z.email("Enter a valid email address.") }).safeParse({ email: "nope" });
    if (result.success) throw new Error("expected a failure");
    const mapped = toTRPCError(result.error);
    expect(mapped.code).toBe("BAD_REQUEST");
    expect(mapped.message).toBe("email: Enter a valid email address.");
    expect(firstIssueMessage(result.error)).toBe("email: Enter a valid email address.");
    expect(fieldErrors(result.error)).toEqual({ email: ["Enter a valid email address."] });
  });
});
