import type { ReactNode } from "react";
import { BrandMark } from "./brand";

/** The layout of the small standalone pages: sign-in, check your email, pick an organization. */
export function CenteredCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 pt-16 pb-10">
      <BrandMark />
      <main className="mt-8 w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">{title}</h1>
        <div className="mt-4">{children}</div>
      </main>
    </div>
  );
}
