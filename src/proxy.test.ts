import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "./proxy";

function pageRequest(url: string, init: ConstructorParameters<typeof NextRequest>[1] = {}): NextRequest {
  return new NextRequest(url, { headers: { accept: "text/html", "sec-fetch-dest": "document" }, ...init });
}

describe("proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends HSTS only when APP_URL is https", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("APP_URL", "https://app.example.edu");
    const secure = await proxy(pageRequest("https://app.example.edu/sign-in"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");

    vi.stubEnv("APP_URL", "http://localhost:3000");
    const plain = await proxy(pageRequest("http://localhost:3000/sign-in"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  it("hands Next.js the same nonce it sends to the browser", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const response = await proxy(pageRequest("http://localhost:3000/seeker"));
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    // NextResponse.next() forwards overridden request headers as x-middleware-request-*.
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("answers a page with 503 when the database cannot be reached, and an API call not at all", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://nobody:nothing@127.0.0.1:1/none");
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const page = await proxy(pageRequest("http://localhost:3000/seeker"));
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("30");
    expect(await page.text()).toContain("Followthrough is briefly unavailable");
    // tRPC answers SERVICE_UNAVAILABLE itself, in its own shape.
    const api = await proxy(new NextRequest("http://localhost:3000/api/trpc/viewer.me"));
    expect(api.status).toBe(200);
  });

  it("refuses a cross-site post before anything else runs", async () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const response = await proxy(
      new NextRequest("http://localhost:3000/api/trpc/followUps.markDone", { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/json" }, body: "{}" }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});
