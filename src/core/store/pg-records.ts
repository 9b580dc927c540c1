import type { Lang } from "../reply.ts";
import type { Subscription } from "../subscriptions.ts";
import { PgChanges } from "./pg-changes.ts";
import { DB_NOW_MS, type PgDb } from "./pg-db.ts";
import { migratePostgres } from "./pg-migrations.ts";
import { postgresRoundRecords } from "./pg-rounds.ts";
import type { ChatStateChange, Delivery, DeliveryUpdate, LeaseGrant, PauseState, QueuedRound, RecordStore } from "./records.ts";

/**
 * The record store on PostgreSQL, shared by any number of copies. Each method is one statement
 * (a conditional INSERT … ON CONFLICT or UPDATE … WHERE, atomic by itself) or one transaction.
 *
 * Leases and claims use the database's clock (`clock_timestamp()`), not the callers': copies whose
 * clocks disagree still agree on who holds the lease. `now` passed to the lease methods is ignored,
 * and a grant's `until` is in the database's time. Wizard expiry and delivery times keep the
 * caller's clock, as on SQLite.
 */

interface SubRow {
  data: Subscription;
  paused_since: string | null;
  pause_reason: string | null;
  failures: number;
}

interface DeliveryRow {
  seq: string;
  round_id: string;
  target: string;
  status: Delivery["status"];
  attempts: number;
  next_attempt_at: string;
  first_failure_at: string | null;
  reason: string | null;
  queued_at: string;
  updated_at: string;
}

const MARK = "announce:mark";

/** The counter that numbers chat settings and wizards (migration 4's triggers). */
const CHAT_STATE_COUNTER = "chat-state";

interface ChatStateRow {
  kind: "lang" | "wizard" | "upTo";
  key: string;
  lang: string | null;
  expires_at: string | null;
  seq: string;
}

// Both tables and the last number given, in one statement (one snapshot); each table walks its
// index on seq from the last number seen.
const CHAT_STATE_SINCE = `SELECT 'lang' AS kind, chat_key AS key, lang, NULL::bigint AS expires_at, seq FROM chat_settings WHERE seq > $1
  UNION ALL SELECT 'wizard', user_key, NULL, expires_at, seq FROM wizards WHERE seq > $1 AND expires_at > $2
  UNION ALL SELECT 'upTo', name, NULL, NULL, value FROM counters WHERE name = '${CHAT_STATE_COUNTER}'`;
const SUB_COLUMNS = "data, paused_since, pause_reason, failures";

const toSub = (row: SubRow): Subscription => {
  const sub = row.data;
  if (row.paused_since) sub.paused = { since: row.paused_since, reason: row.pause_reason ?? "", failures: row.failures };
  return sub;
};

// bigint columns come back as strings; every value here is far below 2^53.
const num = (v: string | number) => Number(v);

const toDelivery = (r: DeliveryRow): Delivery => ({
  seq: num(r.seq),
  roundId: r.round_id,
  target: r.target,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: num(r.next_attempt_at),
  firstFailureAt: r.first_failure_at === null ? null : num(r.first_failure_at),
  reason: r.reason,
  queuedAt: num(r.queued_at),
  updatedAt: num(r.updated_at),
});

const toChatStateChange = (r: ChatStateRow): ChatStateChange =>
  r.kind === "lang" ? { kind: "lang", key: r.key, lang: (r.lang ?? undefined) as Lang | undefined, seq: num(r.seq) } : { kind: "wizard", key: r.key, expiresAt: num(r.expires_at!), seq: num(r.seq) };

const chatStateOf = (rows: ChatStateRow[]) => ({ upTo: num(rows.find((r) => r.kind === "upTo")?.seq ?? 0), changes: rows.filter((r) => r.kind !== "upTo").map(toChatStateChange) });

const toGrant = (name: string, r: { owner: string; token: string; until: string }): LeaseGrant => ({ name, owner: r.owner, token: num(r.token), until: num(r.until) });

const subData = (sub: Subscription) => {
  const { paused: _paused, ...data } = sub;
  return JSON.stringify(data);
};

// A new id takes the next place in the order (the sequence); a replacement keeps its place and its pause.
const UPSERT_SUB = `INSERT INTO subscriptions (id, platform, data) VALUES ($1, $2, $3::jsonb)
  ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, data = excluded.data`;

const DELIVERY_COLUMNS: Record<keyof DeliveryUpdate, string> = { status: "status", attempts: "attempts", nextAttemptAt: "next_attempt_at", firstFailureAt: "first_failure_at", reason: "reason" };

