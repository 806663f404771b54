import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Followthrough", template: "%s · Followthrough" },
  description: "Job-search follow-up plans for seekers, and a clear view of the cohort for their coaches.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: src/proxy.ts gives each response a
  // fresh CSP nonce, and Next.js can only put it on scripts it renders now
  // (a prerendered page's scripts would carry none and be blocked).
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
