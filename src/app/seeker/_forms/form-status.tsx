import Link from "next/link";
import { Notice } from "@/components/ui";
import type { Logged } from "./use-log-event";

/** The line above a form: what went wrong that is not one field's, or what was just saved. */
export function FormStatus({ formError, logged }: { formError: string | null; logged: Logged | null }) {
  if (formError) return <Notice tone="error">{formError}</Notice>;
  if (!logged) return null;
  return (
    <Notice tone="success">
      {logged.message}{" "}
      {logged.opportunityKey ? (
        <Link href={`/seeker/opportunities/${encodeURIComponent(logged.opportunityKey)}`} className="font-medium underline underline-offset-2">
          See its plan
        </Link>
      ) : null}
    </Notice>
  );
}
