import type { Sql, SqliteDb } from "./sqlite-db.ts";
import { moveLegacyRoundsSqlite } from "./sqlite-rounds.ts";

/**
 * The record tables' schema, versioned in the code. Each migration runs once, in order, at start.
 * They run inside one `BEGIN IMMEDIATE` transaction that first reads the applied version: two
 * copies starting at once take turns, and the second finds nothing left to do.
 * A migration is never edited once released: a change is a new migration. `move`, when a
 * migration has one, moves data after its `sql`, in the same transaction.
 */
export const SQLITE_MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string; move?: (sql: Sql) => Promise<void> }> = [
  {
    version: 1,
    name: "record tables: subscriptions, outbox, counters, leases, chats, profiles, wizards",
    sql: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        data TEXT NOT NULL,
        created_seq INTEGER NOT NULL,
        paused_since TEXT,
        pause_reason TEXT,
        failures INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX subscriptions_by_platform ON subscriptions (platform, created_seq);
      CREATE INDEX subscriptions_by_seq ON subscriptions (created_seq);
      CREATE TABLE subscription_moves (from_id TEXT PRIMARY KEY, to_id TEXT NOT NULL);
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        round_id TEXT NOT NULL,
        target TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        first_failure_at INTEGER,
        reason TEXT,
        queued_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (round_id, target)
      );
      CREATE INDEX outbox_pending ON outbox (status, seq);
      CREATE INDEX outbox_finished ON outbox (updated_at) WHERE status <> 'pending';
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, token INTEGER NOT NULL, until INTEGER NOT NULL);
      CREATE TABLE chat_settings (chat_key TEXT PRIMARY KEY, lang TEXT, updated_at INTEGER NOT NULL);
      CREATE TABLE profiles (user_key TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE wizards (user_key TEXT PRIMARY KEY, data TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE INDEX wizards_by_expiry ON wizards (expires_at);
    `,
  },
  {
    version: 2,
    name: "claims: work done once across copies",
    sql: `
      CREATE TABLE claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL, until INTEGER NOT NULL);
      CREATE INDEX claims_by_expiry ON claims (until);
    `,
  },
  {
    version: 3,
    name: "rounds, round edits and ITA countdowns as tables, moved out of the key-value layer",
    // Instants are ISO 8601 text here (as the feed sync writes them); ITA times are epoch ms.
    sql: `
      CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL,
        date TEXT NOT NULL,
        category_key TEXT NOT NULL,
        category_label TEXT NOT NULL,
        crs INTEGER NOT NULL,
        invitations INTEGER NOT NULL,
        tie_break_at TEXT,
        withdrawn_at TEXT,
        withdrawn_reason TEXT,
        first_seen_at TEXT,
        changed_at TEXT,
        data TEXT NOT NULL
      );
      CREATE INDEX rounds_by_category ON rounds (category_key, number);
      CREATE TABLE round_edits (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        round_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL
      );
      CREATE INDEX round_edits_by_round ON round_edits (round_id, seq);
      CREATE TABLE ita_countdowns (
        chat_key TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        ita_date TEXT NOT NULL,
        lang TEXT NOT NULL,
        sent TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `,
    move: moveLegacyRoundsSqlite,
  },
  {
    version: 4,
    name: "a change number on chat settings and wizards, so copies keep them in memory and read only what changed",
    // Triggers, not the application, number each write (from the `chat-state` counter, moved in the
    // same transaction): whoever writes the row, an older copy included, it gets a number larger
    // than every earlier one. SQLite has one writer at a time, so the numbers follow commit order.
    // Rows written before this migration keep 0 (a copy loads every row at start).
    sql: `
      ALTER TABLE chat_settings ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE wizards ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX chat_settings_by_seq ON chat_settings (seq);
      CREATE INDEX wizards_by_seq ON wizards (seq);
      CREATE TRIGGER chat_settings_numbered_insert AFTER INSERT ON chat_settings BEGIN
        INSERT INTO counters (name, value) VALUES ('chat-state', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1;
        UPDATE chat_settings SET seq = (SELECT value FROM counters WHERE name = 'chat-state') WHERE chat_key = NEW.chat_key;
      END;
      CREATE TRIGGER chat_settings_numbered_update AFTER UPDATE OF chat_key, lang, updated_at ON chat_settings BEGIN
        INSERT INTO counters (name, value) VALUES ('chat-state', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1;
        UPDATE chat_settings SET seq = (SELECT value FROM counters WHERE name = 'chat-state') WHERE chat_key = NEW.chat_key;
      END;
      CREATE TRIGGER wizards_numbered_insert AFTER INSERT ON wizards BEGIN
        INSERT INTO counters (name, value) VALUES ('chat-state', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1;
        UPDATE wizards SET seq = (SELECT value FROM counters WHERE name = 'chat-state') WHERE user_key = NEW.user_key;
      END;
      CREATE TRIGGER wizards_numbered_update AFTER UPDATE OF user_key, data, expires_at ON wizards BEGIN
        INSERT INTO counters (name, value) VALUES ('chat-state', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1;
        UPDATE wizards SET seq = (SELECT value FROM counters WHERE name = 'chat-state') WHERE user_key = NEW.user_key;
      END;
    `,
  },
];

/** Applies the migrations not applied yet (up to `upTo`: tests make a file as an earlier version left it); returns the schema version. */
export async function migrateSqlite(db: SqliteDb, upTo = Number.POSITIVE_INFINITY): Promise<number> {
  return db.transaction(async (sql) => {
    await sql.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    const row = await sql.get<{ v: number | null }>("SELECT MAX(version) AS v FROM schema_migrations");
    let current = row?.v ?? 0;
    for (const m of SQLITE_MIGRATIONS) {
      if (m.version <= current || m.version > upTo) continue;
      await sql.exec(m.sql);
      await m.move?.(sql);
      await sql.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [m.version, m.name, new Date().toISOString()]);
      current = m.version;
    }
    return current;
  });
}
