import { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { appOrigin } from "@/server/auth/app-url";
import { refuseExcessMagicLinkPost } from "@/server/auth/guard-magic-link-endpoint";

/**
 * Auth.js sees every request on APP_URL's origin, whatever Host or
 * X-Forwarded-Host the sender wrote, so nothing it builds (links, redirects)
 * can point elsewhere. Only the path and query are the request's own.
 */
function onAppUrl(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  return new NextRequest(new URL(`${url.pathname}${url.search}`, appOrigin()), request);
}

export async function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(onAppUrl(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  return (await refuseExcessMagicLinkPost(request)) ?? handlers.POST(onAppUrl(request));
}
