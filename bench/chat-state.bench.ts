import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import pg from "pg";
import sqlite3 from "sqlite3";
import { ChatReplica } from "../src/core/store/chat-replica.ts";
import { openStores, type Stores } from "../src/core/store/open.ts";
import { TEST_POSTGRES_URL, tempSchema } from "../test/helpers/pg-store.ts";
import { fmt, percentile, report } from "./harness.ts";

/**
 * The per-chat state each copy holds in memory (`ChatReplica`): 100,000 chats with a language and
 * 10,000 open wizards, as Telegram ids (users ~10 digits, supergroups -100…). Its load at start and
 * the heap it takes, the check every update makes when nothing changed, a read after another copy
 * wrote one language, and one write (numbered by the store's trigger). SQLite always; PostgreSQL
 * when TEST_POSTGRES_URL is set.
 */

const CHATS = Number(process.env.BENCH_CHAT_STATE_CHATS ?? 100_000);
const WIZARDS = Math.round(CHATS / 10);
const SAMPLES = 50;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const chatKey = (i: number) => `tg:${i % 3 ? 5_000_000_000 + i * 7 : -1_002_000_000_000 - i}`;
const ms = (times: number[]) => `median ${fmt(percentile(times, 50), 2)} ms · p95 ${fmt(percentile(times, 95), 2)} ms`;

async function seedSqlite(file: string): Promise<void> {
  const db = new sqlite3.Database(file);
  const run = (sql: string, params: unknown[] = []) => new Promise<void>((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
  await run("BEGIN");
  for (let i = 0; i < CHATS; i++) await run("INSERT INTO chat_settings (chat_key, lang, updated_at) VALUES (?, ?, 0)", [chatKey(i), i % 2 ? "fr" : "en"]);
  for (let i = 0; i < WIZARDS; i++) await run("INSERT INTO wizards (user_key, data, expires_at) VALUES (?, '{}', ?)", [`tg:${5_000_000_000 + i}`, Date.now() + 86_400_000]);
  await run("COMMIT");
  await new Promise<void>((resolve) => db.close(() => resolve()));
}

async function seedPostgres(url: string): Promise<void> {
  const u = new URL(url);
  const schema = u.searchParams.get("schema")!;
  u.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    await client.query(
      `INSERT INTO chat_settings (chat_key, lang, updated_at)
       SELECT 'tg:' || CASE WHEN i % 3 <> 0 THEN 5000000000 + i * 7 ELSE -1002000000000 - i END, CASE WHEN i % 2 = 1 THEN 'fr' ELSE 'en' END, 0 FROM generate_series(0, $1 - 1) AS i`,
      [CHATS],
    );
    await client.query(`INSERT INTO wizards (user_key, data, expires_at) SELECT 'tg:' || (5000000000 + i), '{}', $2 FROM generate_series(0, $1 - 1) AS i`, [WIZARDS, Date.now() + 86_400_000]);
    // As autovacuum would after such a load: without statistics the planner scans whole tables.
    await client.query("ANALYZE chat_settings, wizards");
  } finally {
    await client.end();
  }
}

async function measure(url: string, seed: () => Promise<void>): Promise<Array<[string, string]>> {
  const opened: Stores[] = [];
  const open = async () => {
    const s = await openStores(url);
    opened.push(s);
    return s;
  };
  try {
    const writer = await open(); // runs the migrations
    await seed();
    const reader = await open();
    // PostgreSQL: wait for the listening connection, so the check below is the usual one.
    for (let i = 0; i < 100 && reader.records.changeToken() === undefined; i++) await new Promise((r) => setTimeout(r, 20));

    const before = heapMb();
    const t0 = performance.now();
    const replica = await ChatReplica.open(reader.records);
    const loadMs = performance.now() - t0;
    const heap = heapMb() - before;
    if (replica.size.langs !== CHATS || replica.size.wizards !== WIZARDS) throw new Error(`loaded ${JSON.stringify(replica.size)}`);

    const checks: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const t = performance.now();
      const pending = replica.refresh();
      if (pending) await pending;
      checks.push(performance.now() - t);
    }

    const writes: number[] = [];
    const heard: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const key = chatKey(i);
      const lang = replica.lang(key) === "fr" ? "en" : "fr";
      let t = performance.now();
      await writer.records.setChatLanguage(key, lang);
      writes.push(performance.now() - t);
      // PostgreSQL: the other copy hears of it by notification (SQLite: at once).
      t = performance.now();
      while (replica.refresh() === undefined) await new Promise((r) => setImmediate(r));
      heard.push(performance.now() - t);
      t = performance.now();
      await replica.refresh();
      reads.push(performance.now() - t);
      if (replica.lang(key) !== lang) throw new Error("the replica missed a write");
    }
    return [
      [`load ${fmt(CHATS)} languages + ${fmt(WIZARDS)} wizards`, `${fmt(loadMs, 0)} ms · ${fmt(heap, 1)} MB of heap (${fmt((heap * 2 ** 20) / (CHATS + WIZARDS), 0)} bytes a chat)`],
      ["each update, nothing written since", `median ${fmt(percentile(checks, 50) * 1000, 1)} µs · p99 ${fmt(percentile(checks, 99) * 1000, 1)} µs`],
      ["another copy's write known (its commit returned → the change token moved)", ms(heard)],
      ["read after another copy set a language", ms(reads)],
      ["set a language (numbered by trigger)", ms(writes)],
    ];
  } finally {
    for (const s of opened) await Promise.all([s.records.close(), s.kv.close()]).catch(() => {});
  }
}

export async function benchChatState(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-chat-state-bench-"));
  try {
    const file = join(dir, "store.sqlite");
    report(`Chat state in memory, SQLite (${fmt(CHATS)} chats)`, await measure(`sqlite://${file}`, () => seedSqlite(file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!TEST_POSTGRES_URL) return;
  const schema = tempSchema();
  try {
    report(`Chat state in memory, PostgreSQL (${fmt(CHATS)} chats)`, await measure(schema.url, () => seedPostgres(schema.url)));
  } finally {
    await schema.drop();
  }
}
