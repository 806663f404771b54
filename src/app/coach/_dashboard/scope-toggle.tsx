import Link from "next/link";

/** My caseload / All seekers, as links so the choice lives in the URL (shareable, back-button friendly). */
export function ScopeToggle({ scope, basePath = "/coach/seekers" }: { scope: "mine" | "all"; basePath?: string }) {
  const options = [
    { value: "mine", label: "My caseload", href: basePath },
    { value: "all", label: "All seekers", href: `${basePath}?scope=all` },
  ] as const;
  return (
    <nav aria-label="Which seekers" className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 text-sm">
      {options.map((option) => (
        <Link
          key={option.value}
          href={option.href}
          aria-current={scope === option.value ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 font-medium ${scope === option.value ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
