/** The organization settings' input and output shape. */
import { z } from "zod";

export const ZRoleSettings = z.object({
  coachesSeeAllSeekers: z.boolean({ error: "Say whether coaches see every seeker (true or false)." }),
  coachesManagePolicy: z.boolean({ error: "Say whether coaches may change the policy (true or false)." }),
});
