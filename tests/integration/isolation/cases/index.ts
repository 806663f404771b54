// Every domain's isolation cases, merged. Add your router's file here.
import type { ProcedureCases } from "../case";
import { auditCases } from "./audit";
import { cadenceCases } from "./cadence";
import { caseloadCases } from "./caseload";
import { invitationsCases } from "./invitations";
import { organizationCases } from "./organization";
import { viewerCases } from "./viewer";

export const allCases: ProcedureCases = {
  ...viewerCases,
  ...invitationsCases,
  ...cadenceCases,
  ...caseloadCases,
  ...auditCases,
  ...organizationCases,
};
