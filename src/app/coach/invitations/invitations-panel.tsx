"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Card, EmptyState } from "@/components/ui";
import { useTRPC } from "@/trpc/react";
import { InvitationForm } from "./invitation-form";

const STATUS_LOOK = {
  PENDING: "bg-amber-50 text-amber-800 ring-amber-200",
  ACCEPTED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  EXPIRED: "bg-slate-100 text-slate-600 ring-slate-200",
} as const;
const STATUS_LABEL = { PENDING: "Pending", ACCEPTED: "Accepted", EXPIRED: "Expired" } as const;
const ROLE_LABEL = { SEEKER: "Job seeker", COACH: "Coach", ADMIN: "Administrator" } as const;

const formatDate = (date: Date) => date.toLocaleDateString("en-US", { month: "short", day: "numeric" });

export function InvitationsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.invitations.list.queryOptions());
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() }),
    }),
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[22rem_1fr]">
      <Card className="h-fit">
        <h2 className="mb-4 font-semibold text-slate-900">Send an invitation</h2>
        <InvitationForm invitableRoles={data.invitableRoles} cohorts={data.cohorts} />
      </Card>
      <div>
        <h2 className="mb-3 font-semibold text-slate-900">Sent invitations</h2>
        {revoke.error ? <p role="alert" className="mb-3 text-sm text-red-700">{revoke.error.message}</p> : null}
        {data.invitations.length === 0 ? (
          <EmptyState title="No invitations yet" icon="✉">
            Invitations you send appear here, so you can see who has joined and who still needs a nudge.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm" aria-label="Sent invitations">
            {data.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900">{invitation.email}</p>
                  <p className="text-sm text-slate-500">
                    {ROLE_LABEL[invitation.role]}
                    {invitation.cohortName ? ` · ${invitation.cohortName}` : ""} · sent {formatDate(invitation.createdAt)}
                    {invitation.status === "PENDING" ? ` · expires ${formatDate(invitation.expiresAt)}` : ""}
                  </p>
                </div>
                <div className="flex items-center gap-3">
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${STATUS_LOOK[invitation.status]}`}>
                    {STATUS_LABEL[invitation.status]}
                  </span>
                  {invitation.status !== "ACCEPTED" ? (
                    <button
                      type="button"
                      onClick={() => revoke.mutate({ invitationId: invitation.id })}
                      disabled={revoke.isPending}
                      className="text-sm font-medium text-slate-500 hover:text-red-700"
                    >
                      Revoke
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
