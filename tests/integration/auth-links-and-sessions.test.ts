/**
 * The real Auth.js endpoints (our route handler, our config, the real
 * database): where magic links point, how long they live, that a new one
 * voids the old, and that sessions end at their absolute lifetime.
 */
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { firstLinkIn } from "@/server/mail/dev-mailbox";
import { freshClientAddress, fromClient } from "./client-address";
import { appDb } from "./db";
import { freshEmail } from "./invitation-links";

const APP_URL = "http://localhost:3999";
const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
let forgedClient = 0;
// Links are limited per client too; a client of this file's own keeps other files' requests out of its count.
const CLIENT = freshClientAddress();

beforeAll(() => {
  process.env.APP_URL = APP_URL;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  delete process.env.RESEND_API_KEY;
});

function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Asks the Auth.js endpoint for a link, the way a script would: CSRF token first, every request with a forged host. */
async function requestLinkDirectly(email: string, callbackUrl = "/coach"): Promise<Response> {
  const csrf = await GET(new NextRequest("http://evil.example/api/auth/csrf", { headers: FORGED }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  forgedClient += 1;
  return POST(
    new NextRequest("http://evil.example/api/auth/signin/resend", {
      method: "POST",
      headers: { ...FORGED, cookie: cookiesFrom(csrf), "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `203.0.113.${forgedClient % 250}`, ...fromClient(CLIENT) },
      body: new URLSearchParams({ email, csrfToken, callbackUrl }),
    }),
  );
}

async function newestLink(email: string): Promise<URL> {
  const message = await appDb().outboxEmail.findFirst({ where: { to: email, tag: "magic-link" }, orderBy: { createdAt: "desc" } });
  const href = message ? firstLinkIn(message.html) : null;
  if (!href) throw new Error(`No magic link to ${email}`);
  return new URL(href);
}

async function follow(link: URL): Promise<Response> {
  return GET(new NextRequest(link.toString().replace(APP_URL, "http://evil.example"), { headers: FORGED }));
}

describe("magic links through the real Auth.js endpoint", () => {
  it("are built on APP_URL even when every request carries a forged Host and X-Forwarded-Host", async () => {
    const email = freshEmail("forged-host");
    const response = await requestLinkDirectly(email);
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location") ?? "").origin).toBe(APP_URL);
    const link = await newestLink(email);
    expect(link.origin).toBe(APP_URL);
    expect(link.pathname).toBe("/api/auth/callback/resend");
    expect(link.searchParams.get("callbackUrl")).toBe(`${APP_URL}/coach`);
  });

  it("carry only a same-origin callbackUrl, whatever was asked for", async () => {
    for (const asked of ["https://evil.example/x", "/%09/evil.example/x", "/\\evil.example", "//evil.example"]) {
      const email = freshEmail("callback");
      await requestLinkDirectly(email, asked);
      const link = await newestLink(email);
      expect(link.searchParams.get("callbackUrl")).toBe(`${APP_URL}/`);
    }
  });

  it("expire after 15 minutes", async () => {
    const email = freshEmail("expiry");
    const before = Date.now();
    await requestLinkDirectly(email);
    const rows = await appDb().verificationToken.findMany({ where: { identifier: email } });
    expect(rows).toHaveLength(1);
    const lifetime = rows[0]!.expires.getTime() - before;
    expect(lifetime).toBeGreaterThan(14.5 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    expect((await appDb().outboxEmail.findFirst({ where: { to: email } }))?.text).toContain("expires in 15 minutes");

    // Past its expiry the link is refused and no session is made.
    await appDb().verificationToken.updateMany({ where: { identifier: email }, data: { expires: new Date(Date.now() - 1000) } });
    const refused = await follow(await newestLink(email));
    expect(refused.headers.get("location")).toBe(`${APP_URL}/sign-in/error?error=Verification`);
    expect(refused.headers.getSetCookie().some((cookie) => cookie.startsWith("authjs.session-token="))).toBe(false);
  });

  it("void the address's earlier links when a new one is issued", async () => {
    const email = freshEmail("voided");
    await requestLinkDirectly(email);
    const first = await newestLink(email);
    await requestLinkDirectly(email);
    const second = await newestLink(email);
    expect(second.searchParams.get("token")).not.toBe(first.searchParams.get("token"));
    expect(await appDb().verificationToken.count({ where: { identifier: email } })).toBe(1);

    const old = await follow(first);
    expect(old.headers.get("location")).toBe(`${APP_URL}/sign-in/error?error=Verification`);
    const current = await follow(second);
    expect(current.headers.get("location")).toBe(`${APP_URL}/coach`);
    expect(current.headers.getSetCookie().some((cookie) => cookie.startsWith("authjs.session-token="))).toBe(true);
  });
});

describe("sessions through the real session lookup", () => {
  const DAY = 24 * 60 * 60 * 1000;

  // By default used yesterday: the idle expiry is well in the future.
  async function sessionAged(days: number, expiresIn = 6 * DAY): Promise<string> {
    const user = await appDb().user.create({ data: { email: freshEmail("session") } });
    const sessionToken = randomBytes(24).toString("hex");
    const createdAt = new Date(Date.now() - days * DAY);
    await appDb().session.create({ data: { sessionToken, userId: user.id, createdAt, expires: new Date(Date.now() + expiresIn) } });
    return sessionToken;
  }

  async function lookUp(sessionToken: string): Promise<Response> {
    return GET(new NextRequest(`${APP_URL}/api/auth/session`, { headers: { cookie: `authjs.session-token=${sessionToken}` } }));
  }

  it("accept a session inside its absolute lifetime", async () => {
    const token = await sessionAged(13);
    const body = (await (await lookUp(token)).json()) as { user?: { email?: string } } | null;
    expect(body?.user?.email).toMatch(/^session-/);
  });

  it("refuse and delete a session older than 14 days, even though it was used yesterday", async () => {
    const token = await sessionAged(15);
    const response = await lookUp(token);
    expect(await response.json()).toBeNull();
    expect(await appDb().session.findUnique({ where: { sessionToken: token } })).toBeNull();
  });

  it("never push the idle expiry past the absolute end when a session is refreshed", async () => {
    // 13.5 days old and last refreshed 7 days ago: Auth.js refreshes it on this lookup.
    const token = await sessionAged(13.5, 60 * 60 * 1000);
    const body = (await (await lookUp(token)).json()) as { user?: unknown } | null;
    expect(body?.user).toBeTruthy();
    const row = await appDb().session.findUniqueOrThrow({ where: { sessionToken: token } });
    expect(row.expires.getTime()).toBe(row.createdAt.getTime() + 14 * DAY);
  });

  it("follow SESSION_MAX_AGE_DAYS", async () => {
    process.env.SESSION_MAX_AGE_DAYS = "3";
    try {
      const token = await sessionAged(4);
      expect(await (await lookUp(token)).json()).toBeNull();
    } finally {
      delete process.env.SESSION_MAX_AGE_DAYS;
    }
  });
});
