/**
 * Prisma's schema engine compiled to WebAssembly, loaded by hand.
 *
 * The Prisma CLI downloads a native schema engine at start, which these
 * machines cannot do. The same engine ships on npm as WebAssembly; a plain
 * `import` of it needs --experimental-wasm-modules, so we instantiate the
 * .wasm ourselves with the package's JS glue.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<Glue> | undefined;

async function loadGlue(): Promise<Glue> {
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(
    path.join(packageDir, "schema_engine_bg.js")
  )) as Glue;
  // Engine panics are reported through this global; without it a panic
  // surfaces as "Cannot read properties of undefined (reading 'set_message')".
  const registry = { message: "", set_message(value: string) { this.message = value; } };
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = registry;
  const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(new Uint8Array(bytes), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

type ScriptRunner = { executeScript(script: string): Promise<void>; underlyingDriver(): pg.ClientBase };

/**
 * adapter-pg runs a migration script by splitting it on ";", which breaks
 * dollar-quoted bodies (DO blocks, functions, policies). PostgreSQL's simple
 * query protocol takes the whole script at once, in one implicit
 * transaction, as the native engine sends it.
 */
function sendScriptsWhole(factory: PrismaPg): PrismaPg {
  const patch = <T extends object>(adapter: T): T => {
    const runner = adapter as unknown as ScriptRunner & { onError(error: unknown): never };
    runner.executeScript = async (script: string) => {
      try {
        await runner.underlyingDriver().query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await connectToShadowDb());
  return factory;
}

export interface OpenedEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens the engine for `schemaText`, connected to `connectionString` when given. */
export async function openSchemaEngine(schemaText: string, connectionString?: string): Promise<OpenedEngine> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  // Our own pool, so that close() can end it: otherwise the process lingers
  // for the pool's idle timeout.
  const pool = new pg.Pool({ connectionString: connectionString ?? "postgresql://unused@127.0.0.1:1/unused" });
  const factory = sendScriptsWhole(new PrismaPg(pool));
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await glue.SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    log,
    adapter,
  );
  return {
    engine,
    async close() {
      engine.free();
      await pool.end();
    },
  };
}
