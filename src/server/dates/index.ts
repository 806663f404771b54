/**
 * The one date module: local dates and day arithmetic (the planner's day
 * numbers), zones, the text form the store and pages exchange, display, and
 * the single `isOverdue`. Pure; the browser imports it too.
 */
export * from "./local-date";
export * from "./calendar-days";
export * from "./display";
export * from "./zoned-time";
