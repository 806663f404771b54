/**
 * Malformed input, kept in the repo and grown with each procedure.
 *
 * GENERIC_BODIES are raw request texts sent to EVERY procedure, as its
 * POST body (mutations) or `input` query parameter (queries): broken JSON,
 * hostile superjson, NUL bytes, lone surrogates, impossible dates, huge
 * keys, deep nesting. FIELD_CASES are per procedure: inputs that are JSON
 * of the right overall shape but carry one bad field each, and must be
 * refused with 400. Every procedure must appear in FIELD_CASES (an empty
 * list needs a reason in a comment), so a new procedure fails the suite
 * until someone thinks about its fields.
 */
const long = (length: number) => "x".repeat(length);
const NUL = "a\u0000b";
const LONE = "a\ud800b";
const deep = (levels: number): unknown => (levels === 0 ? 1 : [deep(levels - 1)]);

/** superjson's envelope, as the client sends it. */
const envelope = (json: unknown, meta?: unknown) => JSON.stringify(meta === undefined ? { json } : { json, meta });

export const GENERIC_BODIES: { label: string; body: string }[] = [
  { label: "not JSON", body: '{"json":' },
  { label: "JSON with a trailing comma", body: '{"json":{"a":1,}}' },
  { label: "a bare string", body: '"hello"' },
  { label: "an array body", body: "[1,2,3]" },
  { label: "superjson: unknown value type", body: envelope("x", { values: ["NoSuchType"] }) },
  { label: "superjson: __proto__ path", body: envelope({ a: "2020-01-01" }, { values: { "__proto__.polluted": ["Date"] } }) },
  { label: "superjson: constructor.prototype path", body: envelope({ a: 1 }, { values: { "constructor.prototype.polluted": ["Date"] } }) },
  { label: "superjson: referential equality to a missing path", body: envelope({ a: 1 }, { referentialEqualities: { a: ["b.c.d"] } }) },
  { label: "superjson: meta of the wrong type", body: envelope({ a: 1 }, "not an object") },
  { label: "superjson: year 0000 Date", body: envelope("0000-01-01T00:00:00.000Z", { values: ["Date"] }) },
  { label: "superjson: invalid Date", body: envelope("not a date", { values: ["Date"] }) },
  { label: "superjson: a BigInt", body: envelope("99999999999999999999999", { values: ["bigint"] }) },
  { label: "a NUL byte", body: envelope({ a: NUL }) },
  { label: "a NUL byte as the whole input", body: envelope(NUL) },
  { label: "a lone surrogate", body: envelope({ a: LONE }) },
  { label: "a 3,000-character key", body: envelope({ [long(3000)]: 1 }) },
  { label: "nesting 1,000 deep", body: envelope(deep(1000)) },
  { label: "an array of 20,000 items", body: envelope(Array.from({ length: 20_000 }, () => 0)) },
  { label: "a string", body: envelope("not an object") },
  { label: "a number", body: envelope(42) },
  { label: "an array", body: envelope([1, 2, 3]) },
  { label: "an object of wrong fields", body: envelope({ nothing: "here", id: { $ne: null } }) },
];

type FieldCase = { label: string; input: unknown };

const at = "2026-11-02T10:00:00-05:00";
const interview = (overrides: Record<string, unknown>) => ({ event: { type: "interview", at, opportunity: "acme", interviewers: [{ name: "Dana Lee" }], ...overrides } });
const badIds = (field: string, extra: Record<string, unknown> = {}): FieldCase[] => [
  { label: `${field} with a NUL byte`, input: { ...extra, [field]: NUL } },
  { label: `${field} with a lone surrogate`, input: { ...extra, [field]: LONE } },
  { label: `${field} of 10,000 characters`, input: { ...extra, [field]: long(10_000) } },
  { label: `${field} as an object`, input: { ...extra, [field]: { $gt: "" } } },
];
const badPolicyChoices = (extra: Record<string, unknown> = {}): FieldCase[] => [
  { label: "a preset id with a NUL byte", input: { ...extra, policy: NUL } },
  { label: "a preset id of 10,000 characters", input: { ...extra, policy: long(10_000) } },
  { label: "a policy with a 3,000-character key", input: { ...extra, policy: { [long(3000)]: 1 } } },
  { label: "a policy whose script is 10,000 characters", input: { ...extra, policy: { id: "p", version: 1, steps: [{ id: "s", script: long(10_000) }] } } },
  { label: "a policy nested 50 deep", input: { ...extra, policy: { steps: deep(50) } } },
];

