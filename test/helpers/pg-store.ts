import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";

/**
 * PostgreSQL for tests. `TEST_POSTGRES_URL` names a server (CI: postgres://postgres@127.0.0.1:5432/test);
 * each use gets its own schema with a random name, dropped afterwards, so runs never share tables.
 * `TEST_STORE=postgres` runs the app's own tests (the helpers that open stores) on it too.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;

/** Whether the helpers open stores on PostgreSQL (`TEST_STORE=postgres`) rather than SQLite. */
export const storesOnPostgres = process.env.TEST_STORE === "postgres";

export const POSTGRES_SKIP_NOTE = "PostgreSQL tests skipped: set TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them";

export interface TempSchema {
  /** A STORE_URL on the test server whose tables live in the new schema. */
  url: string;
  schema: string;
  drop(): Promise<void>;
}

/** A STORE_URL in a new, uniquely named schema on `TEST_POSTGRES_URL` (created by the store's migrations). */
export function tempSchema(base = TEST_POSTGRES_URL): TempSchema {
  if (!base) throw new Error("TEST_STORE=postgres needs TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test)");
  const schema = `ee_test_${randomBytes(6).toString("hex")}`;
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return {
    url: url.toString(),
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestStoreUrl {
  url: string;
  /** Removes the PostgreSQL schema (SQLite files go with their directory). */
  drop(): Promise<void>;
}

/** The STORE_URL a test's app should use: SQLite in `dir`, or a fresh PostgreSQL schema under `TEST_STORE=postgres`. */
export function testStoreUrl(dir: string): TestStoreUrl {
  if (storesOnPostgres) return tempSchema();
  return { url: `sqlite://${join(dir, "store.sqlite")}`, drop: async () => {} };
}
