import { openKeyValueStore, sqlitePath, type KeyValueStore } from "./key-value.ts";
import type { RecordStore } from "./records.ts";
import { openSqliteRecords } from "./sqlite-records.ts";

/** Both layers of the store, on one database: the key-value layer and the record tables. */
export interface Stores {
  kv: KeyValueStore;
  records: RecordStore;
}

/** Opens the store named by `url` (`sqlite://PATH`), running the record tables' migrations. */
export async function openStores(url: string): Promise<Stores> {
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