export const FIELD_CASES: Record<string, FieldCase[]> = {
  "opportunities.logEvent": [
    { label: "a 10,000-character interviewer name", input: interview({ interviewers: [{ name: long(10_000) }] }) },
    { label: "a NUL byte in an interviewer name", input: interview({ interviewers: [{ name: NUL }] }) },
    { label: "a lone surrogate in the opportunity key", input: interview({ opportunity: LONE }) },
    { label: "a 10,000-character opportunity key", input: interview({ opportunity: long(10_000) }) },
    { label: "year 0000", input: interview({ at: "0000-01-01T10:00:00Z" }) },
    { label: "year 1899", input: interview({ at: "1899-12-31T10:00:00Z" }) },
    { label: "year 2101", input: interview({ at: "2101-01-01T10:00:00Z" }) },
    { label: "a decision date in 2101", input: interview({ decisionDate: "2101-01-01" }) },
    { label: "1,000 interviewers", input: interview({ interviewers: Array.from({ length: 1000 }, (_, index) => ({ name: `P${index}` })) }) },
    { label: "a 3,000-character key in the event", input: interview({ [long(3000)]: 1 }) },
    { label: "a 10,000-character title", input: { ...interview({}), details: { title: long(10_000) } } },
    { label: "a NUL byte in the company", input: { ...interview({}), details: { title: "Analyst", company: NUL } } },
    { label: "a follow-up with a 10,000-character contact", input: { event: { type: "follow_up", at, opportunity: "acme", channel: "email", contact: long(10_000) } } },
    { label: "an event id of 10,000 characters", input: interview({ id: long(10_000) }) },
  ],
  "opportunities.list": [], // takes no input: the generic bodies cover it
  "opportunities.timeline": badIds("opportunityKey"),
  "opportunities.listForSeeker": badIds("seekerMembershipId"),
  "opportunities.timelineForSeeker": [...badIds("seekerMembershipId", { opportunityKey: "acme" }), ...badIds("opportunityKey", { seekerMembershipId: "x" })],
  "followUps.today": [], // takes no input
  "followUps.markDone": [
    ...badIds("followUpId"),
    { label: "a time in year 0000", input: { followUpId: "x", at: "0000-01-01T10:00:00Z" } },
    { label: "an unknown channel", input: { followUpId: "x", channel: "carrier_pigeon" } },
  ],
  "policy.presets": [], // takes no input
  "policy.current": [], // takes no input
  "policy.preview": [
    ...badPolicyChoices({ story: { events: [] } }),
    { label: "a 10,000-character time zone", input: { policy: "three-by-three", story: { timezone: long(10_000), events: [] } } },
    { label: "a NUL byte in the holiday calendar", input: { policy: "three-by-three", story: { holidays: NUL, events: [] } } },
    { label: "501 events", input: { policy: "three-by-three", story: { events: Array.from({ length: 501 }, () => ({})) } } },
    { label: "an event with a 10,000-character string", input: { policy: "three-by-three", story: { events: [{ type: "applied", at, opportunity: long(10_000) }] } } },
    { label: "`now` in year 0000", input: { policy: "three-by-three", story: { events: [] }, now: "0000-01-01T00:00:00Z" } },
  ],
  "policy.update": badPolicyChoices(),
  "policy.replanProgress": [], // takes no input: the generic bodies cover it
  "policy.setOverride": [...badPolicyChoices({ seekerMembershipId: "x" }), ...badIds("seekerMembershipId", { policy: "three-by-three" })],
  "policy.clearOverride": badIds("seekerMembershipId"),
  "caseload.list": [{ label: "an unknown scope", input: { scope: long(10_000) } }],
  "caseload.seeker": badIds("seekerMembershipId"),
  "caseload.policyVersions": [
    { label: "a limit of a million", input: { limit: 1_000_000 } },
    { label: "a fractional limit", input: { limit: 1.5 } },
  ],
  "invitations.create": [
    { label: "an email with a NUL byte", input: { email: `a${NUL}@example.com`, role: "SEEKER" } },
    { label: "an email of 10,000 characters", input: { email: `${long(10_000)}@example.com`, role: "SEEKER" } },
    { label: "an unknown role", input: { email: "a@example.com", role: "OWNER" } },
    ...badIds("cohortId", { email: "a@example.com", role: "SEEKER" }),
  ],
  "invitations.list": [], // takes no input
  "invitations.revoke": badIds("invitationId"),
  "invitations.accept": badIds("link"),
  "viewer.me": [], // takes no input
  "audit.list": [
    { label: "an unknown action", input: { action: "deleted_everything" } },
    { label: "a date in year 0000", input: { from: "0000-01-01" } },
    { label: "a date that is not a date", input: { to: "yesterday" } },
    { label: "a start after the end", input: { from: "2026-11-02", to: "2026-11-01" } },
    { label: "a page of a million", input: { limit: 1_000_000 } },
    ...badIds("subjectMembershipId"),
    ...badIds("actorMembershipId"),
    ...badIds("cursor"),
  ],
  "organization.settings": [], // takes no input
  "organization.updateSettings": [
    { label: "a setting as text", input: { coachesSeeAllSeekers: "yes", coachesManagePolicy: false } },
    { label: "a missing setting", input: { coachesSeeAllSeekers: true } },
    { label: "a setting as a number", input: { coachesSeeAllSeekers: 1, coachesManagePolicy: 0 } },
  ],
  "audit.myRecordViews": [
    { label: "a limit of a million", input: { limit: 1_000_000 } },
    { label: "a limit as text", input: { limit: "all" } },
  ],
  "viewer.selectOrganization": badIds("organizationId"),
};
