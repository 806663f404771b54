/**
 * Limits on requests to /api/trpc, enforced before tRPC reads a byte of
 * input, with plain answers in tRPC's own error shape (so the client shows
 * the message):
 * - a body over 64 KB: 413, judged on Content-Length and again on the bytes
 *   actually received (a lying or chunked body cannot get past);
 * - a URL over 16 KB (query inputs travel in it): 414;
 * - a batch of more than 10 calls: 400 (the client's batch link sends at most 10);
 * - a body or `input` that is not JSON, or whose superjson metadata cannot
 *   be decoded (unknown types, `__proto__` paths): 400.
 */
import superjson from "superjson";
import { readBoundedText } from "@/server/http/read-bounded-text";

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_URL_LENGTH = 16 * 1024;
export const MAX_BATCH_CALLS = 10;

export interface TrpcRequestProblem {
  status: 400 | 413 | 414;
  code: "BAD_REQUEST" | "PAYLOAD_TOO_LARGE" | "PARSE_ERROR";
  message: string;
}

/** The request to hand on to tRPC (its body already read and checked), or the problem to answer. */
export type CheckedTrpcRequest = { ok: true; request: Request } | { ok: false; problem: TrpcRequestProblem; batchSize: number };

const problem = (status: TrpcRequestProblem["status"], code: TrpcRequestProblem["code"], message: string): TrpcRequestProblem => ({ status, code, message });

const TOO_LARGE = problem(413, "PAYLOAD_TOO_LARGE", `This request is too large (at most ${MAX_BODY_BYTES / 1024} KB). Shorten what you entered and try again.`);
const NOT_JSON = problem(400, "PARSE_ERROR", "This request is not valid JSON.");
const BAD_SUPERJSON = problem(400, "PARSE_ERROR", "This request's data could not be read.");

export async function checkTrpcRequest(request: Request, endpoint: string): Promise<CheckedTrpcRequest> {
  const url = new URL(request.url);
  const procedures = url.pathname.startsWith(`${endpoint}/`) ? url.pathname.slice(endpoint.length + 1).split(",") : [];
  const isBatch = url.searchParams.get("batch") === "1";
  const batchSize = isBatch ? procedures.length : 1;
  const refuse = (found: TrpcRequestProblem): CheckedTrpcRequest => ({ ok: false, problem: found, batchSize: Math.min(batchSize, MAX_BATCH_CALLS) });

  if (request.url.length > MAX_URL_LENGTH) return refuse(problem(414, "BAD_REQUEST", "This request's address is too long."));
  if (procedures.length > MAX_BATCH_CALLS) return refuse(problem(400, "BAD_REQUEST", `Too many calls in one request (at most ${MAX_BATCH_CALLS}).`));

  const queryInput = url.searchParams.get("input");
  if (queryInput !== null && !isDecodable(queryInput, isBatch)) return refuse(decodeProblem(queryInput));

  if (request.method !== "POST") return { ok: true, request };

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return refuse(TOO_LARGE);
  const body = await readBoundedText(request, MAX_BODY_BYTES);
  if (body === null) return refuse(TOO_LARGE);
  if (body.length > 0 && !isDecodable(body, isBatch)) return refuse(decodeProblem(body));

  // The body stream is spent: hand tRPC a request carrying the text we checked.
  return { ok: true, request: new Request(request.url, { method: "POST", headers: request.headers, body }) };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function decodeProblem(text: string): TrpcRequestProblem {
  return parseJson(text).ok ? BAD_SUPERJSON : NOT_JSON;
}

/** JSON whose every call's superjson envelope decodes (what tRPC will do next, minus the chance of a 500). */
function isDecodable(text: string, isBatch: boolean): boolean {
  const parsed = parseJson(text);
  if (!parsed.ok) return false;
  const envelopes = isBatch ? batchEnvelopes(parsed.value) : [parsed.value];
  if (envelopes === null) return false;
  for (const envelope of envelopes) {
    if (envelope === undefined || envelope === null) continue;
    if (typeof envelope !== "object" || Array.isArray(envelope)) return false;
    try {
      superjson.deserialize(envelope as Parameters<typeof superjson.deserialize>[0]);
    } catch {
      return false;
    }
  }
  return true;
}

/** A batch's inputs are an object keyed "0", "1", … */
function batchEnvelopes(value: unknown): unknown[] | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_BATCH_CALLS || entries.some(([key]) => !/^\d{1,2}$/.test(key))) return null;
  return entries.map(([, envelope]) => envelope);
}

/** An answer in tRPC's error shape (one per call for a batch), so the client can show the message. */
export function trpcProblemResponse(found: TrpcRequestProblem, batchSize: number, isBatch: boolean): Response {
  const rpcCode = found.code === "PARSE_ERROR" ? -32700 : found.code === "PAYLOAD_TOO_LARGE" ? -32413 : -32600;
  const error = { error: { json: { message: found.message, code: rpcCode, data: { code: found.code, httpStatus: found.status } } } };
  const body = isBatch ? Array.from({ length: Math.max(batchSize, 1) }, () => error) : error;
  return Response.json(body, { status: found.status });
}
