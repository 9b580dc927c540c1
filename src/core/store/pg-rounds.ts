import type { PgDb, PgSql } from "./pg-db.ts";
import {
  distinctRounds,
  legacyRecords,
  LEGACY_EDITS_PREFIX,
  LEGACY_KEYS,
  LEGACY_ROUND_PREFIX,
  mergeSent,
  roundColumns,
  ROUNDS_COUNTER,
  type CountdownRecord,
  type CountdownRecords,
  type RoundDoc,
  type RoundEditRecord,
  type RoundRecords,
} from "./rounds.ts";

/**
 * Rounds, their edits and ITA countdowns on PostgreSQL (see `rounds.ts`); part of the PostgreSQL
 * record store. Each method is one statement or one transaction; a batch of rounds or edits is
 * one statement (a JSON array unnested), whatever its size.
 */

interface EditRow {
  round_id: string;
  seen_at: string;
  field: string;
  old_value: unknown;
  new_value: unknown;
}

interface CountdownRow {
  chat_key: string;
  platform: string;
  chat_id: string;
  ita_date: string;
  lang: string;
  sent: number[];
}

// Instants are `timestamptz`; read back as ISO 8601 UTC with milliseconds, as `Date.toISOString` writes them.
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const EDIT_COLUMNS = `round_id, ${iso("seen_at")} AS seen_at, field, old_value, new_value`;
// `date` is read as text: pg would make it a Date at local midnight.
const COUNTDOWN_COLUMNS = "chat_key, platform, chat_id, ita_date::text AS ita_date, lang, sent";

const toEdit = (r: EditRow): RoundEditRecord => ({ roundId: r.round_id, field: r.field, old: r.old_value, new: r.new_value, seenAt: r.seen_at });
const toCountdown = (r: CountdownRow): CountdownRecord => ({ chatKey: r.chat_key, platform: r.platform, chatId: r.chat_id, itaDate: r.ita_date, lang: r.lang, sent: r.sent });

/** Adds or replaces rounds in one statement (a replacement keeps when it was first seen); `keep` leaves an existing row alone instead. */
async function putRounds(sql: PgSql, rounds: readonly RoundDoc[], firstSeenAt: string | null, changedAt: string | null, keep = false): Promise<void> {
  if (rounds.length === 0) return;
  const conflict = keep
    ? "DO NOTHING"
    : `DO UPDATE SET number = excluded.number, date = excluded.date, category_key = excluded.category_key, category_label = excluded.category_label,
         crs = excluded.crs, invitations = excluded.invitations, tie_break_at = excluded.tie_break_at, withdrawn_at = excluded.withdrawn_at,
         withdrawn_reason = excluded.withdrawn_reason, changed_at = excluded.changed_at, data = excluded.data`;
  await sql(
    `INSERT INTO rounds (id, number, date, category_key, category_label, crs, invitations, tie_break_at, withdrawn_at, withdrawn_reason, first_seen_at, changed_at, data)
     SELECT r->>'id', (r->>'number')::integer, (r->>'date')::date, r->>'category_key', r->>'category_label', (r->>'crs')::integer, (r->>'invitations')::integer,
            (r->>'tie_break_at')::timestamptz, (r->>'withdrawn_at')::timestamptz, r->>'withdrawn_reason', $2::timestamptz, $3::timestamptz, r->'data'
     FROM json_array_elements($1::json) AS u(r)
     ON CONFLICT (id) ${conflict}`,
    [JSON.stringify(distinctRounds(rounds).map(roundColumns)), firstSeenAt, changedAt],
  );
}

async function putEdits(sql: PgSql, edits: readonly RoundEditRecord[]): Promise<void> {
  if (edits.length === 0) return;
  await sql(
    `INSERT INTO round_edits (round_id, seen_at, field, old_value, new_value)
     SELECT e->>'roundId', (e->>'seenAt')::timestamptz, e->>'field', COALESCE(e->'old', 'null'::jsonb), COALESCE(e->'new', 'null'::jsonb)
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS u(e, i) ORDER BY i`,
    [JSON.stringify(edits.map((e) => ({ ...e, old: e.old ?? null, new: e.new ?? null })))],
  );
}

const INSERT_COUNTDOWN = "INSERT INTO ita_countdowns (chat_key, platform, chat_id, ita_date, lang, sent, created_at, updated_at) VALUES ($1, $2, $3, $4::date, $5, $6::integer[], $7, $7)";
const countdownParams = (c: CountdownRecord, now: number) => [c.chatKey, c.platform, c.chatId, c.itaDate, c.lang, mergeSent(c.sent, []), now];

/**
 * The migration's second half: moves what earlier versions kept in the `kv` table into the new
 * tables, then deletes it there, inside the migration's transaction (under its advisory lock: once
 * and whole, however many copies start at once). A round already in the table is left as it is.
 */
