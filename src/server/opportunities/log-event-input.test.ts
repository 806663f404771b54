/**
 * What a seeker's form checks before sending is what the server checks: one
 * schema, one message per field, keyed the way the form shows it.
 */
import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/server/api/error-mapping";
import { asSentence, fieldMessages } from "@/server/validation/issues";
import { type LogEventRequest, ZLogEventInput } from "./log-event-input";

const at = "2026-03-10T15:00:00-05:00";
const messagesFor = (request: unknown) => {
  const parsed = ZLogEventInput.safeParse(request);
  if (parsed.success) return {};
  // The form's own reading, and what the tRPC error formatter sends for the same input.
  const server = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([path, messages]) => [path, messages[0]]));
  expect(fieldMessages(parsed.error)).toEqual(server);
  return server;
};

describe("ZLogEventInput", () => {
  it("accepts what the forms send", () => {
    const requests: LogEventRequest[] = [
      { event: { type: "applied", at, opportunity: "acme-pm-x1" }, details: { title: "PM", company: "Acme" } },
      { event: { type: "interview", at, opportunity: "acme-pm-x1", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }], decisionDate: "2026-03-20" }, details: null },
      { event: { type: "follow_up", at, opportunity: "acme-pm-x1", channel: "phone", contact: "Dana Lee" } },
      { event: { type: "competing_offer", at } },
    ];
    for (const request of requests) expect(ZLogEventInput.safeParse(request).success).toBe(true);
  });

  it("gives every problem at once, beside its field, in the words of what was logged", () => {
    expect(
      messagesFor({
        event: { type: "applied", at: "", opportunity: "acme-x" },
        details: { title: " ", company: "" },
      }),
    ).toEqual({ "event.at": "enter a date and time", "details.title": "Enter the role you applied for.", "details.company": "Enter the company you applied to." });
    expect(
      messagesFor({
        event: { type: "interview", at, opportunity: "acme-x", interviewers: [{ name: "Dana", role: "hiring_manager" }, { name: "", role: "hiring_manager" }], decisionDate: "2026-02-30" },
        details: null,
      }),
    ).toEqual({ "event.interviewers[1].name": "a contact needs a name", "event.interviewers[1].role": "mark only one hiring manager", "event.decisionDate": '"2026-02-30" is not a date (YYYY-MM-DD)' });
    expect(messagesFor({ event: { type: "response", at, opportunity: "acme-x" } })).toEqual({ "event.result": "choose what they said" });
    expect(messagesFor({ event: { type: "follow_up", at, opportunity: "" } })).toEqual({ "event.opportunity": "choose an opportunity", "event.channel": "choose how you reached out" });
    expect(messagesFor({ event: { type: "lunch", at } })).toEqual({ "event.type": 'unknown event type "lunch"' });
  });

  it("shows a message as a sentence", () => {
    expect(asSentence("a contact needs a name")).toBe("A contact needs a name.");
    expect(asSentence("Enter the role you applied for.")).toBe("Enter the role you applied for.");
  });
});

describe("LogEventRequest, the type every form builds", () => {
  it("makes a misspelt or missing field a compile error (checked by `tsc`, which runs in npm test)", () => {
    const valid: LogEventRequest = { event: { type: "interview", at, opportunity: "acme", interviewers: [{ name: "Dana Lee", role: "hiring_manager" }] } };
    // @ts-expect-error "decisonDate" is not a field of an interview
    const misspelt: LogEventRequest = { event: { type: "interview", at, opportunity: "acme", decisonDate: "2026-03-20" } };
    // @ts-expect-error a follow-up needs its channel
    const missing: LogEventRequest = { event: { type: "follow_up", at, opportunity: "acme" } };
    // @ts-expect-error "carrier_pigeon" is no channel
    const unknown: LogEventRequest = { event: { type: "follow_up", at, opportunity: "acme", channel: "carrier_pigeon" } };
    expect(ZLogEventInput.safeParse(valid).success).toBe(true);
    for (const request of [misspelt, missing, unknown]) expect(ZLogEventInput.safeParse(request).success).toBe(false);
  });
});
