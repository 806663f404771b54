import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };

async function loadEnv(overrides: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return import("./env");
}

describe("environment validation", () => {
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it("names every missing or malformed variable in one message", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(loadEnv({ SKIP_ENV_VALIDATION: undefined, DATABASE_URL: undefined, APP_URL: "not a url", RESEND_API_KEY: "sk_live_x" })).rejects.toThrow(
      /DATABASE_URL.*APP_URL.*RESEND_API_KEY|DATABASE_URL.*RESEND_API_KEY.*APP_URL|APP_URL.*DATABASE_URL/,
    );
    const output = logged.mock.calls.flat().join("\n");
    expect(output).toContain("DATABASE_URL:");
    expect(output).toContain("APP_URL:");
    expect(output).toContain('RESEND_API_KEY: must be a Resend API key starting with "re_"');
  });

  it("accepts a complete development environment", async () => {
    const { env } = await loadEnv({
      SKIP_ENV_VALIDATION: undefined,
      DATABASE_URL: "postgresql://followthrough_app:x@127.0.0.1:5432/followthrough",
      APP_URL: undefined,
      RESEND_API_KEY: undefined,
    });
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.RESEND_API_KEY).toBeUndefined();
  });
});

describe("mail in production", () => {
  const production = {
    SKIP_ENV_VALIDATION: undefined,
    NODE_ENV: "production",
    FOLLOWTHROUGH_E2E: undefined,
    ALLOW_DEV_OUTBOX: undefined,
    DATABASE_URL: "postgresql://followthrough_app:x@db.internal:5432/followthrough",
    AUTH_SECRET: "a".repeat(40),
    APP_URL: "https://app.example.edu",
  };

  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it("refuses to start without RESEND_API_KEY, naming the variable and the way out", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(loadEnv({ ...production, RESEND_API_KEY: undefined })).rejects.toThrow(/RESEND_API_KEY/);
    expect(logged.mock.calls.flat().join("\n")).toContain("RESEND_API_KEY: is required in production (set ALLOW_DEV_OUTBOX=1");
  });

  it("treats an empty RESEND_API_KEY as missing", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(loadEnv({ ...production, RESEND_API_KEY: "" })).rejects.toThrow(/RESEND_API_KEY/);
  });

  it("starts with a Resend key", async () => {
    const { env } = await loadEnv({ ...production, RESEND_API_KEY: "re_live_123" });
    expect(env.RESEND_API_KEY).toBe("re_live_123");
  });

  it("starts without a key when ALLOW_DEV_OUTBOX=1 says so explicitly", async () => {
    const { env } = await loadEnv({ ...production, RESEND_API_KEY: undefined, ALLOW_DEV_OUTBOX: "1" });
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it("does not take ALLOW_DEV_OUTBOX=0 or other values as permission", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(loadEnv({ ...production, RESEND_API_KEY: undefined, ALLOW_DEV_OUTBOX: "0" })).rejects.toThrow(/RESEND_API_KEY/);
    await expect(loadEnv({ ...production, RESEND_API_KEY: undefined, ALLOW_DEV_OUTBOX: "yes" })).rejects.toThrow(/ALLOW_DEV_OUTBOX/);
  });

  it("keeps the e2e production build (FOLLOWTHROUGH_E2E=1) working without a key", async () => {
    const { env } = await loadEnv({ ...production, RESEND_API_KEY: undefined, FOLLOWTHROUGH_E2E: "1" });
    expect(env.RESEND_API_KEY).toBeUndefined();
  });
});

describe("proxy trust and session lifetime", () => {
  const development = { SKIP_ENV_VALIDATION: undefined, DATABASE_URL: "postgresql://followthrough_app:x@127.0.0.1:5432/followthrough" };

  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it("trusts no proxy and ends sessions after 14 days by default", async () => {
    const { env } = await loadEnv({ ...development, TRUSTED_PROXY_HOPS: undefined, SESSION_MAX_AGE_DAYS: undefined });
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
    expect(env.SESSION_MAX_AGE_DAYS).toBe(14);
  });

  it("reads configured values", async () => {
    const { env } = await loadEnv({ ...development, TRUSTED_PROXY_HOPS: "1", SESSION_MAX_AGE_DAYS: "7" });
    expect(env.TRUSTED_PROXY_HOPS).toBe(1);
    expect(env.SESSION_MAX_AGE_DAYS).toBe(7);
  });

  it("refuses nonsense, naming the variable", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(loadEnv({ ...development, TRUSTED_PROXY_HOPS: "-1", SESSION_MAX_AGE_DAYS: "forever" })).rejects.toThrow(/TRUSTED_PROXY_HOPS.*SESSION_MAX_AGE_DAYS/);
    const output = logged.mock.calls.flat().join("\n");
    expect(output).toContain("TRUSTED_PROXY_HOPS:");
    expect(output).toContain("SESSION_MAX_AGE_DAYS: must be a number of days");
  });
});
