/**
 * Bad input never answers 500. The corpus (corpus.ts) goes through the real
 * HTTP entry (request limits, superjson decoding, the router, error
 * formatting), signed in as a member allowed to call each procedure, so
 * that validation is really reached; nothing it sends may be stored.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { handleTrpcRequest, TRPC_ENDPOINT } from "@/server/api/handle-trpc-request";
import { MAX_BATCH_CALLS, MAX_BODY_BYTES } from "@/server/api/request-limits";
import { appRouter } from "@/server/api/root";
import { appDb } from "../db";
import type { ProcedureCase } from "../isolation/case";
import { allCases } from "../isolation/cases";
import { createWorld, sessionFor, type Actor, type World } from "../isolation/world";
import { FIELD_CASES, GENERIC_BODIES } from "./corpus";

const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const typeOf = (path: string) => (appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" } }>)[path]!._def.type;

function actorFor(world: World, access: ProcedureCase["access"] | undefined): Actor | null {
  if (access === "public") return null;
  if (access === "signedIn" || !access) return world.a.seeker;
  return world.actor(world.a, (access[0] ?? "ADMIN") as Role);
}

async function send(actor: Actor | null, request: Request): Promise<Response> {
  return handleTrpcRequest(request, async () => ({ db: appDb(), session: actor ? sessionFor(actor) : null, clientKey: `malformed-${actor?.user.id ?? "anonymous"}` }));
}

/** The request a tRPC client would send for `path` with this raw superjson text as input. */
function requestFor(path: string, rawInput: string): Request {
  const url = `http://localhost${TRPC_ENDPOINT}/${path}`;
  if (typeOf(path) === "query") return new Request(`${url}?input=${encodeURIComponent(rawInput)}`);
  return new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: rawInput });
}

/** Counts of every table bad input could write to, for tenant A. */
async function writableRowCounts(world: World): Promise<Record<string, number>> {
  const db = appDb();
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.organization_id', ${world.a.organization.id}, true)`;
    return {
      events: await tx.opportunityEvent.count(),
      opportunities: await tx.opportunity.count(),
      followUps: await tx.plannedFollowUp.count(),
      invitations: await tx.invitation.count(),
      policies: await tx.organizationPolicy.count(),
      overrides: await tx.seekerPolicyOverride.count(),
    };
  });
}

/** Never a 5xx, never a stack or a driver's words; an error, when there is one, is a plain 4xx. (Some generic bodies decode to input a procedure may accept, e.g. unknown fields beside all-optional ones.) */
async function expectPlainRefusal(response: Response, what: string): Promise<void> {
  const text = await response.text();
  expect(response.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, what).not.toMatch(/\bat .+\.(js|ts):\d+|Prisma|stack/i);
}

describe("malformed input", () => {
  let world: World;
  let before: Record<string, number>;
  beforeAll(async () => {
    world = await createWorld();
    before = await writableRowCounts(world);
  });

  it("has field cases for every procedure, and none for procedures that no longer exist", () => {
    expect(procedurePaths.filter((path) => !(path in FIELD_CASES)), "procedures with no field cases").toEqual([]);
    expect(Object.keys(FIELD_CASES).filter((path) => !procedurePaths.includes(path)), "stale field cases").toEqual([]);
  });

  describe.each(procedurePaths)("%s", (path) => {
    it("answers every generic malformed body without a 5xx", async () => {
      const actor = actorFor(world, allCases[path]?.access);
      for (const { label, body } of GENERIC_BODIES) {
        const response = await send(actor, requestFor(path, body));
        await expectPlainRefusal(response, `${path} / ${label}`);
      }
    });

    it("refuses each bad field with 400 and a message", async () => {
      const actor = actorFor(world, allCases[path]?.access);
      for (const { label, input } of FIELD_CASES[path] ?? []) {
        const response = await send(actor, requestFor(path, JSON.stringify({ json: input })));
        const body = (await response.clone().json()) as { error?: { json?: { message?: string } } };
        expect(response.status, `${path} / ${label}: ${JSON.stringify(body).slice(0, 300)}`).toBe(400);
        expect(body.error?.json?.message, `${path} / ${label}`).toBeTruthy();
        await expectPlainRefusal(response, `${path} / ${label}`);
      }
    });
  });

  it("stored nothing of all that", async () => {
    expect(await writableRowCounts(world)).toEqual(before);
  });
});

describe("request limits", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });

  const bigBody = JSON.stringify({ json: { event: { type: "applied", at: "2026-11-02T10:00:00Z", opportunity: "x".repeat(MAX_BODY_BYTES) } } });

  it("refuses a body over 64 KB by its Content-Length with 413 and a plain message", async () => {
    const response = await send(world.a.seeker, new Request(`http://localhost${TRPC_ENDPOINT}/opportunities.logEvent`, { method: "POST", headers: { "content-type": "application/json", "content-length": String(bigBody.length) }, body: bigBody }));
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("too large");
  });

  it("refuses an oversized chunked body (no Content-Length) by the bytes received", async () => {
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`http://localhost${TRPC_ENDPOINT}/opportunities.logEvent`, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    const response = await send(world.a.seeker, request);
    expect(response.status).toBe(413);
    expect(sent, "stopped reading soon after the limit").toBeLessThanOrEqual(6);
  });

  it("refuses a lying Content-Length that understates the body", async () => {
    const response = await send(world.a.seeker, new Request(`http://localhost${TRPC_ENDPOINT}/opportunities.logEvent`, { method: "POST", headers: { "content-type": "application/json", "content-length": "10" }, body: bigBody }));
    expect(response.status).toBe(413);
  });

  it(`refuses a batch of ${MAX_BATCH_CALLS + 1} calls with 400, and serves one of ${MAX_BATCH_CALLS}`, async () => {
    const batch = (count: number) => {
      const paths = Array.from({ length: count }, () => "viewer.me").join(",");
      const input = JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, index) => [String(index), {}])));
      return new Request(`http://localhost${TRPC_ENDPOINT}/${paths}?batch=1&input=${encodeURIComponent(input)}`);
    };
    const refused = await send(world.a.seeker, batch(MAX_BATCH_CALLS + 1));
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { json: { message: string } } }[];
    expect(body[0]?.error.json.message).toContain(`at most ${MAX_BATCH_CALLS}`);
    const served = await send(world.a.seeker, batch(MAX_BATCH_CALLS));
    expect(served.status).toBe(200);
  });

  it("answers malformed JSON and malformed superjson with 400 and a plain message", async () => {
    const post = (body: string) => new Request(`http://localhost${TRPC_ENDPOINT}/opportunities.logEvent`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const notJson = await send(world.a.seeker, post("{nope"));
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { json: { message: string } } }).error.json.message).toBe("This request is not valid JSON.");
    const badMeta = await send(world.a.seeker, post(JSON.stringify({ json: {}, meta: { values: { "__proto__.x": ["Date"] } } })));
    expect(badMeta.status).toBe(400);
    expect(((await badMeta.json()) as { error: { json: { message: string } } }).error.json.message).toBe("This request's data could not be read.");
    expect(({} as Record<string, unknown>).x, "no prototype was polluted").toBeUndefined();
  });
});
