import Link from "next/link";

export function BrandMark({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 font-semibold text-slate-900">
      <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-700 text-sm font-bold text-white">
        F
      </span>
      Followthrough
    </Link>
  );
}
