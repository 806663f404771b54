import type { ReactNode } from "react";
import { signOutAction } from "@/server/auth/sign-out-action";
import { BrandMark } from "./brand";
import { PortalNav, type PortalNavItem } from "./portal-nav";

/** The frame of both portals: who you are, where you are working, and the portal's sections. */
export function PortalShell(props: {
  portalLabel: string;
  homeHref: string;
  organizationName: string;
  email: string;
  nav: readonly PortalNavItem[];
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-6 pt-4">
          <div className="flex items-center gap-3">
            <BrandMark href={props.homeHref} />
            <span aria-hidden className="text-slate-300">/</span>
            <div className="leading-tight">
              <p className="text-sm font-medium text-slate-900" data-testid="organization-name">
                {props.organizationName}
              </p>
              <p className="text-xs text-slate-500">{props.portalLabel}</p>
            </div>
          </div>
          <div className="flex items-center gap-3">
            <span className="text-sm text-slate-600" data-testid="signed-in-email">
              {props.email}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
                Sign out
              </button>
            </form>
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-6">
          <PortalNav items={props.nav} />
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-10">{props.children}</main>
    </div>
  );
}
