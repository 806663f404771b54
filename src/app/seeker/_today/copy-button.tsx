"use client";

import { useState } from "react";

/** Copies a text to the clipboard and says so (politely, for screen readers too). */
export function CopyButton({ text, label = "Copy script" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="rounded-md px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <span aria-live="polite">{copied ? "Copied" : label}</span>
    </button>
  );
}
