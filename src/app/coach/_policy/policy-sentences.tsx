import type { Policy } from "@/server/cadence";
import { describePolicyInFull } from "@/server/policies/describe-policy-steps";

/** A policy in plain sentences: each step with its timing, then the rules that are not steps. */
export function PolicySentences({ policy, className }: { policy: Policy; className: string }) {
  return (
    <ul className={className}>
      {describePolicyInFull(policy).map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
