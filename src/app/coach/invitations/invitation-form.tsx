"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button, FieldError, inputClassName, Notice } from "@/components/ui";
import { useTRPC } from "@/trpc/react";

type Role = "ADMIN" | "COACH" | "SEEKER";
const ROLE_LABEL: Record<Role, string> = { SEEKER: "Job seeker", COACH: "Coach", ADMIN: "Administrator" };

export function InvitationForm({ invitableRoles, cohorts }: { invitableRoles: Role[]; cohorts: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>(invitableRoles[0] ?? "SEEKER");
  const [cohortId, setCohortId] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const create = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: async (invitation) => {
        setSentTo(invitation.email);
        setEmail("");
        await queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
      },
    }),
  );

  const fieldErrors = create.error?.data?.fieldErrors ?? {};
  const errorFor = (field: string) => fieldErrors[field]?.[0];
  // Anything not tied to a field (or a field this form does not show) goes above the form.
  const formError = create.error && !errorFor("email") && !errorFor("role") && !errorFor("cohortId") ? create.error.message : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(null);
    create.mutate({ email, role, cohortId: role === "SEEKER" && cohortId ? cohortId : null });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {sentTo ? <Notice tone="success">Invitation sent to {sentTo}.</Notice> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div>
        <label htmlFor="invite-email" className="mb-1.5 block text-sm font-medium text-slate-800">
          Email address
        </label>
        <input
          id="invite-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          placeholder="name@example.com"
          aria-invalid={errorFor("email") ? true : undefined}
          aria-describedby={errorFor("email") ? "invite-email-error" : undefined}
          className={inputClassName}
        />
        <FieldError id="invite-email-error" message={errorFor("email")} />
      </div>
      {invitableRoles.length > 1 ? (
        <div>
          <label htmlFor="invite-role" className="mb-1.5 block text-sm font-medium text-slate-800">
            Role
          </label>
          <select id="invite-role" value={role} onChange={(event) => setRole(event.target.value as Role)} className={inputClassName}>
            {invitableRoles.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABEL[option]}
              </option>
            ))}
          </select>
          <FieldError id="invite-role-error" message={errorFor("role")} />
        </div>
      ) : (
        <FieldError id="invite-role-error" message={errorFor("role")} />
      )}
      {role === "SEEKER" && cohorts.length > 0 ? (
        <div>
          <label htmlFor="invite-cohort" className="mb-1.5 block text-sm font-medium text-slate-800">
            Cohort <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <select id="invite-cohort" value={cohortId} onChange={(event) => setCohortId(event.target.value)} className={inputClassName}>
            <option value="">No cohort</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </option>
            ))}
          </select>
          <FieldError id="invite-cohort-error" message={errorFor("cohortId")} />
        </div>
      ) : null}
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Sending…" : "Send invitation"}
      </Button>
    </form>
  );
}
