import type { Role } from "@/generated/prisma/enums";
import type { Actor, World } from "./world";

/**
 * What the isolation suite needs to know about one procedure.
 *
 * `access` says who may call it. The suite then checks by itself that
 * anonymous callers get UNAUTHORIZED and that members whose role is not
 * allowed get FORBIDDEN. `crossTenant` is the procedure's own proof that
 * tenant A's allowed callers cannot read or change tenant B's rows
 * (typically: pass B's ids and expect NOT_FOUND, or list and find none of B).
 */
export interface ProcedureCase {
  access: "public" | "signedIn" | readonly Role[];
  /** A valid input for `actor` acting on their own organization's data. */
  validInput?: (world: World, actor: Actor) => unknown | Promise<unknown>;
  crossTenant: (world: World) => Promise<void>;
  /**
   * The procedure's proof that, inside tenant A, a coach cannot reach a seeker
   * outside their caseload (`world.a.otherSeeker`): NOT_FOUND, nothing
   * changed, lists without them; and where a setting opens it, that it does.
   * Procedures that touch no seeker's records say why instead.
   */
  outsideCaseload: ((world: World) => Promise<void>) | { notApplicable: string };
}

export type ProcedureCases = Record<string, ProcedureCase>;
