/** The Resend transport: the idempotency key and headers reach the SDK; refusals are told apart from unclear failures. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MailTransportError, resendTransport, type OutgoingEmail } from "./mail-transport";

const email: OutgoingEmail = {
  to: "seeker@example.test",
  subject: "Today: Email Dana Lee to check in",
  html: "<p>Hi</p>",
  text: "Hi",
  tag: "reminder",
  headers: { "List-Unsubscribe": "<https://app.example.edu/api/unsubscribe?token=t>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  idempotencyKey: "reminder/abc",
};

type SendResult = { data: { id: string } | null; error: { name: string; message: string; statusCode: number | null } | null; headers: null };

function fakeResend(result: SendResult) {
  const send = vi.fn(async () => result);
  return { send, client: { emails: { send } } as unknown as Parameters<typeof resendTransport>[1] };
}

describe("resendTransport", () => {
  beforeEach(() => vi.stubEnv("EMAIL_FROM", "Northside <coach@northside.example>"));
  afterEach(() => vi.unstubAllEnvs());

  it("passes the idempotency key as Resend's request option and the unsubscribe headers on the email", async () => {
    const { send, client } = fakeResend({ data: { id: "re_123" }, error: null, headers: null });
    await expect(resendTransport("re_test", client)(email)).resolves.toEqual({ providerMessageId: "re_123" });
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({ from: "Northside <coach@northside.example>", to: "seeker@example.test", headers: email.headers, tags: [{ name: "category", value: "reminder" }] }),
      { idempotencyKey: "reminder/abc" },
    );
  });

  it("reads 'key already used with another body' as already accepted: the email is out", async () => {
    const { client } = fakeResend({ data: null, error: { name: "invalid_idempotent_request", message: "used", statusCode: 409 }, headers: null });
    await expect(resendTransport("re_test", client)(email)).resolves.toEqual({ providerMessageId: null, alreadyAccepted: true });
  });

  it("tells a refusal (4xx: nothing sent) from an unclear failure (no answer, 5xx)", async () => {
    const refused = fakeResend({ data: null, error: { name: "validation_error", message: "bad from", statusCode: 422 }, headers: null });
    const refusal = await resendTransport("re_test", refused.client)(email).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MailTransportError);
    expect(refusal).toMatchObject({ outcomeUnknown: false });

    for (const statusCode of [null, 500]) {
      const unclear = fakeResend({ data: null, error: { name: "application_error", message: "no answer", statusCode }, headers: null });
      await expect(resendTransport("re_test", unclear.client)(email)).rejects.toMatchObject({ outcomeUnknown: true });
    }
  });
});
