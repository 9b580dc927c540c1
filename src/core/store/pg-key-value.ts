import type { KeyValueStore } from "./key-value.ts";
import type { PgDb } from "./pg-db.ts";

/**
 * The key-value layer on PostgreSQL: one `kv` row per key, values as JSON text, an optional
 * expiry (epoch ms, the caller's clock, as Keyv keeps it). The table is created by the record
 * store's migrations (which moved the rounds, their edits and the ITA countdowns out of it).
 */
export function postgresKeyValue(db: PgDb): KeyValueStore {
  db.retain();
  const live = "(expires_at IS NULL OR expires_at > $2)";
  return {
    async get<T>(key: string) {
      const row = (await db.query<{ value: string }>(`SELECT value FROM kv WHERE key = $1 AND ${live}`, [key, Date.now()])).rows[0];
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async getMany<T>(keys: string[]) {
      if (keys.length === 0) return [];
      const rows = (await db.query<{ key: string; value: string }>(`SELECT key, value FROM kv WHERE key = ANY($1::text[]) AND ${live}`, [keys, Date.now()])).rows;
      const byKey = new Map(rows.map((r) => [r.key, r.value]));
      return keys.map((k) => {
        const value = byKey.get(k);
        return value === undefined ? undefined : (JSON.parse(value) as T);
      });
    },
    async set(key, value, ttlMs) {
      const text = JSON.stringify(value);
      if (text === undefined) throw new Error(`the store cannot save "${key}": not a JSON value`);
      await db.query("INSERT INTO kv (key, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at", [key, text, ttlMs ? Date.now() + ttlMs : null]);
    },
    async setMany(entries) {
      if (entries.length === 0) return;
      const texts = entries.map(([key, value]) => {
        const text = JSON.stringify(value);
        if (text === undefined) throw new Error(`the store cannot save "${key}": not a JSON value`);
        return text;
      });
      // The last value wins when a key is given twice, as with one set after another.
      const last = new Map(entries.map(([key], i) => [key, i]));
      const keys = [...last.keys()];
      await db.query(
        "INSERT INTO kv (key, value, expires_at) SELECT k, v, NULL FROM unnest($1::text[], $2::text[]) AS u(k, v) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = NULL",
        [keys, keys.map((k) => texts[last.get(k)!]!)],
      );
    },
    async delete(key) {
      await db.query("DELETE FROM kv WHERE key = $1", [key]);
    },
    close: () => db.release(),
  };
}
