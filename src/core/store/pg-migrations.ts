import type { PgDb, PgSql } from "./pg-db.ts";
import { moveLegacyRoundsPostgres } from "./pg-rounds.ts";

/**
 * The PostgreSQL schema, versioned in the code. Each migration runs once, in order, at start,
 * inside one transaction that first takes a transaction-scoped advisory lock: copies starting at
 * once take turns, and the later ones find nothing left to do. A migration is never edited once
 * released: a change is a new migration.
 *
 * Times are epoch milliseconds (bigint), except the rounds' instants (`timestamptz`). JSON
 * documents are `jsonb`, except each round's (`json`, see there). `move`, when a migration has one, moves data after its `sql`, in the same
 * transaction.
 */
export const PG_MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string; move?: (sql: PgSql) => Promise<void> }> = [
  {
    version: 1,
    name: "key-value table, record tables: subscriptions, outbox, counters, leases, chats, profiles, wizards, claims",
    sql: `
      CREATE TABLE kv (key text PRIMARY KEY, value text NOT NULL, expires_at bigint);
      CREATE INDEX kv_expiring ON kv (expires_at) WHERE expires_at IS NOT NULL;
      CREATE TABLE subscriptions (
        id text PRIMARY KEY,
        platform text NOT NULL,
        data jsonb NOT NULL,
        created_seq bigserial NOT NULL,
        paused_since text,
        pause_reason text,
        failures integer NOT NULL DEFAULT 0
      );
      CREATE INDEX subscriptions_by_platform ON subscriptions (platform, created_seq);
      CREATE INDEX subscriptions_by_seq ON subscriptions (created_seq);
      CREATE TABLE subscription_moves (from_id text PRIMARY KEY, to_id text NOT NULL);
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        round_id text NOT NULL,
        target text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at bigint NOT NULL DEFAULT 0,
        first_failure_at bigint,
        reason text,
        queued_at bigint NOT NULL,
        updated_at bigint NOT NULL,
        UNIQUE (round_id, target)
      );
      CREATE INDEX outbox_pending ON outbox (seq) WHERE status = 'pending';
      CREATE INDEX outbox_finished ON outbox (updated_at) WHERE status <> 'pending';
      CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL);
      CREATE TABLE leases (name text PRIMARY KEY, owner text NOT NULL, token bigint NOT NULL, until bigint NOT NULL);
      CREATE TABLE chat_settings (chat_key text PRIMARY KEY, lang text, updated_at bigint NOT NULL);
      CREATE TABLE profiles (user_key text PRIMARY KEY, data jsonb NOT NULL, updated_at bigint NOT NULL);
      CREATE TABLE wizards (user_key text PRIMARY KEY, data jsonb NOT NULL, expires_at bigint NOT NULL);
      CREATE INDEX wizards_by_expiry ON wizards (expires_at);
      CREATE TABLE claims (key text PRIMARY KEY, owner text NOT NULL, until bigint NOT NULL);
      CREATE INDEX claims_by_expiry ON claims (until);
    `,
  },
  {
    version: 2,
    name: "rounds, round edits and ITA countdowns as tables, moved out of the key-value table",
    sql: `
      CREATE TABLE rounds (
        id text PRIMARY KEY,
        number integer NOT NULL,
        date date NOT NULL,
        category_key text NOT NULL,
        category_label text NOT NULL,
        crs integer NOT NULL,
        invitations integer NOT NULL,
        tie_break_at timestamptz,
        withdrawn_at timestamptz,
        withdrawn_reason text,
        first_seen_at timestamptz,
        changed_at timestamptz,
        -- json, not jsonb: read whole on every load and never searched inside (the columns above are
        -- for that); json gives back the text as written, faster than jsonb and with its keys in order.
        data json NOT NULL
      );
      CREATE INDEX rounds_by_category ON rounds (category_key, number);
      CREATE TABLE round_edits (
        seq bigserial PRIMARY KEY,
        round_id text NOT NULL,
        seen_at timestamptz NOT NULL,
        field text NOT NULL,
        old_value jsonb NOT NULL,
        new_value jsonb NOT NULL
      );
      CREATE INDEX round_edits_by_round ON round_edits (round_id, seq);
      CREATE TABLE ita_countdowns (
        chat_key text PRIMARY KEY,
        platform text NOT NULL,
        chat_id text NOT NULL,
        ita_date date NOT NULL,
        lang text NOT NULL,
        sent integer[] NOT NULL,
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL
      );
    `,
    move: moveLegacyRoundsPostgres,
  },
  {
    version: 3,
    name: "a notification on each counter change, so copies learn of new rounds without reading",
    // Whoever moves a counter (a bump, a sync's rounds version, a copy of an older version): one
    // notification at commit, naming the schema, heard by every copy that LISTENs (see pg-changes.ts).
    sql: `
      CREATE FUNCTION ee_bot_counter_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('ee_bot_changes', TG_TABLE_SCHEMA);
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER counters_notify AFTER INSERT OR UPDATE ON counters FOR EACH ROW EXECUTE FUNCTION ee_bot_counter_changed();
    `,
  },
  {
    version: 4,
    name: "a change number on chat settings and wizards, so copies keep them in memory and read only what changed",
    // A trigger, not the application, numbers each write from the `chat-state` counter: whoever
    // writes the row, an older copy included. The counter's row stays locked until the writer
    // commits, so the next writer gets a larger number only after this one is visible: the numbers
    // follow commit order, and a reader that saw number n has seen every row numbered below n.
    // Moving the counter also notifies every copy (migration 3). Rows written before keep 0.
    sql: `
      ALTER TABLE chat_settings ADD COLUMN seq bigint NOT NULL DEFAULT 0;
      ALTER TABLE wizards ADD COLUMN seq bigint NOT NULL DEFAULT 0;
      CREATE INDEX chat_settings_by_seq ON chat_settings (seq);
      CREATE INDEX wizards_by_seq ON wizards (seq);
      CREATE FUNCTION ee_bot_chat_state_numbered() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE next bigint;
      BEGIN
        INSERT INTO counters (name, value) VALUES ('chat-state', 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value INTO next;
        NEW.seq := next;
        RETURN NEW;
      END
      $$;
      CREATE TRIGGER chat_settings_numbered BEFORE INSERT OR UPDATE ON chat_settings FOR EACH ROW EXECUTE FUNCTION ee_bot_chat_state_numbered();
      CREATE TRIGGER wizards_numbered BEFORE INSERT OR UPDATE ON wizards FOR EACH ROW EXECUTE FUNCTION ee_bot_chat_state_numbered();
    `,
  },
];

/** Applies the migrations not applied yet, up to `upTo` (creating the schema if the URL named one); returns the schema version. */
export async function migratePostgres(db: PgDb, upTo = Number.POSITIVE_INFINITY): Promise<number> {
  return db.transaction(async (sql) => {
    // One lock per schema, held until this transaction ends: concurrent starts run one after the other.
    await sql("SELECT pg_advisory_xact_lock(hashtext($1))", [`ee-bot:migrations:${db.schema ?? "public"}`]);
    if (db.schema) await sql(`CREATE SCHEMA IF NOT EXISTS "${db.schema}"`);
    await sql("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const row = (await sql<{ v: number | null }>("SELECT MAX(version) AS v FROM schema_migrations")).rows[0];
    let current = row?.v ?? 0;
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current || m.version > upTo) continue;
      await sql(m.sql);
      await m.move?.(sql);
      await sql("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      current = m.version;
    }
    return current;
  });
}
