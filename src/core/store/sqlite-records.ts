import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Lang } from "../reply.ts";
import type { Subscription } from "../subscriptions.ts";
import type { ChatStateChange, Delivery, DeliveryUpdate, LeaseGrant, PauseState, QueuedRound, RecordStore } from "./records.ts";
import { walIndexWatch, type ChangeWatch } from "./sqlite-changes.ts";
import { SqliteDb, type Sql } from "./sqlite-db.ts";
import { migrateSqlite } from "./sqlite-migrations.ts";
import { sqliteRoundRecords } from "./sqlite-rounds.ts";

/**
 * The record store on SQLite, in the same database file as the key-value layer (its own tables
 * beside Keyv's). Opening it runs the schema migrations.
 */

interface SubRow {
  data: string;
  paused_since: string | null;
  pause_reason: string | null;
  failures: number;
}

interface DeliveryRow {
  seq: number;
  round_id: string;
  target: string;
  status: Delivery["status"];
  attempts: number;
  next_attempt_at: number;
  first_failure_at: number | null;
  reason: string | null;
  queued_at: number;
  updated_at: number;
}

const MARK = "announce:mark";

/** The counter that numbers chat settings and wizards (migration 4's triggers). */
const CHAT_STATE_COUNTER = "chat-state";

interface ChatStateRow {
  kind: "lang" | "wizard" | "upTo";
  key: string;
  lang: string | null;
  expires_at: number | null;
  seq: number;
}

// Both tables and the last number given, in one read (one snapshot); each table walks its index on
// seq from the last number seen.
const CHAT_STATE_SINCE = `SELECT 'lang' AS kind, chat_key AS key, lang, NULL AS expires_at, seq FROM chat_settings WHERE seq > ?
  UNION ALL SELECT 'wizard', user_key, NULL, expires_at, seq FROM wizards WHERE seq > ? AND expires_at > ?
  UNION ALL SELECT 'upTo', name, NULL, NULL, value FROM counters WHERE name = '${CHAT_STATE_COUNTER}'`;

const chatStateOf = (rows: ChatStateRow[]) => ({ upTo: rows.find((r) => r.kind === "upTo")?.seq ?? 0, changes: rows.filter((r) => r.kind !== "upTo").map(toChatStateChange) });

const toChatStateChange = (r: ChatStateRow): ChatStateChange =>
  r.kind === "lang" ? { kind: "lang", key: r.key, lang: (r.lang ?? undefined) as Lang | undefined, seq: r.seq } : { kind: "wizard", key: r.key, expiresAt: r.expires_at!, seq: r.seq };

const toSub = (row: SubRow): Subscription => {
  const sub = JSON.parse(row.data) as Subscription;
  if (row.paused_since) sub.paused = { since: row.paused_since, reason: row.pause_reason ?? "", failures: row.failures };
  return sub;
};

const toDelivery = (r: DeliveryRow): Delivery => ({
  seq: r.seq,
  roundId: r.round_id,
  target: r.target,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  firstFailureAt: r.first_failure_at,
  reason: r.reason,
  queuedAt: r.queued_at,
  updatedAt: r.updated_at,
});

const subData = (sub: Subscription) => {
  const { paused: _paused, ...data } = sub;
  return JSON.stringify(data);
};

const SUB_COLUMNS = "data, paused_since, pause_reason, failures";

async function upsertSub(sql: Sql, sub: Subscription): Promise<void> {
  await sql.run(
    `INSERT INTO subscriptions (id, platform, data, created_seq) VALUES (?, ?, ?, (SELECT COALESCE(MAX(created_seq), 0) + 1 FROM subscriptions))
     ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, data = excluded.data`,
    [sub.id, sub.platform, subData(sub)],
  );
}

/** `wantsRound` in SQL over a subscription's `data` (JSON text), for a round of category `?` and cutoff `?` (in that order). */
const WANTS_ROUND = `(json_type(data, '$.categories') IS NOT 'array' OR EXISTS (SELECT 1 FROM json_each(data, '$.categories') WHERE value = ?))
  AND (COALESCE(json_type(data, '$.maxCrs'), 'absent') NOT IN ('integer', 'real') OR json_extract(data, '$.maxCrs') >= ?)`;

/**
 * Several deliveries' outcomes in one UPDATE: parameters are the time, then a JSON array of
 * `{ seq, update }`. A field absent from an update is left as it is (a field set to null is cleared).
 */
