import { inject } from "vitest";

// Domain code reaches the database through getDb(), which reads DATABASE_URL:
// point it at the test database as the unprivileged application role.
process.env.DATABASE_URL = inject("appDatabaseUrl");
process.env.SKIP_ENV_VALIDATION = "1";
