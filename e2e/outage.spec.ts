/**
 * A database outage, for real: a second `next start` of the same build talks
 * to PostgreSQL through a TCP relay this test controls. Closing the relay is
 * the outage (connections refused, open ones cut); reopening it is the
 * recovery, with no restart of Next.js.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "./fixtures";

class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.server = server;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not start`);
}

test.describe("database outage", () => {
  let relay: Relay;
  let server: ChildProcess;
  let origin: string;

  test.beforeAll(async () => {
    const databaseUrl = new URL(process.env.DATABASE_URL ?? "");
    relay = new Relay(await freePort(), { host: databaseUrl.hostname, port: Number(databaseUrl.port) });
    await relay.open();
    const relayedUrl = new URL(databaseUrl);
    relayedUrl.port = String(relay.port);
    const port = await freePort();
    origin = `http://localhost:${port}`;
    // Its own process group, so stopping it stops next-server too (npx does not pass signals on).
    server = spawn("npx", ["next", "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: relayedUrl.toString(), APP_URL: origin, PORT: String(port) },
      stdio: "ignore",
      detached: true,
    });
    await waitForServer(`${origin}/icon.svg`);
  });

  test.afterAll(async () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await relay?.close();
  });

  test("pages answer 503 'briefly unavailable', tRPC SERVICE_UNAVAILABLE, no one is signed out, and it recovers without a restart", async ({ seekerPage: page }) => {
    test.setTimeout(90_000);
    // The fixture's session works on both servers (same database; cookies ignore ports).
    await page.goto("/seeker");
    await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
    const healthy = await page.goto(`${origin}/seeker`);
    expect(healthy?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();

    await relay.close();
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // past the probe's two seconds of trust

    const down = await page.goto(`${origin}/seeker`);
    expect(down?.status()).toBe(503);
    expect(down?.headers()["retry-after"]).toBeDefined();
    await expect(page.getByRole("heading", { name: "Followthrough is briefly unavailable" })).toBeVisible();
    await expect(page).toHaveURL(`${origin}/seeker`);
    const signInPage = await page.goto(`${origin}/sign-in`);
    expect(signInPage?.status()).toBe(503);

    const call = await page.request.get(`${origin}/api/trpc/viewer.me`);
    expect(call.status()).toBe(503);
    const body = (await call.json()) as { error: { json: { message: string; data: { code: string } } } };
    expect(body.error.json.data.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.error.json.message).toContain("briefly unavailable");
    expect(JSON.stringify(body)).not.toMatch(/sign in|at .*\.js/i);

    await relay.open();
    await expect(async () => {
      const back = await page.goto(`${origin}/seeker`);
      expect(back?.status()).toBe(200);
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
    const again = await page.request.get(`${origin}/api/trpc/viewer.me`);
    expect(again.status()).toBe(200);
  });
});