const UPDATE_BATCH = `UPDATE outbox SET
    status = CASE WHEN json_type(u.d, '$.status') IS NULL THEN status ELSE json_extract(u.d, '$.status') END,
    attempts = CASE WHEN json_type(u.d, '$.attempts') IS NULL THEN attempts ELSE json_extract(u.d, '$.attempts') END,
    next_attempt_at = CASE WHEN json_type(u.d, '$.nextAttemptAt') IS NULL THEN next_attempt_at ELSE json_extract(u.d, '$.nextAttemptAt') END,
    first_failure_at = CASE WHEN json_type(u.d, '$.firstFailureAt') IS NULL THEN first_failure_at ELSE json_extract(u.d, '$.firstFailureAt') END,
    reason = CASE WHEN json_type(u.d, '$.reason') IS NULL THEN reason ELSE json_extract(u.d, '$.reason') END,
    updated_at = ?
  FROM (SELECT json_extract(value, '$.seq') AS seq, json_extract(value, '$.update') AS d FROM json_each(?)) AS u
  WHERE outbox.seq = u.seq`;

async function liveLease(sql: Sql, grant: LeaseGrant, now: number): Promise<boolean> {
  const row = await sql.get<{ owner: string; token: number; until: number }>("SELECT owner, token, until FROM leases WHERE name = ?", [grant.name]);
  return !!row && row.owner === grant.owner && row.token === grant.token && row.until > now;
}

export async function openSqliteRecords(file: string): Promise<RecordStore> {
  mkdirSync(dirname(file), { recursive: true });
  const db = await SqliteDb.open(file);
  await migrateSqlite(db);
  // Only in write-ahead logging is every commit visible in the shared WAL index (the -shm file).
  const mode = await db.use((sql) => sql.get<{ journal_mode: string }>("PRAGMA journal_mode"));
  return sqliteRecords(db, mode?.journal_mode === "wal" ? walIndexWatch(file) : undefined);
}

