import { decodeKeyv, KEYV_NAMESPACE, KEYV_SQLITE_TABLE } from "./key-value.ts";
import {
  jsonValue,
  legacyRecords,
  LEGACY_EDITS_PREFIX,
  LEGACY_KEYS,
  LEGACY_ROUND_PREFIX,
  mergeSent,
  distinctRounds,
  roundColumns,
  ROUNDS_COUNTER,
  type CountdownRecord,
  type CountdownRecords,
  type RoundDoc,
  type RoundEditRecord,
  type RoundRecords,
} from "./rounds.ts";
import type { Sql, SqliteDb } from "./sqlite-db.ts";

/** Rounds, their edits and ITA countdowns on SQLite (see `rounds.ts`); part of the SQLite record store. */

interface EditRow {
  round_id: string;
  seen_at: string;
  field: string;
  old_value: string;
  new_value: string;
}

interface CountdownRow {
  chat_key: string;
  platform: string;
  chat_id: string;
  ita_date: string;
  lang: string;
  sent: string;
}

const toEdit = (r: EditRow): RoundEditRecord => ({ roundId: r.round_id, field: r.field, old: JSON.parse(r.old_value), new: JSON.parse(r.new_value), seenAt: r.seen_at });
const toCountdown = (r: CountdownRow): CountdownRecord => ({ chatKey: r.chat_key, platform: r.platform, chatId: r.chat_id, itaDate: r.ita_date, lang: r.lang, sent: JSON.parse(r.sent) as number[] });

const ROUND_COLUMNS = "id, number, date, category_key, category_label, crs, invitations, tie_break_at, withdrawn_at, withdrawn_reason, first_seen_at, changed_at, data";

/** Adds or replaces rounds (a replacement keeps when it was first seen); `keep` leaves an existing row alone instead. */
async function putRounds(sql: Sql, rounds: readonly RoundDoc[], firstSeenAt: string | null, changedAt: string | null, keep = false): Promise<void> {
  const conflict = keep
    ? "DO NOTHING"
    : `DO UPDATE SET number = excluded.number, date = excluded.date, category_key = excluded.category_key, category_label = excluded.category_label,
         crs = excluded.crs, invitations = excluded.invitations, tie_break_at = excluded.tie_break_at, withdrawn_at = excluded.withdrawn_at,
         withdrawn_reason = excluded.withdrawn_reason, changed_at = excluded.changed_at, data = excluded.data`;
  for (const doc of distinctRounds(rounds)) {
    const c = roundColumns(doc);
    await sql.run(`INSERT INTO rounds (${ROUND_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) ${conflict}`, [
      c.id, c.number, c.date, c.category_key, c.category_label, c.crs, c.invitations, c.tie_break_at, c.withdrawn_at, c.withdrawn_reason, firstSeenAt, changedAt, JSON.stringify(c.data),
    ]);
  }
}

async function putEdits(sql: Sql, edits: readonly RoundEditRecord[]): Promise<void> {
  for (const e of edits)
    await sql.run("INSERT INTO round_edits (round_id, seen_at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)", [e.roundId, e.seenAt, e.field, jsonValue(e.old), jsonValue(e.new)]);
}

const INSERT_COUNTDOWN = "INSERT INTO ita_countdowns (chat_key, platform, chat_id, ita_date, lang, sent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
const PUT_COUNTDOWN = `${INSERT_COUNTDOWN}
  ON CONFLICT (chat_key) DO UPDATE SET platform = excluded.platform, chat_id = excluded.chat_id, ita_date = excluded.ita_date, lang = excluded.lang, sent = excluded.sent, updated_at = excluded.updated_at`;
const countdownParams = (c: CountdownRecord, now: number) => [c.chatKey, c.platform, c.chatId, c.itaDate, c.lang, JSON.stringify(mergeSent(c.sent, [])), now, now];

/**
 * The migration's second half: moves what earlier versions kept in the key-value layer (Keyv's
 * table in the same file) into the new tables, then deletes it there. It runs inside the
 * migration's transaction, so it happens once and whole, however many copies start at once.
 * A round already in the table is left as it is.
 */
