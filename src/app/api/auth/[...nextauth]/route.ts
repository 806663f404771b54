import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { refuseExcessMagicLinkPost } from "@/server/auth/guard-magic-link-endpoint";

export const GET = handlers.GET;

export async function POST(request: NextRequest): Promise<Response> {
  return (await refuseExcessMagicLinkPost(request)) ?? handlers.POST(request);
}
