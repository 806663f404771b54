import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_STAMP_HEADER, clientKeyFromHeaders, normalizeAddress, resolveClientAddress, UNKNOWN_CLIENT } from "./client-address";
import { installClientAddressStamp } from "./stamp-client-address";

describe("resolveClientAddress", () => {
  it("with no trusted proxy, takes the socket and ignores every forwarded entry", () => {
    for (const forwardedFor of [undefined, "", "203.0.113.7", "203.0.113.7, 198.51.100.2", ["1.1.1.1", "2.2.2.2"]]) {
      expect(resolveClientAddress({ socketAddress: "192.0.2.10", forwardedFor, trustedHops: 0 })).toBe("192.0.2.10");
    }
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "203.0.113.7", trustedHops: 0 })).toBe(UNKNOWN_CLIENT);
  });

  it("with one trusted proxy, takes the entry it appended, whatever the client put to its left", () => {
    // The proxy at 10.0.0.2 appends the address it saw (198.51.100.20).
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "198.51.100.20", trustedHops: 1 })).toBe("198.51.100.20");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.20", trustedHops: 1 })).toBe("198.51.100.20");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "7.7.7.7,6.6.6.6,198.51.100.20", trustedHops: 1 })).toBe("198.51.100.20");
  });

  it("with two trusted proxies, skips both", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: "6.6.6.6, 198.51.100.20, 10.0.0.2", trustedHops: 2 })).toBe("198.51.100.20");
  });

  it("with fewer entries than hops, falls back to the left-most known address", () => {
    expect(resolveClientAddress({ socketAddress: "192.0.2.10", forwardedFor: undefined, trustedHops: 1 })).toBe("192.0.2.10");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: "198.51.100.20", trustedHops: 3 })).toBe("198.51.100.20");
  });

  it("never uses something that is not an IP address", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "x, not-an-ip", trustedHops: 1 })).toBe(UNKNOWN_CLIENT);
    expect(resolveClientAddress({ socketAddress: "garbage", forwardedFor: undefined, trustedHops: 0 })).toBe(UNKNOWN_CLIENT);
  });

  it.each([
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["192.0.2.1:5678", "192.0.2.1"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["::1", "::1"],
    [" 192.0.2.1 ", "192.0.2.1"],
    ["unknown", null],
    ["", null],
  ])("normalizes %s to %s", (value, expected) => {
    expect(normalizeAddress(value)).toBe(expected);
  });
});

describe("the socket stamp on a real HTTP server", () => {
  let server: Server;
  let port: number;
  const keys: string[] = [];

  beforeAll(async () => {
    installClientAddressStamp();
    server = createServer((req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      keys.push(clientKeyFromHeaders(headers));
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function get(headers: Record<string, string>): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("keys by the socket: a forged X-Forwarded-For, X-Real-IP or stamp changes nothing", async () => {
    keys.length = 0;
    await get({});
    await get({ "x-forwarded-for": "203.0.113.66" });
    await get({ "x-forwarded-for": "203.0.113.67, 203.0.113.68", "x-real-ip": "203.0.113.69" });
    await get({ [CLIENT_STAMP_HEADER]: "guess 203.0.113.70" });
    expect(keys).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });

  it("ignores a stamp that lacks the server's secret when there is no server", () => {
    const headers = new Headers({ [CLIENT_STAMP_HEADER]: "guess 203.0.113.70", "x-forwarded-for": "203.0.113.71" });
    expect(clientKeyFromHeaders(headers)).toBe(UNKNOWN_CLIENT);
  });
});
