"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface PortalNavItem {
  href: string;
  label: string;
}

export function PortalNav({ items }: { items: readonly PortalNavItem[] }) {
  const pathname = usePathname();
  // The portal root ("/coach") is active only on itself; sections also on their sub-pages.
  const isActive = (href: string, index: number) => (index === 0 ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Portal" className="flex gap-1 overflow-x-auto">
      {items.map((item, index) => {
        const active = isActive(item.href, index);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-3 text-sm font-medium transition ${
              active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
            }`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
