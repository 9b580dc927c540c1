import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DrawStore } from "../src/core/draws/draw-store.ts";
import type { Round } from "../src/core/draws/round.ts";
import { openStores, type Stores } from "../src/core/store/open.ts";
import { snapshotRounds } from "../test/helpers/fixtures.ts";
import { TEST_POSTGRES_URL, tempSchema } from "../test/helpers/pg-store.ts";
import { fmt, opsPerSecond, percentile, report } from "./harness.ts";

/**
 * The draw store's persistence, through its public API (so the figures compare across layouts):
 * the first fill of 435 rounds, opening (loading every round), the counter read every answer makes
 * (`refresh()` with nothing new), a reload after another copy wrote, a sync that changes nothing,
 * one edit, and the in-memory reads answers use. SQLite always; PostgreSQL when TEST_POSTGRES_URL is set.
 */

const SAMPLES = 30;

async function timed(times: number[], work: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await work();
  times.push(performance.now() - t0);
}

const ms = (times: number[]) => `median ${fmt(percentile(times, 50), 2)} ms · p95 ${fmt(percentile(times, 95), 2)} ms`;

async function measure(url: string): Promise<Array<[string, string]>> {
  const rounds = snapshotRounds();
  const opened: Stores[] = [];
  const open = async () => {
    const s = await openStores(url);
    opened.push(s);
    return s;
  };
  try {
    const a = await open();
    const b = await open();
    const writer = await DrawStore.open(a.kv, a.records);
    const fill: number[] = [];
    await timed(fill, () => writer.upsert(rounds, "2026-08-07T15:00:00.000Z"));

    const opens: number[] = [];
    for (let i = 0; i < SAMPLES; i++) await timed(opens, () => DrawStore.open(b.kv, b.records));
    const reader = await DrawStore.open(b.kv, b.records);

    const idle: number[] = [];
    for (let i = 0; i < SAMPLES * 10; i++) await timed(idle, () => reader.refresh());

    // Another copy edits one round; the reader reloads on its next refresh.
    const reloads: number[] = [];
    const edits: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const last = rounds[rounds.length - 1]!;
      const edited: Round = { ...last, size: last.size + i + 1 };
      await timed(edits, () => writer.upsert([edited], `2026-08-08T15:00:${String(i).padStart(2, "0")}.000Z`));
      await timed(reloads, async () => {
        if (!(await reader.refresh())) throw new Error("the reader did not reload");
      });
    }

    const same: number[] = [];
    const current = writer.all();
    for (let i = 0; i < SAMPLES; i++) await timed(same, () => writer.upsert(current, "2026-08-09T15:00:00.000Z"));

    const newest = opsPerSecond(() => reader.newest());
    const get = opsPerSecond(() => reader.get("91b"));
    return [
      ["first fill: upsert of 435 new rounds", `${fmt(fill[0]!, 1)} ms`],
      ["open: load every round", ms(opens)],
      ["refresh() with nothing new (every answer)", ms(idle)],
      ["one edit by another copy: upsert", ms(edits)],
      ["… then refresh() reloads", ms(reloads)],
      ["upsert of the same 435 rounds (no change)", ms(same)],
      ["newest() / get(id) in memory", `${fmt(newest)} /s · ${fmt(get)} /s`],
    ];
  } finally {
    for (const s of opened) await Promise.all([s.records.close(), s.kv.close()]).catch(() => {});
  }
}

export async function benchDrawStore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-draw-store-bench-"));
  try {
    report("Draw store on SQLite (435 rounds)", await measure(`sqlite://${join(dir, "store.sqlite")}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!TEST_POSTGRES_URL) return;
  const schema = tempSchema();
  try {
    report("Draw store on PostgreSQL (435 rounds)", await measure(schema.url));
  } finally {
    await schema.drop();
  }
}
