import { openKeyValueStore, sqlitePath, StoreUrlError, type KeyValueStore } from "./key-value.ts";
import { isPostgresUrl, PgDb, redactUrl } from "./pg-db.ts";
import { postgresKeyValue } from "./pg-key-value.ts";
import { openPostgresRecords } from "./pg-records.ts";
import type { RecordStore } from "./records.ts";
import { openSqliteRecords } from "./sqlite-records.ts";

/** Both layers of the store, on one database: the key-value layer and the record tables. */
export interface Stores {
  kv: KeyValueStore;
  records: RecordStore;
}

/**
 * Opens the store named by `url` — `sqlite://PATH` (the default: one file, one machine) or
 * `postgres://user:pass@host:port/db` (shared by several copies) — running the schema migrations.
 */
export async function openStores(url: string): Promise<Stores> {
  if (isPostgresUrl(url)) return openPostgresStores(url);
  // The record store opens first: it switches a new file to write-ahead logging and migrates, so the
  // key-value layer's own set-up (its table) never races it for the same locks.
  const records = await openSqliteRecords(sqlitePath(url));
  const kv = openKeyValueStore(url);
  try {
    await kv.get("store:ready"); // waits until Keyv's table exists
    return { kv, records };
  } catch (error) {
    await kv.close().catch(() => {});
    await records.close().catch(() => {});
    throw error;
  }
}

async function openPostgresStores(url: string): Promise<Stores> {
  let db: PgDb;
  try {
    db = PgDb.open(url);
  } catch (error) {
    throw new StoreUrlError(`STORE_URL "${redactUrl(url)}": ${(error as Error).message}`);
  }
  db.retain(); // held while opening, so a failure below ends the pool
  try {
    const records = await openPostgresRecords(db);
    const kv = postgresKeyValue(db);
    return { kv, records };
  } catch (error) {
    throw new StoreUrlError(`cannot open the PostgreSQL store at ${redactUrl(url)}: ${(error as Error).message}`);
  } finally {
    await db.release();
  }
}
