import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { withOwnerDatabase } from "../lib/postgres";
import { openSchemaEngine } from "./schema-engine";

const root = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(root, "prisma/schema.prisma");
export const migrationsDir = path.join(root, "prisma/migrations");
/** The schema as of the latest migration, written by `create`. */
export const snapshotPath = path.join(migrationsDir, "schema-snapshot.prisma");

const noFilter = { externalTables: [], externalEnums: [] };

/**
 * SQL taking `from` (null: an empty database) to `to`. The engine connects
 * to a database when it opens, though a datamodel diff never queries it.
 */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  return withOwnerDatabase((url) => diffWithEngine(from, to, url));
}

async function diffWithEngine(from: string | null, to: string, connectionString: string): Promise<string> {
  const { engine, close } = await openSchemaEngine(to, connectionString);
  try {
    const capture: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    // The engine prints the script to stdout itself in some builds; collect it.
    process.stdout.write = ((chunk: string | Uint8Array) => {
      capture.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
      return true;
    }) as typeof process.stdout.write;
    let result;
    try {
      result = await engine.diff({
        from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
        script: true,
        exitCode: null,
        filters: noFilter,
      });
    } finally {
      process.stdout.write = original;
    }
    return result.stdout ?? capture.join("");
  } finally {
    await close();
  }
}

export async function loadMigrationList(): Promise<MigrationList> {
  const entries = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  let lockContent: string | null = null;
  try {
    lockContent = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8");
  } catch {
    lockContent = null;
  }
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies pending migrations as Prisma does (rows in `_prisma_migrations`). */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const schema = await readFile(schemaPath, "utf8");
  const { engine, close } = await openSchemaEngine(schema, connectionString);
  try {
    const output = await engine.applyMigrations({ migrationsList: await loadMigrationList(), filters: noFilter });
    return output.appliedMigrationNames;
  } finally {
    await close();
  }
}