/**
 * `wantsRound` in SQL over a subscription's `data`, for a round of category `$2` and cutoff `$3`:
 * its categories, when it has a list, include the round's; its maxCrs, when it has one, is at least
 * the cutoff. The contract suite checks this against `wantsRound` itself.
 */
const WANTS_ROUND = `(jsonb_typeof(data->'categories') IS DISTINCT FROM 'array' OR data->'categories' @> jsonb_build_array($2::text))
  AND (jsonb_typeof(data->'maxCrs') IS DISTINCT FROM 'number' OR (data->>'maxCrs')::numeric >= $3::numeric)`;

/** Queued deliveries from which the outbox's statistics are refreshed. */
const ANALYZE_AFTER = 1_000;

/**
 * Several deliveries' outcomes in one UPDATE: `$1` is a JSON array of `{ seq, update }`, `$2` the
 * time. A field absent from an update is left as it is (a field set to null is cleared).
 */
const UPDATE_BATCH = (condition: string) => `UPDATE outbox AS o SET
    status = CASE WHEN u.d ? 'status' THEN u.d->>'status' ELSE o.status END,
    attempts = CASE WHEN u.d ? 'attempts' THEN (u.d->>'attempts')::integer ELSE o.attempts END,
    next_attempt_at = CASE WHEN u.d ? 'nextAttemptAt' THEN (u.d->>'nextAttemptAt')::bigint ELSE o.next_attempt_at END,
    first_failure_at = CASE WHEN u.d ? 'firstFailureAt' THEN (u.d->>'firstFailureAt')::bigint ELSE o.first_failure_at END,
    reason = CASE WHEN u.d ? 'reason' THEN u.d->>'reason' ELSE o.reason END,
    updated_at = $2
  FROM (SELECT (e->>'seq')::bigint AS seq, e->'update' AS d FROM jsonb_array_elements($1::jsonb) AS e) AS u
  WHERE o.seq = u.seq AND ${condition}`;

/** The live lease named by a grant whose name, owner and token are parameters `$i`, `$i+1`, `$i+2`. */
const liveLease = (i: number) => `SELECT 1 FROM leases WHERE name = $${i} AND owner = $${i + 1} AND token = $${i + 2} AND until > ${DB_NOW_MS}`;

export async function openPostgresRecords(db: PgDb): Promise<RecordStore> {
  await migratePostgres(db);
  return postgresRecords(db.retain());
}

