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
