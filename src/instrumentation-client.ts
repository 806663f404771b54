/**
 * Runs in the browser before the app. Zod 4 probes whether it may compile
 * its fast object parser with `new Function`; under our Content Security
 * Policy (no 'unsafe-eval') the probe is refused, and although Zod falls back
 * quietly, the browser reports a script-src violation on every page whose
 * forms check input with the shared schemas (the seeker portal). Jitless
 * skips the probe; validation is the same.
 */
import { config } from "zod/v4/core";

config({ jitless: true });
