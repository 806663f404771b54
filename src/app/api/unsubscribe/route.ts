/**
 * One-click unsubscribe (RFC 8058), the target of every `List-Unsubscribe`
 * header we send. Mail clients POST here from their own servers with
 * `List-Unsubscribe=One-Click`: no session, no cookie, another origin, so
 * the endpoint is exempt from the cross-site rule (src/server/http/cross-site.ts)
 * and the signed token in the URL is the only authority. It can stop one
 * kind of email for one member, and doing it twice changes nothing.
 *
 * GET (someone opened the header's link in a browser) changes nothing: it
 * sends them to the page that asks first, since mail scanners fetch links.
 */
import { getDb } from "@/server/db/client";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/server/db/unavailable";
import { REFUSAL_MESSAGE, unsubscribeWithToken } from "@/server/mail/unsubscribe";
import { unsubscribePageUrl } from "@/server/mail/unsubscribe-link";

const answer = (status: number, message: string) => Response.json({ message }, { status });

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  if (!token) return answer(400, REFUSAL_MESSAGE.malformed);
  try {
    const result = await unsubscribeWithToken(getDb(), token);
    if (!result.ok) return answer(result.reason === "not_found" ? 404 : 400, REFUSAL_MESSAGE[result.reason]);
    return answer(200, `Unsubscribed: no more ${result.value.label.toLowerCase()}.`);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return answer(503, UNAVAILABLE_MESSAGE);
    throw error;
  }
}

export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.redirect(unsubscribePageUrl(token), 303);
}
