import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import pg from "pg";
import { join } from "node:path";
import { createConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { startApp } from "../src/start.ts";
import { FakeTelegram } from "../test/helpers/fake-telegram.ts";
import { json, startFeedServer } from "../test/helpers/feed-server.ts";
import { feedOf, snapshotRaw } from "../test/helpers/fixtures.ts";
import { TEST_POSTGRES_URL, tempSchema } from "../test/helpers/pg-store.ts";
import { BIN } from "../test/helpers/run-bin.ts";
import { fillSubscriptions } from "./store.bench.ts";
import { fmt, loadAverage, report } from "./harness.ts";

const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
/** 100,000 by default; BENCH_COPIES_SUBSCRIBERS makes it smaller on a slow or busy machine. */
const SUBSCRIBERS = Number(process.env.BENCH_COPIES_SUBSCRIBERS ?? 100_000);
/** The fake Bot API's limit (messages/s, 429 beyond): 1,000 is Telegram's paid-broadcast ceiling. */
const LIMIT = Number(process.env.BENCH_COPIES_LIMIT ?? 1_000);
/** Stop measuring after this long (BENCH_COPIES_MAX_SECONDS): a busy machine then reports a partial broadcast. */
const MAX_SECONDS = Number(process.env.BENCH_COPIES_MAX_SECONDS ?? Number.POSITIVE_INFINITY);
/** ANNOUNCE_IN_FLIGHT of the copies (BENCH_COPIES_IN_FLIGHT; default: the setting's default). */
const IN_FLIGHT = process.env.BENCH_COPIES_IN_FLIGHT;
/** The fake Bot API's answer time in ms (BENCH_COPIES_LATENCY_MS, default 0): Telegram's own is tens of ms away from most hosts. */
const LATENCY_MS = Number(process.env.BENCH_COPIES_LATENCY_MS ?? 0);
/** The Node options `npm start` runs ee-bot with (package.json's start script, e.g. its young-generation size): the copies run with them. */
const START_NODE_ARGS = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: { start: string } }).scripts.start.split(" ").filter((a) => a.startsWith("--"));
/** More Node options for the copies (BENCH_COPIES_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile them); a later option wins. */
const NODE_ARGS = [...START_NODE_ARGS, ...(process.env.BENCH_COPIES_NODE_ARGS?.split(" ").filter(Boolean) ?? [])];

/** Statements PostgreSQL committed or rolled back in the database of `url` so far (every copy's, and anyone else's there). */
async function pgTransactions(url: string): Promise<number> {
  const target = new URL(url);
  target.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    const row = (await client.query<{ n: string }>("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()")).rows[0];
    return Number(row?.n ?? Number.NaN);
  } finally {
    await client.end();
  }
}

/** Resident memory of a process in MB (Linux /proc), or NaN elsewhere. */
function rssMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * One round broadcast to 100,000 Telegram subscribers by three copies of `ee-bot start` (child
 * processes) sharing one store — PostgreSQL when TEST_POSTGRES_URL is set, else one SQLite file —
 * through a fake Bot API that answers 429 beyond its limit. Reports the rate against the limit,
 * duplicates, 429s, and the largest resident memory of a copy.
 */