function postgresRecords(db: PgDb): RecordStore {
  const q = db.query.bind(db);
  let lastClaimPurge = 0;
  /** Takes `key` when free or expired; when taken, the chat state's change number as of the claim (the statement's snapshot). */
  const claim = async (key: string, ttlMs: number, owner: string): Promise<number | undefined> => {
    const taken = await q<{ seq: string }>(
      `INSERT INTO claims AS c (key, owner, until) VALUES ($1, $2, ${DB_NOW_MS} + $3)
       ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, until = excluded.until WHERE c.until <= ${DB_NOW_MS}
       RETURNING COALESCE((SELECT value FROM counters WHERE name = '${CHAT_STATE_COUNTER}'), 0) AS seq`,
      [key, owner, Math.round(ttlMs)],
    );
    // Expired claims are removed now and then, so the table holds only live ones.
    if (Date.now() - lastClaimPurge > 60_000) {
      lastClaimPurge = Date.now();
      await q(`DELETE FROM claims WHERE until <= ${DB_NOW_MS}`).catch(() => {});
    }
    const row = taken.rows[0];
    return row ? num(row.seq) : undefined;
  };
  const changes = new PgChanges(db);
  return {
    ...postgresRoundRecords(db),
    leaseClock: "database",

    getSubscription: async (id) => {
      const row = (await q<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions WHERE id = $1`, [id])).rows[0];
      return row && toSub(row);
    },
    getSubscriptions: async (ids) => (ids.length ? (await q<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions WHERE id = ANY($1)`, [[...ids]])).rows.map(toSub) : []),
    listSubscriptions: async (platform) => {
      const result = platform
        ? await q<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions WHERE platform = $1 ORDER BY created_seq`, [platform])
        : await q<SubRow>(`SELECT ${SUB_COLUMNS} FROM subscriptions ORDER BY created_seq`);
      return result.rows.map(toSub);
    },
    countSubscriptions: async () => num((await q<{ n: string }>("SELECT COUNT(*) AS n FROM subscriptions")).rows[0]!.n),
    saveSubscription: async (sub) => void (await q(UPSERT_SUB, [sub.id, sub.platform, subData(sub)])),
    removeSubscription: async (id) => ((await q("DELETE FROM subscriptions WHERE id = $1", [id])).rowCount ?? 0) > 0,
    moveSubscription: (fromId, to) => db.transaction(async (sql) => {
      await sql(UPSERT_SUB, [to.id, to.platform, subData(to)]);
      if (fromId === to.id) return;
      await sql("INSERT INTO subscription_moves (from_id, to_id) VALUES ($1, $2) ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id", [fromId, to.id]);
      await sql("DELETE FROM subscriptions WHERE id = $1", [fromId]);
    }),
    movedTo: async (fromId) => (await q<{ to_id: string }>("SELECT to_id FROM subscription_moves WHERE from_id = $1", [fromId])).rows[0]?.to_id,
    setPause: async (id, pause: PauseState | null) => {
      await q("UPDATE subscriptions SET paused_since = $1, pause_reason = $2, failures = $3 WHERE id = $4", [pause?.since ?? null, pause?.reason ?? null, pause?.failures ?? 0, id]);
    },

    getMark: async () => (await q<{ value: string }>("SELECT value FROM meta WHERE key = $1", [MARK])).rows[0]?.value,
    queueRounds: async (expectedMark, nextMark, rounds: QueuedRound[], now) => {
      let queued = 0;
      const done = await db.transaction(async (sql) => {
        // The mark moves first, conditionally: a copy racing from the same mark waits on the row's
        // lock, then finds the mark moved and writes nothing.
        const moved = expectedMark === undefined
          ? await sql("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [MARK, nextMark])
          : await sql("UPDATE meta SET value = $2 WHERE key = $1 AND value = $3", [MARK, nextMark, expectedMark]);
        if (moved.rowCount !== 1) return false;
        for (const round of rounds) {
          if ("audience" in round) {
            // The subscriptions that want the round are selected here, in their order: none is read into memory.
            queued += (await sql(`INSERT INTO outbox (round_id, target, queued_at, updated_at) SELECT $1, id, $4, $4 FROM subscriptions WHERE ${WANTS_ROUND} ORDER BY created_seq ON CONFLICT (round_id, target) DO NOTHING`, [round.roundId, round.audience.category, round.audience.crs, now])).rowCount ?? 0;
            continue;
          }
          if (round.targets.length === 0) continue;
          queued += (await sql(
            `INSERT INTO outbox (round_id, target, queued_at, updated_at)
             SELECT $1, t, $3, $3 FROM unnest($2::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i
             ON CONFLICT (round_id, target) DO NOTHING`,
            [round.roundId, round.targets, now],
          )).rowCount ?? 0;
        }
        return true;
      });
      // Fresh statistics after a large queue: without them the planner takes the outbox for empty and
      // reads every pending delivery (then sorts them) to return each page of a broadcast.
      if (queued >= ANALYZE_AFTER) await q("ANALYZE outbox");
      return done;
    },
    pendingDeliveries: async (afterSeq, limit) =>
      (await q<DeliveryRow>("SELECT * FROM outbox WHERE status = 'pending' AND seq > $1 ORDER BY seq LIMIT $2", [afterSeq, limit])).rows.map(toDelivery),
    updateDelivery: async (seq, update: DeliveryUpdate, now, fence) => {
      const sets = ["updated_at = $1"];
      const params: unknown[] = [now];
      for (const [field, column] of Object.entries(DELIVERY_COLUMNS) as Array<[keyof DeliveryUpdate, string]>) {
        if (update[field] === undefined) continue;
        params.push(update[field]);
        sets.push(`${column} = $${params.length}`);
      }
      params.push(seq);
      let where = `seq = $${params.length}`;
      if (fence) {
        // The fence is checked in the same statement; FOR SHARE holds the lease row until this
        // write commits, so a takeover cannot slip in between the check and the write.
        params.push(fence.name, fence.owner, fence.token);
        where += ` AND EXISTS (${liveLease(params.length - 2)} FOR SHARE)`;
      }
      return ((await q(`UPDATE outbox SET ${sets.join(", ")} WHERE ${where}`, params)).rowCount ?? 0) > 0;
    },
    updateDeliveries: async (updates, now, fence) => {
      if (!updates.length) return true;
      const batch = JSON.stringify(updates.map((u) => ({ seq: u.seq, update: u.update })));
      if (!fence) {
        await q(UPDATE_BATCH("true"), [batch, now]);
        return true;
      }
      // One statement: the lease row is read FOR SHARE (a takeover waits until this commits), and
      // every outcome is written only if it is still this grant's.
      const row = (await q<{ held: boolean }>(`WITH fence AS (${liveLease(3)} FOR SHARE), written AS (${UPDATE_BATCH("EXISTS (SELECT 1 FROM fence)")}) SELECT EXISTS (SELECT 1 FROM fence) AS held`, [batch, now, fence.name, fence.owner, fence.token])).rows[0];
      return row?.held === true;
    },
    deliveriesOf: async (roundId) => (await q<DeliveryRow>("SELECT * FROM outbox WHERE round_id = $1 ORDER BY seq", [roundId])).rows.map(toDelivery),
    purgeDeliveries: async (before) => (await q("DELETE FROM outbox WHERE status <> 'pending' AND updated_at < $1", [before])).rowCount ?? 0,

    bump: async (name) =>
      num((await q<{ value: string }>("INSERT INTO counters (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value", [name])).rows[0]!.value),
    counter: async (name) => num((await q<{ value: string }>("SELECT value FROM counters WHERE name = $1", [name])).rows[0]?.value ?? 0),
    changeToken: () => changes.token(),

    takeLease: async (name, owner, ttlMs) => {
      // Free, expired, or ours: taken (or renewed) in one statement. A renewal of a live lease keeps
      // its token; any other take is a new holder, with the next token.
      const row = (
        await q<{ owner: string; token: string; until: string }>(
          `INSERT INTO leases AS l (name, owner, token, until) VALUES ($1, $2, 1, ${DB_NOW_MS} + $3)
           ON CONFLICT (name) DO UPDATE SET
             owner = excluded.owner,
             token = CASE WHEN l.owner = excluded.owner AND l.until > ${DB_NOW_MS} THEN l.token ELSE l.token + 1 END,
             until = excluded.until
           WHERE l.owner = excluded.owner OR l.until <= ${DB_NOW_MS}
           RETURNING owner, token, until`,
          [name, owner, Math.round(ttlMs)],
        )
      ).rows[0];
      return row && toGrant(name, row);
    },
    holdsLease: async (grant) => ((await q(liveLease(1), [grant.name, grant.owner, grant.token])).rowCount ?? 0) > 0,
    releaseLease: async (grant) => {
      // Expired rather than deleted, so the next holder's token is still larger.
      await q("UPDATE leases SET until = 0 WHERE name = $1 AND owner = $2 AND token = $3", [grant.name, grant.owner, grant.token]);
    },

    claimOnce: async (key, ttlMs, owner = "") => (await claim(key, ttlMs, owner)) !== undefined,
    claimChat: (key, ttlMs, owner) => claim(key, ttlMs, owner),
    releaseClaim: async (key, owner) => void (await q("DELETE FROM claims WHERE key = $1 AND owner = $2", [key, owner])),

    getChatLanguage: async (chatKey) => ((await q<{ lang: string | null }>("SELECT lang FROM chat_settings WHERE chat_key = $1", [chatKey])).rows[0]?.lang ?? undefined) as Lang | undefined,
    setChatLanguage: async (chatKey, lang) => {
      await q("INSERT INTO chat_settings (chat_key, lang, updated_at) VALUES ($1, $2, $3) ON CONFLICT (chat_key) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at", [chatKey, lang, Date.now()]);
    },
    getProfile: async <T>(userKey: string) => (await q<{ data: T }>("SELECT data FROM profiles WHERE user_key = $1", [userKey])).rows[0]?.data,
    saveProfile: async (userKey, profile) => {
      await q("INSERT INTO profiles (user_key, data, updated_at) VALUES ($1, $2::jsonb, $3) ON CONFLICT (user_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at", [userKey, JSON.stringify(profile), Date.now()]);
    },
    getWizard: async <T>(userKey: string, now: number) => (await q<{ data: T }>("SELECT data FROM wizards WHERE user_key = $1 AND expires_at > $2", [userKey, now])).rows[0]?.data,
    saveWizard: async (userKey, state, expiresAt) => {
      await q("INSERT INTO wizards (user_key, data, expires_at) VALUES ($1, $2::jsonb, $3) ON CONFLICT (user_key) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at", [userKey, JSON.stringify(state), expiresAt]);
    },
    deleteWizard: async (userKey) => void (await q("DELETE FROM wizards WHERE user_key = $1", [userKey])),
    purgeWizards: async (now) => (await q("DELETE FROM wizards WHERE expires_at <= $1", [now])).rowCount ?? 0,
    chatStateSince: async (afterSeq, now) => chatStateOf((await q<ChatStateRow>(CHAT_STATE_SINCE, [afterSeq, now])).rows),

    close: async () => {
      await changes.close();
      await db.release();
    },
  };
}
