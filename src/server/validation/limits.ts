/**
 * Input limits, in one place. Every string a user or a client can send has
 * a maximum; every array and map a maximum count; nested JSON a maximum
 * depth. The numbers are generous for people (a 200-character name, a
 * 2,000-character note) and small enough that one request can never fill
 * the append-only log or slow a page (a 50 MB contact name once did).
 */
export const LIMITS = {
  /** Names of people, organizations, opportunities, companies, titles. */
  name: 200,
  /** Keys the client chooses: opportunity keys, event ids, step ids, preset ids. */
  key: 120,
  /** Database ids (cuid/uuid) and similar opaque tokens. */
  id: 64,
  /** Notes and descriptions. */
  note: 2_000,
  /** A step's script: words to say or send. */
  script: 1_000,
  /** RFC 5321's maximum address length. */
  email: 254,
  /** IANA time zone names and holiday calendar codes. */
  zone: 64,
  /** Any other string inside free-form JSON (a policy, an event). */
  jsonString: 2_000,
  /** Entries of one array or object inside free-form JSON. */
  jsonEntries: 500,
  /** Nesting of free-form JSON. */
  jsonDepth: 8,
  /** Interviewers on one interview. */
  interviewers: 20,
  /** Steps in one policy. */
  policySteps: 30,
} as const;

/** The earliest and latest years a date may fall in. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;