export async function moveLegacyRoundsSqlite(sql: Sql): Promise<void> {
  const table = await sql.get<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [KEYV_SQLITE_TABLE]);
  if (!table) return; // a new file: nothing was ever kept there
  const ns = `${KEYV_NAMESPACE}:`;
  const rows = await sql.all<{ key: string; value: string }>(
    `SELECT key, value FROM ${KEYV_SQLITE_TABLE} WHERE key GLOB ? OR key GLOB ? OR key IN (${LEGACY_KEYS.map(() => "?").join(", ")})`,
    [`${ns}${LEGACY_ROUND_PREFIX}*`, `${ns}${LEGACY_EDITS_PREFIX}*`, ...LEGACY_KEYS.map((k) => ns + k)],
  );
  const entries: Array<[string, unknown]> = [];
  for (const row of rows) {
    const stored = await decodeKeyv(row.value).catch(() => undefined);
    if (stored && !(typeof stored.expires === "number" && stored.expires < Date.now())) entries.push([row.key.slice(ns.length), stored.value]);
  }
  const legacy = legacyRecords(entries);
  await putRounds(sql, legacy.rounds, null, null, true);
  await putEdits(sql, legacy.edits);
  await sql.run("UPDATE rounds SET changed_at = (SELECT MAX(seen_at) FROM round_edits WHERE round_id = rounds.id) WHERE changed_at IS NULL");
  const now = Date.now();
  for (const c of legacy.countdowns) await sql.run(`${INSERT_COUNTDOWN} ON CONFLICT (chat_key) DO NOTHING`, countdownParams(c, now));
  for (const key of legacy.keys) await sql.run(`DELETE FROM ${KEYV_SQLITE_TABLE} WHERE key = ?`, [ns + key]);
}

export function sqliteRoundRecords(db: SqliteDb): RoundRecords & CountdownRecords {
  const one = db.use.bind(db);
  const version = async (sql: Sql) => (await sql.get<{ value: number }>("SELECT value FROM counters WHERE name = ?", [ROUNDS_COUNTER]))?.value ?? 0;
  return {
    roundsVersion: () => one(version),
    loadRounds: <T extends RoundDoc>() => one(async (sql) => {
      // The version is read first: rows newer than it only make the next refresh reload once more.
      const v = await version(sql);
      const rows = await sql.all<{ data: string }>("SELECT data FROM rounds ORDER BY number, id");
      return { version: v, rounds: rows.map((r) => JSON.parse(r.data) as T) };
    }),
    writeRounds: (expected, rounds, edits, at) => db.transaction(async (sql) => {
      // Under SQLite's write lock (BEGIN IMMEDIATE): the version cannot move between this check and the commit.
      const moved = await sql.get<{ value: number }>(
        "INSERT INTO counters (name, value) VALUES (?, ? + 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 WHERE counters.value = ? RETURNING value",
        [ROUNDS_COUNTER, expected, expected],
      );
      if (!moved) return undefined;
      await putRounds(sql, rounds, at, at);
      await putEdits(sql, edits);
      return moved.value;
    }),
    roundEdits: (roundId) => one(async (sql) => (await sql.all<EditRow>("SELECT * FROM round_edits WHERE round_id = ? ORDER BY seq", [roundId])).map(toEdit)),
    recentRoundEdits: (limit) => one(async (sql) => (await sql.all<EditRow>("SELECT * FROM round_edits ORDER BY seq DESC LIMIT ?", [limit])).map(toEdit)),

    saveCountdown: (c) => one(async (sql) => void (await sql.run(PUT_COUNTDOWN, countdownParams(c, Date.now())))),
    getCountdown: (chatKey) => one(async (sql) => {
      const row = await sql.get<CountdownRow>("SELECT * FROM ita_countdowns WHERE chat_key = ?", [chatKey]);
      return row && toCountdown(row);
    }),
    listCountdowns: () => one(async (sql) => (await sql.all<CountdownRow>("SELECT * FROM ita_countdowns ORDER BY created_at, chat_key")).map(toCountdown)),
    removeCountdown: (chatKey) => one(async (sql) => (await sql.run("DELETE FROM ita_countdowns WHERE chat_key = ?", [chatKey])).changes > 0),
    markCountdownSent: (chatKey, itaDate, days) => db.transaction(async (sql) => {
      const row = await sql.get<{ sent: string }>("SELECT sent FROM ita_countdowns WHERE chat_key = ? AND ita_date = ?", [chatKey, itaDate]);
      if (!row) return false;
      await sql.run("UPDATE ita_countdowns SET sent = ?, updated_at = ? WHERE chat_key = ?", [JSON.stringify(mergeSent(JSON.parse(row.sent) as number[], days)), Date.now(), chatKey]);
      return true;
    }),
  };
}