export async function benchCopies(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-copies-bench-"));
  const schema = TEST_POSTGRES_URL ? tempSchema() : undefined;
  const storeUrl = schema?.url ?? `sqlite://${join(dir, "s.sqlite")}`;
  const raw = snapshotRaw();
  const upTo = (n: number) => feedOf(raw.filter((r) => Number.parseInt(r.drawNumber!, 10) <= n));
  writeFileSync(join(dir, "seed.json"), upTo(433));
  const fake = await new FakeTelegram(TOKEN).start();
  fake.rateLimit = LIMIT;
  const feed = await startFeedServer();
  feed.next(json(upTo(433)));
  const env = {
    STORE_URL: storeUrl,
    DRAWS_FEED_URL: feed.url,
    DRAWS_SEED_FILE: join(dir, "seed.json"),
    DRAWS_POLL_SECONDS: "0.5",
    ANNOUNCE_LEASE_SECONDS: "5",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.url,
    TELEGRAM_BROADCAST_RATE: String(LIMIT),
    TELEGRAM_PAID_BROADCAST: "true",
    ...(IN_FLIGHT ? { ANNOUNCE_IN_FLIGHT: IN_FLIGHT } : {}),
    TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
    TELEGRAM_WEBHOOK_PORT: "0",
    LOG_LEVEL: "warn",
  };
  const children: ChildProcess[] = [];
  try {
    // Set-up: the store knows rounds to #433 (the mark from a successful sync), then holds the subscribers.
    const setup = await startApp(createConfig(env), { logger: silentLogger });
    while ((await setup.core.records.getMark()) !== "433") await new Promise((r) => setTimeout(r, 50));
    await setup.stop();
    await fillSubscriptions(storeUrl, 0, SUBSCRIBERS);

    for (let i = 0; i < 3; i++) children.push(spawn(process.execPath, [...NODE_ARGS, BIN, "start"], { env: { PATH: process.env.PATH ?? "", ...env, DRAWS_SEED_FILE: "" }, stdio: ["ignore", "ignore", "inherit"] }));
    // The copies start and settle (each syncs, one leads, none has anything to send): their resident memory before the round.
    for (const started = Date.now(); fake.callsOf("setWebhook").length < 3 + 1; await new Promise((r) => setTimeout(r, 100)))
      if (Date.now() - started > 120_000 || children.some((c) => c.exitCode !== null)) throw new Error("the three copies did not start");
    await new Promise((r) => setTimeout(r, 3_000));
    const settledRss = Math.max(...children.map((c) => rssMb(c.pid) || 0));
    const loadBefore = loadAverage();
    const transactionsBefore = schema ? await pgTransactions(storeUrl) : Number.NaN;
    fake.latency = LATENCY_MS;
    feed.next(json(upTo(434)));
    let peakRss = 0;
    const sends = () => fake.calls.filter((c) => c.method === "sendMessage" && c.ok);
    const deadline = Date.now() + Math.min((SUBSCRIBERS / LIMIT) * 3_000 + 120_000, MAX_SECONDS * 1000);
    let sent = 0;
    for (let seen = 0; ; ) {
      for (const child of children) peakRss = Math.max(peakRss, rssMb(child.pid) || 0);
      // Counted as they come, and only the chat of each kept: 100,000 messages' text would make this process (the
      // fake Bot API's) pause for its garbage collection, and a pause there bunches up the requests it then counts.
      for (; seen < fake.calls.length; seen++) {
        const call = fake.calls[seen]!;
        if (call.method !== "sendMessage") continue;
        call.payload = { chat_id: call.payload.chat_id };
        if (call.ok) sent++;
      }
      if ((sent >= SUBSCRIBERS && sends().length >= SUBSCRIBERS) || Date.now() > deadline) break; // (a 429 is known only after the fake's latency)
      await new Promise((r) => setTimeout(r, 250));
    }
    const loadAfter = loadAverage();
    await new Promise((r) => setTimeout(r, 1_500)); // anything sent twice would show up now
    const delivered = sends();
    const chats = new Set(delivered.map((c) => String(c.payload.chat_id)));
    const seconds = delivered.length > 1 ? (delivered.at(-1)!.at - delivered[0]!.at) / 1000 : Number.NaN;
    const rate = (delivered.length - 1) / seconds;
    // The copies stop first, so that PostgreSQL has counted every one of their statements.
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("close", r)) : undefined)));
    const statements = schema ? (await pgTransactions(storeUrl)) - transactionsBefore : Number.NaN;
    const rows: Array<[string, string]> = [
      ["delivered", `${fmt(chats.size)} of ${fmt(SUBSCRIBERS)} chats, ${fmt(delivered.length)} messages in ${fmt(seconds, 1)} s${chats.size < SUBSCRIBERS ? " (stopped before the end: partial)" : ""}`],
      ["achieved rate", `${fmt(rate, 1)} messages/s = ${fmt((100 * rate) / LIMIT, 1)}% of the limit`],
      ["duplicates", String(delivered.length - chats.size)],
      ["429 answers", String(fake.rateLimited)],
      ["peak RSS of a copy", `${fmt(peakRss, 1)} MB (${fmt(settledRss, 1)} MB settled, before the round)`],
    ];
    if (schema) rows.push(["statements per message", `${fmt(statements / delivered.length, 3)} (${fmt(statements)} PostgreSQL transactions in the database from the round to the copies' exit, every copy's)`]);
    rows.push(["settings", `ANNOUNCE_IN_FLIGHT=${IN_FLIGHT ?? "default"}, fake API latency ${LATENCY_MS} ms, node ${NODE_ARGS.join(" ") || "(no options)"}`], ["load average (1/5/15 min)", `${loadBefore} before, ${loadAfter} after (${cpus().length} cores)`]);
    report(`Three copies on ${schema ? "PostgreSQL" : "one SQLite file"}: one round to ${fmt(SUBSCRIBERS)} Telegram subscribers, fake Bot API limited to ${fmt(LIMIT)}/s (targets: ≥ 90% of the limit, 0 duplicates, 0 × 429, < 200 MB per copy)`, rows);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("close", r)) : undefined)));
    await Promise.all([fake.close(), feed.close()]);
    await schema?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
