/**
 * Who is asking, for rate limits: the client's IP address as the nearest
 * proxy reports it. `next start` sets x-forwarded-for itself; behind a load
 * balancer the left-most entry is the original client.
 */
export function clientKeyFromHeaders(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown-client";
}
