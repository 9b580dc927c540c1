import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import sqlite3 from "sqlite3";
import { openStores, type Stores } from "../src/core/store/open.ts";
import type { Subscription } from "../src/core/subscriptions.ts";
import { fmt, percentile, report } from "./harness.ts";

const SIZES = [1_000, 10_000, 100_000];
const sub = (n: number): Subscription => ({ id: `telegram:${n}`, platform: "telegram", chatId: String(n), categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });

/** Fills the subscriptions table with `size` rows in one transaction (setup, not measured). */
async function fillTable(file: string, size: number): Promise<void> {
  const db = new sqlite3.Database(file);
  db.configure("busyTimeout", 10_000);
  const exec = (sql: string, params: unknown[] = []) => new Promise<void>((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
  await exec("BEGIN");
  for (let i = 0; i < size; i++) await exec("INSERT INTO subscriptions (id, platform, data, created_seq) VALUES (?, 'telegram', ?, ?)", [`telegram:${i}`, JSON.stringify(sub(i)), i + 1]);
  await exec("COMMIT");
  await new Promise((r) => db.close(r));
}

/** The previous layout, as the baseline: one `subs:index` array rewritten under a lock on every save. */
async function oldSave(stores: Stores, s: Subscription): Promise<void> {
  await stores.kv.set(`subs:${s.id}`, s);
  const ids = (await stores.kv.get<string[]>("subs:index")) ?? [];
  if (!ids.includes(s.id)) await stores.kv.set("subs:index", [...ids, s.id]);
}

async function timed(n: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await work(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

/** Subscribing (one save) at 1k, 10k and 100k subscriptions: one record per subscription against the old whole-index rewrite, and listing them all. */
export async function benchSubscribe(): Promise<void> {
  const rows: Array<[string, string]> = [];
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), "ee-bot-subscribe-"));
    const file = join(dir, "s.sqlite");
    const stores = await openStores(`sqlite://${file}`);
    await fillTable(file, size);
    await stores.kv.set("subs:index", Array.from({ length: size }, (_, i) => `telegram:${i}`));
    const now = await timed(200, (i) => stores.records.saveSubscription(sub(10_000_000 + i)));
    const old = await timed(size >= 100_000 ? 30 : 100, (i) => oldSave(stores, sub(20_000_000 + i)));
    const t = performance.now();
    const listed = await stores.records.listSubscriptions();
    const listMs = performance.now() - t;
    rows.push([`${fmt(size)}: subscribe, one record (p50 / p95)`, `${fmt(percentile(now, 50), 2)} ms / ${fmt(percentile(now, 95), 2)} ms`]);
    rows.push([`${fmt(size)}: subscribe, old index rewrite (baseline)`, `${fmt(percentile(old, 50), 2)} ms / ${fmt(percentile(old, 95), 2)} ms (${fmt(percentile(old, 50) / percentile(now, 50), 1)}× slower)`]);
    rows.push([`${fmt(size)}: list all ${fmt(listed.length)}`, `${fmt(listMs, 1)} ms`]);
    await stores.records.close();
    await stores.kv.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report("Subscribing and listing: one record per subscription (SQLite) against the old whole-index rewrite, same run", rows);
}
