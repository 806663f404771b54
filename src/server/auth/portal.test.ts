import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { safeReturnPath, safeReturnUrl } from "./portal";

const saved = process.env.APP_URL;
beforeEach(() => {
  process.env.APP_URL = "https://app.example.edu";
});
afterEach(() => {
  process.env.APP_URL = saved;
});

// Every variant from issue #6 and its relatives: each must fall back, never leave the site, never throw.
const REFUSED: Record<string, string> = {
  "tab then host": "/%09/evil.example/x",
  "raw tab then host": "/\t/evil.example/x",
  "tab before slash": "/\t/evil.example",
  "double-encoded tab": "/%2509/evil.example/x",
  "triple-encoded tab": "/%252509/evil.example/x",
  "raw CR LF": "/\r\nSet-Cookie: a=b",
  "encoded CR LF": "/%0d%0aSet-Cookie:%20a=b",
  "encoded upper-case CR LF": "/%0D%0ALocation:%20https://evil.example",
  "encoded LF only": "/coach%0a",
  "raw LF inside the path": "/coach\n/x",
  "NUL": "/coach%00",
  "DEL": "/coach%7f",
  "C1 control": "/coach\u0085",
  "line separator": "/coach\u2028",
  "backslash first": "/\\evil.example",
  "two backslashes": "\\\\evil.example",
  "slash backslash": "/\\/evil.example",
  "encoded backslash": "/%5Cevil.example",
  "encoded backslash, lower case": "/%5cevil.example",
  "backslash in the middle": "/coach\\..\\..\\evil",
  "protocol-relative": "//evil.example/x",
  "protocol-relative with three slashes": "///evil.example",
  "encoded second slash": "/%2F/evil.example",
  "encoded second slash, lower case": "/%2f/evil.example",
  "absolute to another host": "https://evil.example/x",
  "absolute, our host as a subdomain of theirs": "https://app.example.edu.evil.example/x",
  "absolute, userinfo trick": "https://app.example.edu@evil.example/x",
  "absolute, http instead of https": "http://app.example.edu/coach",
  "absolute, other port": "https://app.example.edu:8443/coach",
  "scheme-less host": "evil.example/x",
  "javascript: URL": "javascript:alert(1)",
  "data: URL": "data:text/html,<script>alert(1)</script>",
  "malformed percent-encoding": "/coach%E0%A4%A",
  "empty": "",
  "too long": `/${"a".repeat(3000)}`,
};

describe("safeReturnPath", () => {
  for (const [name, candidate] of Object.entries(REFUSED)) {
    it(`refuses ${name}`, () => {
      expect(safeReturnPath(candidate, "/fallback")).toBe("/fallback");
    });
  }

  it("refuses what is not a string", () => {
    expect(safeReturnPath(null, "/f")).toBe("/f");
    expect(safeReturnPath(undefined, "/f")).toBe("/f");
  });

  it.each([
    ["/coach", "/coach"],
    ["/coach/seekers/abc?tab=plan#today", "/coach/seekers/abc?tab=plan#today"],
    ["/", "/"],
    ["/seeker?q=a%2Fb", "/seeker?q=a%2Fb"],
    ["/coach/../seeker", "/seeker"],
    ["https://app.example.edu/coach?x=1", "/coach?x=1"],
    ["https://app.example.edu", "/"],
  ])("keeps our own page %s as %s", (candidate, expected) => {
    expect(safeReturnPath(candidate, "/fallback")).toBe(expected);
  });

  it("never returns anything a browser would read as another origin", () => {
    const base = "https://app.example.edu";
    for (const candidate of Object.values(REFUSED)) {
      const result = safeReturnPath(candidate, "/");
      // A browser strips tab/CR/LF and reads "\" as "/": check what it would see.
      const asBrowserSees = result.replace(/[\t\r\n]/g, "").replace(/\\/g, "/");
      expect(new URL(asBrowserSees, base).origin).toBe(base);
    }
  });

  it("gives absolute URLs on APP_URL for Auth.js's redirect callback", () => {
    expect(safeReturnUrl("/coach")).toBe("https://app.example.edu/coach");
    expect(safeReturnUrl("/%09/evil.example/x")).toBe("https://app.example.edu/");
    expect(safeReturnUrl("https://evil.example/x", "/seeker")).toBe("https://app.example.edu/seeker");
  });
});
