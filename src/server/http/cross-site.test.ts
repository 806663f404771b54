import { describe, expect, it } from "vitest";
import { refuseCrossSiteRequest, type RequestFacts } from "./cross-site";

const APP = "https://app.example.edu";
const json = "application/json";

function facts(overrides: Partial<RequestFacts>): RequestFacts {
  return { method: "POST", pathname: "/api/trpc/opportunities.logEvent", origin: APP, secFetchSite: "same-origin", contentType: json, ...overrides };
}

describe("refuseCrossSiteRequest", () => {
  it("lets safe methods through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(refuseCrossSiteRequest(facts({ method, origin: "https://evil.example", secFetchSite: "cross-site" }), APP)).toBeNull();
    }
  });

  it("accepts a same-origin JSON tRPC call", () => {
    expect(refuseCrossSiteRequest(facts({}), APP)).toBeNull();
    expect(refuseCrossSiteRequest(facts({ contentType: "application/json; charset=utf-8" }), APP)).toBeNull();
  });

  it.each([
    ["another site", "https://evil.example"],
    ["a look-alike subdomain", "https://app.example.edu.evil.example"],
    ["the same host on http", "http://app.example.edu"],
    ["another port", "https://app.example.edu:8443"],
    ["a sandboxed frame", "null"],
    ["an empty origin", ""],
  ])("refuses a POST from %s with 403", (_label, origin) => {
    expect(refuseCrossSiteRequest(facts({ origin }), APP)).toMatchObject({ status: 403 });
  });

  it("judges by Sec-Fetch-Site when Origin is missing", () => {
    expect(refuseCrossSiteRequest(facts({ origin: null, secFetchSite: "cross-site" }), APP)).toMatchObject({ status: 403 });
    expect(refuseCrossSiteRequest(facts({ origin: null, secFetchSite: "same-site" }), APP)).toMatchObject({ status: 403 });
    expect(refuseCrossSiteRequest(facts({ origin: null, secFetchSite: "same-origin" }), APP)).toBeNull();
    expect(refuseCrossSiteRequest(facts({ origin: null, secFetchSite: "none" }), APP)).toBeNull();
  });

  it("lets a non-browser client (neither header) through to the procedure's own checks", () => {
    expect(refuseCrossSiteRequest(facts({ origin: null, secFetchSite: null }), APP)).toBeNull();
  });

  it("refuses tRPC calls that are not JSON with 415, even from our own origin", () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null]) {
      expect(refuseCrossSiteRequest(facts({ contentType }), APP)).toMatchObject({ status: 415 });
    }
  });

  it("applies the Origin rule to server actions and Auth.js posts, without requiring JSON there", () => {
    expect(refuseCrossSiteRequest(facts({ pathname: "/sign-in", contentType: "multipart/form-data; boundary=x" }), APP)).toBeNull();
    expect(refuseCrossSiteRequest(facts({ pathname: "/sign-in", origin: "https://evil.example" }), APP)).toMatchObject({ status: 403 });
    expect(refuseCrossSiteRequest(facts({ pathname: "/api/auth/signout", contentType: "application/x-www-form-urlencoded", origin: "https://evil.example" }), APP)).toMatchObject({ status: 403 });
  });

  it("exempts the signed endpoints, and only them", () => {
    expect(refuseCrossSiteRequest(facts({ pathname: "/api/inngest", origin: "https://inngest.example", contentType: null }), APP)).toBeNull();
    expect(refuseCrossSiteRequest(facts({ pathname: "/api/webhooks/resend", origin: "https://svix.example", contentType: null }), APP)).toBeNull();
    expect(refuseCrossSiteRequest(facts({ pathname: "/api/inngestx", origin: "https://evil.example" }), APP)).toMatchObject({ status: 403 });
    expect(refuseCrossSiteRequest(facts({ pathname: "/api/webhooksy", origin: "https://evil.example" }), APP)).toMatchObject({ status: 403 });
    // RFC 8058 one-click unsubscribe: mail providers POST from their own origin; the signed token is the authority.
    expect(refuseCrossSiteRequest(facts({ pathname: "/api/unsubscribe", origin: "https://mail.example", contentType: "application/x-www-form-urlencoded" }), APP)).toBeNull();
    expect(refuseCrossSiteRequest(facts({ pathname: "/api/unsubscribex", origin: "https://evil.example" }), APP)).toMatchObject({ status: 403 });
    // The preferences page's own form is a server action on /unsubscribe: the Origin rule still applies there.
    expect(refuseCrossSiteRequest(facts({ pathname: "/unsubscribe", origin: "https://evil.example", contentType: "multipart/form-data; boundary=x" }), APP)).toMatchObject({ status: 403 });
  });
});
