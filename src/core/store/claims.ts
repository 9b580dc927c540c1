/**
 * Atomic claims in the shared store: `claimOnce` succeeds for exactly one caller among every copy
 * sharing the store, until the claim expires or its owner releases it. Used to handle a Telegram
 * update once however many copies it reaches, and to let one copy at a time answer a chat.
 *
 * This small port stands in until the store port itself offers atomic operations; the SQLite
 * adapter keeps its table in the same database file as everything else.
 */
export interface ClaimStore {
  /** True if this call took `key` (free, or its last claim expired); false if someone holds it. */
  claimOnce(key: string, ttlMs: number, owner?: string): Promise<boolean>;
  /** Gives `key` up if `owner` still holds it. */
  release(key: string, owner: string): Promise<void>;
}

/** A SQL runner as @keyv/sqlite exposes it: `query(sql, ...params)` → rows. */
export type SqlQuery = (sql: string, ...params: unknown[]) => Promise<Array<Record<string, unknown>>>;

const TABLE = "ee_bot_claims";

/** Claims in a SQLite table beside Keyv's: one INSERT … ON CONFLICT … RETURNING, atomic under SQLite's write lock. */
export function sqliteClaims(query: SqlQuery, now: () => number = Date.now): ClaimStore {
  let ready: Promise<unknown> | undefined;
  const table = () => (ready ??= query(`CREATE TABLE IF NOT EXISTS ${TABLE} (key TEXT PRIMARY KEY, owner TEXT NOT NULL, until INTEGER NOT NULL)`));
  let lastPurge = 0;
  return {
    async claimOnce(key, ttlMs, owner = "") {
      await table();
      const t = now();
      const rows = await query(
        `INSERT INTO ${TABLE} (key, owner, until) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET owner = excluded.owner, until = excluded.until WHERE ${TABLE}.until <= ?
         RETURNING key`,
        key,
        owner,
        t + ttlMs,
        t,
      );
      // Expired claims are removed now and then, so the table holds only live ones.
      if (t - lastPurge > 60_000) {
        lastPurge = t;
        await query(`DELETE FROM ${TABLE} WHERE until <= ?`, t).catch(() => {});
      }
      return rows.length === 1;
    },
    async release(key, owner) {
      await table();
      await query(`DELETE FROM ${TABLE} WHERE key = ? AND owner = ?`, key, owner);
    },
  };
}
