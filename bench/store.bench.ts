import { performance } from "node:perf_hooks";
import pg from "pg";
import sqlite3 from "sqlite3";
import { openStores } from "../src/core/store/open.ts";
import type { Subscription } from "../src/core/subscriptions.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema } from "../test/helpers/pg-store.ts";
import { fmt, percentile, report } from "./harness.ts";

/**
 * Subscribing stays constant-time as subscriptions grow: the time of one `saveSubscription`
 * (through the port, as /subscribe does) at 1,000, 10,000 and 100,000 subscriptions on PostgreSQL
 * (when TEST_POSTGRES_URL names a server; SQLite's figures come from the `subscribe` bench). The store is filled up to each
 * level with bulk SQL (bench set-up only), then 300 saves of new chats are timed.
 */

const LEVELS = [1_000, 10_000, 100_000];
const SAMPLES = 300;

export const benchSub = (n: number): Subscription => ({ id: `telegram:${9_000_000 + n}`, platform: "telegram", chatId: String(9_000_000 + n), categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });
const dataOf = (n: number) => JSON.stringify(benchSub(n));

/** Adds subscriptions `from`..`to`-1 straight into the tables (set-up only: the timed part goes through the port). */
export async function fillSubscriptions(url: string, from: number, to: number): Promise<void> {
  if (url.startsWith("sqlite://")) {
    const db = new sqlite3.Database(url.slice("sqlite://".length));
    const run = (sql: string, params: unknown[] = []) => new Promise<void>((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
    await run("BEGIN");
    for (let n = from; n < to; n++) await run("INSERT INTO subscriptions (id, platform, data, created_seq) VALUES (?, 'telegram', ?, ?)", [benchSub(n).id, dataOf(n), n + 1]);
    await run("COMMIT");
    await new Promise<void>((resolve) => db.close(() => resolve()));
    return;
  }
  const target = new URL(url);
  const schema = target.searchParams.get("schema");
  target.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: target.toString(), ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  await client.connect();
  for (let start = from; start < to; start += 10_000) {
    const ns = Array.from({ length: Math.min(10_000, to - start) }, (_, i) => start + i);
    await client.query("INSERT INTO subscriptions (id, platform, data) SELECT i, 'telegram', d::jsonb FROM unnest($1::text[], $2::text[]) AS u(i, d)", [ns.map((n) => benchSub(n).id), ns.map(dataOf)]);
  }
  await client.end();
}

async function timeSaves(url: string): Promise<Array<[string, string]>> {
  const rows: Array<[string, string]> = [];
  const { kv, records } = await openStores(url);
  let have = 0;
  let next = 10_000_000;
  for (const level of LEVELS) {
    await fillSubscriptions(url, have, level - SAMPLES);
    have = level - SAMPLES;
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      await records.saveSubscription(benchSub(next++));
      times.push(performance.now() - t0);
    }
    have = level;
    const count = await records.countSubscriptions();
    rows.push([`save at ${fmt(count)} subscriptions`, `median ${fmt(percentile(times, 50), 3)} ms · p95 ${fmt(percentile(times, 95), 3)} ms`]);
  }
  const t0 = performance.now();
  const all = await records.listSubscriptions("telegram");
  rows.push([`list all ${fmt(all.length)}`, `${fmt(performance.now() - t0)} ms`]);
  await records.close();
  await kv.close();
  return rows;
}

/** PostgreSQL's side of `npm run bench -- subscribe` (which measures SQLite against the old whole-index layout). */
export async function benchStore(): Promise<void> {
  if (!TEST_POSTGRES_URL) {
    console.log(`\n## Subscribing on PostgreSQL\n  ${POSTGRES_SKIP_NOTE}`);
    return;
  }
  const schema = tempSchema();
  try {
    report("Subscribing on PostgreSQL: one saveSubscription as the table grows (target: constant time)", await timeSaves(schema.url));
  } finally {
    await schema.drop();
  }
}
