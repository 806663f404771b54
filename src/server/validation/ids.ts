/** The ids procedures take, bounded and storable, with the message each form shows. */
import { boundedText } from "./text";
import { LIMITS } from "./limits";

export const ZSeekerId = boundedText({ max: LIMITS.id, required: "Choose a job seeker.", tooLong: "That job seeker id is not valid." });
export const ZOpportunityKey = boundedText({ max: LIMITS.key, required: "Choose an opportunity.", tooLong: "That opportunity key is too long." });
export const ZFollowUpId = boundedText({ max: LIMITS.id, required: "Choose a follow-up.", tooLong: "That follow-up id is not valid." });
export const ZInvitationId = boundedText({ max: LIMITS.id, required: "Choose an invitation.", tooLong: "That invitation id is not valid." });
export const ZOrganizationId = boundedText({ max: LIMITS.id, required: "Choose an organization.", tooLong: "That organization id is not valid." });
