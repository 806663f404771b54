import { limitMagicLinkRequests } from "./limit-magic-link-requests";
import { clientKeyFromHeaders } from "./client-address";

/**
 * The sign-in form enforces the magic-link limits in its server action, but
 * Auth.js's own endpoint (POST /api/auth/signin/resend) can be called
 * directly. This check runs before it and answers 429 when over the limit.
 */
export async function refuseExcessMagicLinkPost(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith("/signin/resend")) return null;
  const form = await request.clone().formData().catch(() => null);
  const email = form?.get("email");
  // Malformed requests are Auth.js's to refuse; only real attempts count.
  if (typeof email !== "string" || !email.includes("@")) return null;
  const allowance = await limitMagicLinkRequests({ email, clientKey: clientKeyFromHeaders(request.headers) });
  if (allowance.allowed) return null;
  return new Response(allowance.message, { status: 429, headers: { "content-type": "text/plain; charset=utf-8" } });
}