function sqliteRecords(db: SqliteDb, walIndex: ChangeWatch | undefined): RecordStore {
  const one = db.use.bind(db);
  const tx = db.transaction.bind(db);
  let lastClaimPurge = 0;
  /** Takes `key` when free or expired; when taken, the chat state's change number as of the claim. */
  const claim = async (sql: Sql, key: string, ttlMs: number, owner: string): Promise<number | undefined> => {
    const now = Date.now();
    // One conditional upsert, atomic under SQLite's write lock: taken when free or expired.
    const taken = await sql.get<{ seq: number }>(
      `INSERT INTO claims (key, owner, until) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, until = excluded.until WHERE claims.until <= ?
       RETURNING COALESCE((SELECT value FROM counters WHERE name = '${CHAT_STATE_COUNTER}'), 0) AS seq`,
      [key, owner, now + ttlMs, now],
    );
    // Expired claims are removed now and then, so the table holds only live ones.
    if (now - lastClaimPurge > 60_000) {
      lastClaimPurge = now;
      await sql.run("DELETE FROM claims WHERE until <= ?", [now]);
    }
    return taken?.seq;
  };
  return {
    ...sqliteRoundRecords(db),
    leaseClock: "caller",

    getSubscription: (id) => one(async (sql) => {
      const row = await sql.get<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions WHERE id = ?`, [id]);
      return row && toSub(row);
    }),
    getSubscriptions: (ids) => one(async (sql) => {
      const found: Subscription[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = await sql.all<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions WHERE id IN (${chunk.map(() => "?").join(", ")})`, chunk);
        found.push(...rows.map(toSub));
      }
      return found;
    }),
    listSubscriptions: (platform) => one(async (sql) => {
      const rows = platform
        ? await sql.all<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions WHERE platform = ? ORDER BY created_seq`, [platform])
        : await sql.all<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions ORDER BY created_seq`);
      return rows.map(toSub);
    }),
    countSubscriptions: () => one(async (sql) => (await sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM subscriptions"))!.n),
    saveSubscription: (sub) => one((sql) => upsertSub(sql, sub)),
    removeSubscription: (id) => one(async (sql) => (await sql.run("DELETE FROM subscriptions WHERE id = ?", [id])).changes > 0),
    moveSubscription: (fromId, to) => tx(async (sql) => {
      await upsertSub(sql, to);
      if (fromId === to.id) return;
      await sql.run("INSERT INTO subscription_moves (from_id, to_id) VALUES (?, ?) ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id", [fromId, to.id]);
      await sql.run("DELETE FROM subscriptions WHERE id = ?", [fromId]);
    }),
    movedTo: (fromId) => one(async (sql) => (await sql.get<{ to_id: string }>("SELECT to_id FROM subscription_moves WHERE from_id = ?", [fromId]))?.to_id),
    setPause: (id, pause: PauseState | null) => one(async (sql) => {
      await sql.run("UPDATE subscriptions SET paused_since = ?, pause_reason = ?, failures = ? WHERE id = ?", [pause?.since ?? null, pause?.reason ?? null, pause?.failures ?? 0, id]);
    }),

    getMark: () => one(async (sql) => (await sql.get<{ value: string }>("SELECT value FROM meta WHERE key = ?", [MARK]))?.value),
    queueRounds: (expectedMark, nextMark, rounds: QueuedRound[], now) => tx(async (sql) => {
      const current = (await sql.get<{ value: string }>("SELECT value FROM meta WHERE key = ?", [MARK]))?.value;
      if (current !== expectedMark) return false;
      for (const round of rounds) {
        if ("audience" in round) {
          // The subscriptions that want the round are selected here, in their order: none is read into memory.
          await sql.run(
            `INSERT INTO outbox (round_id, target, queued_at, updated_at) SELECT ?, id, ?, ? FROM subscriptions WHERE ${WANTS_ROUND} ORDER BY created_seq ON CONFLICT (round_id, target) DO NOTHING`,
            [round.roundId, now, now, round.audience.category, round.audience.crs],
          );
          continue;
        }
        for (const target of round.targets)
          await sql.run("INSERT INTO outbox (round_id, target, queued_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (round_id, target) DO NOTHING", [round.roundId, target, now, now]);
      }
      await sql.run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [MARK, nextMark]);
      return true;
    }),
    pendingDeliveries: (afterSeq, limit) => one(async (sql) => (await sql.all<DeliveryRow>("SELECT * FROM outbox WHERE status = 'pending' AND seq > ? ORDER BY seq LIMIT ?", [afterSeq, limit])).map(toDelivery)),
    // One statement each on the hot path: a copy paused mid-broadcast never holds the write lock.
    updateDelivery: (seq, update: DeliveryUpdate, now, fence) => one(async (sql) => {
      const sets: string[] = ["updated_at = ?"];
      const params: unknown[] = [now];
      const columns: Record<keyof DeliveryUpdate, string> = { status: "status", attempts: "attempts", nextAttemptAt: "next_attempt_at", firstFailureAt: "first_failure_at", reason: "reason" };
      for (const [field, column] of Object.entries(columns) as Array<[keyof DeliveryUpdate, string]>) {
        if (update[field] === undefined) continue;
        sets.push(`${column} = ?`);
        params.push(update[field]);
      }
      const fenced = fence ? " AND EXISTS (SELECT 1 FROM leases WHERE name = ? AND owner = ? AND token = ? AND until > ?)" : "";
      const fenceParams = fence ? [fence.name, fence.owner, fence.token, now] : [];
      return (await sql.run(`UPDATE outbox SET ${sets.join(", ")} WHERE seq = ?${fenced}`, [...params, seq, ...fenceParams])).changes > 0;
    }),
    // One statement for the whole batch, fenced once (SQLite's write lock makes it atomic).
    updateDeliveries: (updates, now, fence) => one(async (sql) => {
      if (!updates.length) return true;
      const batch = JSON.stringify(updates.map((u) => ({ seq: u.seq, update: u.update })));
      const fenced = fence ? "EXISTS (SELECT 1 FROM leases WHERE name = ? AND owner = ? AND token = ? AND until > ?)" : "1";
      const changes = (await sql.run(`${UPDATE_BATCH} AND ${fenced}`, [now, batch, ...(fence ? [fence.name, fence.owner, fence.token, now] : [])])).changes;
      // Nothing written: the fence failed, unless none of these deliveries exists any more.
      return changes > 0 || !fence || liveLease(sql, fence, now);
    }),
    deliveriesOf: (roundId) => one(async (sql) => (await sql.all<DeliveryRow>("SELECT * FROM outbox WHERE round_id = ? ORDER BY seq", [roundId])).map(toDelivery)),
    purgeDeliveries: (before) => one(async (sql) => (await sql.run("DELETE FROM outbox WHERE status <> 'pending' AND updated_at < ?", [before])).changes),

    bump: (name) => one(async (sql) => (await sql.get<{ value: number }>("INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value", [name]))!.value),
    counter: (name) => one(async (sql) => (await sql.get<{ value: number }>("SELECT value FROM counters WHERE name = ?", [name]))?.value ?? 0),
    changeToken: () => walIndex?.token(),

    // Take, renew or take over in one conditional statement: it writes only when the lease is free,
    // expired or ours; the token grows unless this is a renewal of a live lease.
    takeLease: (name, owner, ttlMs, now) => one(async (sql) => {
      const until = now + ttlMs;
      const row = await sql.get<{ token: number }>(
        `INSERT INTO leases (name, owner, token, until) VALUES (?, ?, 1, ?)
         ON CONFLICT (name) DO UPDATE SET
           token = CASE WHEN leases.owner = excluded.owner AND leases.until > ? THEN leases.token ELSE leases.token + 1 END,
           owner = excluded.owner, until = excluded.until
         WHERE leases.owner = excluded.owner OR leases.until <= ?
         RETURNING token`,
        [name, owner, until, now, now],
      );
      return row ? { name, owner, token: row.token, until } : undefined;
    }),
    holdsLease: (grant, now) => one((sql) => liveLease(sql, grant, now)),
    releaseLease: (grant) => one(async (sql) => {
      // Expire it rather than delete it, so the next holder's token is still larger.
      await sql.run("UPDATE leases SET until = 0 WHERE name = ? AND owner = ? AND token = ?", [grant.name, grant.owner, grant.token]);
    }),

    claimOnce: (key, ttlMs, owner = "") => one(async (sql) => (await claim(sql, key, ttlMs, owner)) !== undefined),
    claimChat: (key, ttlMs, owner) => one((sql) => claim(sql, key, ttlMs, owner)),
    releaseClaim: (key, owner) => one(async (sql) => void (await sql.run("DELETE FROM claims WHERE key = ? AND owner = ?", [key, owner]))),

    getChatLanguage: (chatKey) => one(async (sql) => ((await sql.get<{ lang: string | null }>("SELECT lang FROM chat_settings WHERE chat_key = ?", [chatKey]))?.lang ?? undefined) as Lang | undefined),
    setChatLanguage: (chatKey, lang) => one(async (sql) => {
      await sql.run("INSERT INTO chat_settings (chat_key, lang, updated_at) VALUES (?, ?, ?) ON CONFLICT (chat_key) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at", [chatKey, lang, Date.now()]);
    }),
    getProfile: <T>(userKey: string) => one(async (sql) => {
      const row = await sql.get<{ data: string }>("SELECT data FROM profiles WHERE user_key = ?", [userKey]);
      return row ? (JSON.parse(row.data) as T) : undefined;
    }),
    saveProfile: (userKey, profile) => one(async (sql) => {
      await sql.run("INSERT INTO profiles (user_key, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (user_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at", [userKey, JSON.stringify(profile), Date.now()]);
    }),
    getWizard: <T>(userKey: string, now: number) => one(async (sql) => {
      const row = await sql.get<{ data: string }>("SELECT data FROM wizards WHERE user_key = ? AND expires_at > ?", [userKey, now]);
      return row ? (JSON.parse(row.data) as T) : undefined;
    }),
    saveWizard: (userKey, state, expiresAt) => one(async (sql) => {
      await sql.run("INSERT INTO wizards (user_key, data, expires_at) VALUES (?, ?, ?) ON CONFLICT (user_key) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at", [userKey, JSON.stringify(state), expiresAt]);
    }),
    deleteWizard: (userKey) => one(async (sql) => void (await sql.run("DELETE FROM wizards WHERE user_key = ?", [userKey]))),
    purgeWizards: (now) => one(async (sql) => (await sql.run("DELETE FROM wizards WHERE expires_at <= ?", [now])).changes),
    chatStateSince: (afterSeq, now) => one(async (sql) => chatStateOf(await sql.all<ChatStateRow>(CHAT_STATE_SINCE, [afterSeq, afterSeq, now]))),

    close: () => {
      walIndex?.close();
      return db.close();
    },
  };
}
