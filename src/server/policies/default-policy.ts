/**
 * The policy of an organization that has not chosen one. `decision-date`
 * asks the least of a seeker (a thank-you and one check on the stated
 * decision date) and can never be over-persistent, so it is the safe
 * default until a coach picks a school. Plans made under it say version 0.
 */
export const DEFAULT_PRESET_ID = "decision-date";
export const DEFAULT_POLICY_VERSION = 0;
