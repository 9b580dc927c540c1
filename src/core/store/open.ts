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
  const kv = openKeyValueStore(url);
  try {
    const records = await openSqliteRecords(sqlitePath(url));
    return { kv, records };
  } catch (error) {
    await kv.close().catch(() => {});
    throw error;
  }
}