export async function moveLegacyRoundsPostgres(sql: PgSql): Promise<void> {
  const rows = (
    await sql<{ key: string; value: string }>("SELECT key, value FROM kv WHERE (starts_with(key, $1) OR starts_with(key, $2) OR key = ANY($3::text[])) AND (expires_at IS NULL OR expires_at > $4)", [
      LEGACY_ROUND_PREFIX,
      LEGACY_EDITS_PREFIX,
      [...LEGACY_KEYS],
      Date.now(),
    ])
  ).rows;
  const entries: Array<[string, unknown]> = [];
  for (const row of rows) {
    try {
      entries.push([row.key, JSON.parse(row.value)]);
    } catch {
      // not JSON: left where it is
    }
  }
  const legacy = legacyRecords(entries);
  await putRounds(sql, legacy.rounds, null, null, true);
  await putEdits(sql, legacy.edits);
  await sql("UPDATE rounds SET changed_at = (SELECT MAX(seen_at) FROM round_edits WHERE round_id = rounds.id) WHERE changed_at IS NULL");
  const now = Date.now();
  for (const c of legacy.countdowns) await sql(`${INSERT_COUNTDOWN} ON CONFLICT (chat_key) DO NOTHING`, countdownParams(c, now));
  if (legacy.keys.length) await sql("DELETE FROM kv WHERE key = ANY($1::text[])", [legacy.keys]);
}

export function postgresRoundRecords(db: PgDb): RoundRecords & CountdownRecords {
  const q = db.query.bind(db);
  const version = async () => Number((await q<{ value: string }>("SELECT value FROM counters WHERE name = $1", [ROUNDS_COUNTER])).rows[0]?.value ?? 0);
  return {
    roundsVersion: version,
    loadRounds: async <T extends RoundDoc>() => {
      // The version is read first: rows newer than it only make the next refresh reload once more.
      const v = await version();
      const rows = (await q<{ data: T }>("SELECT data FROM rounds ORDER BY number, id")).rows;
      return { version: v, rounds: rows.map((r) => r.data) };
    },
    writeRounds: (expected, rounds, edits, at) => db.transaction(async (sql) => {
      // The version moves first, conditionally: a copy writing from the same version waits on the
      // row's lock, then finds it moved and writes nothing.
      const moved = await sql<{ value: string }>(
        "INSERT INTO counters (name, value) VALUES ($1, $2::bigint + 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 WHERE counters.value = $2::bigint RETURNING value",
        [ROUNDS_COUNTER, expected],
      );
      if (moved.rowCount !== 1) return undefined;
      await putRounds(sql, rounds, at, at);
      await putEdits(sql, edits);
      return Number(moved.rows[0]!.value);
    }),
    roundEdits: async (roundId) => (await q<EditRow>(`SELECT ${EDIT_COLUMNS} FROM round_edits WHERE round_id = $1 ORDER BY seq`, [roundId])).rows.map(toEdit),
    recentRoundEdits: async (limit) => (await q<EditRow>(`SELECT ${EDIT_COLUMNS} FROM round_edits ORDER BY seq DESC LIMIT $1`, [limit])).rows.map(toEdit),

    saveCountdown: async (c) => {
      await q(
        `${INSERT_COUNTDOWN} ON CONFLICT (chat_key) DO UPDATE SET platform = excluded.platform, chat_id = excluded.chat_id, ita_date = excluded.ita_date, lang = excluded.lang, sent = excluded.sent, updated_at = excluded.updated_at`,
        countdownParams(c, Date.now()),
      );
    },
    getCountdown: async (chatKey) => {
      const row = (await q<CountdownRow>(`SELECT ${COUNTDOWN_COLUMNS} FROM ita_countdowns WHERE chat_key = $1`, [chatKey])).rows[0];
      return row && toCountdown(row);
    },
    listCountdowns: async () => (await q<CountdownRow>(`SELECT ${COUNTDOWN_COLUMNS} FROM ita_countdowns ORDER BY created_at, chat_key`)).rows.map(toCountdown),
    removeCountdown: async (chatKey) => ((await q("DELETE FROM ita_countdowns WHERE chat_key = $1", [chatKey])).rowCount ?? 0) > 0,
    // One statement: the row's lock makes two copies' marks add up rather than overwrite each other.
    markCountdownSent: async (chatKey, itaDate, days) =>
      (
        (
          await q(
            "UPDATE ita_countdowns SET sent = ARRAY(SELECT DISTINCT d FROM unnest(sent || $3::integer[]) AS d ORDER BY d DESC), updated_at = $4 WHERE chat_key = $1 AND ita_date = $2::date",
            [chatKey, itaDate, [...days], Date.now()],
          )
        ).rowCount ?? 0
      ) > 0,
  };
}
