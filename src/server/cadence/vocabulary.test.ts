/** The vocabulary and the database agree, code for code: a code added on one side only fails here. */
import { describe, expect, it } from "vitest";
import * as Database from "@/generated/prisma/enums";
import { ACTION_LABEL, CHANNEL_LABEL, EVENT_LABEL, FLAG_LABEL, POLICY_SOURCE_LABEL, RESULT_LABEL, ROLE_LABEL, ROLE_OPTION, STATE_LABEL, STEP_STATUS_LABEL } from "@/server/vocabulary/labels";
import {
  ACTIONS,
  CHANNELS,
  CONTACT_ROLES,
  EVENT_TYPES,
  OPENING_EVENT_TYPES,
  OPPORTUNITY_FLAGS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATES,
  POLICY_SOURCES,
  RESPONSE_RESULTS,
  STEP_STATUSES,
} from "./vocabulary";

const values = (databaseEnum: Record<string, string>) => Object.values(databaseEnum);

describe("the vocabulary", () => {
  it.each([
    ["CadenceEventType", EVENT_TYPES, Database.CadenceEventType],
    ["FollowUpAction", ACTIONS, Database.FollowUpAction],
    ["FollowUpChannel", CHANNELS, Database.FollowUpChannel],
    ["ContactRole", CONTACT_ROLES, Database.ContactRole],
    ["FollowUpStatus", STEP_STATUSES, Database.FollowUpStatus],
    ["OpportunityKind", OPPORTUNITY_KINDS, Database.OpportunityKind],
    ["OpportunityState", OPPORTUNITY_STATES, Database.OpportunityState],
    ["OpportunityFlag", OPPORTUNITY_FLAGS, Database.OpportunityFlag],
    ["PolicySource", POLICY_SOURCES, Database.PolicySource],
  ] as const)("matches the database enum %s exactly", (_name, vocabulary, databaseEnum) => {
    expect([...vocabulary].sort()).toEqual(values(databaseEnum).sort());
  });

  it("opens opportunities only with event types it knows", () => {
    for (const type of OPENING_EVENT_TYPES) expect(EVENT_TYPES).toContain(type);
  });

  it.each([
    ["channels", CHANNELS, CHANNEL_LABEL],
    ["actions", ACTIONS, ACTION_LABEL],
    ["roles", CONTACT_ROLES, ROLE_LABEL],
    ["role options", CONTACT_ROLES, ROLE_OPTION],
    ["states", OPPORTUNITY_STATES, STATE_LABEL],
    ["flags", OPPORTUNITY_FLAGS, FLAG_LABEL],
    ["events", EVENT_TYPES, EVENT_LABEL],
    ["results", RESPONSE_RESULTS, RESULT_LABEL],
    ["statuses", STEP_STATUSES, STEP_STATUS_LABEL],
    ["policy sources", POLICY_SOURCES, POLICY_SOURCE_LABEL],
  ] as const)("has words for every one of its %s and for nothing else", (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });
});
