import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.ts";
import { startApp, type RunningApp } from "../../src/start.ts";
import { eventually } from "../helpers/eventually.ts";
import { FakeTelegram, tg } from "../helpers/fake-telegram.ts";
import { json, startFeedServer, status, type FeedServer } from "../helpers/feed-server.ts";
import { feedUpTo } from "../helpers/full-app.ts";
import { captureLogger } from "../helpers/log-capture.ts";
import { TOKEN } from "../helpers/telegram-app.ts";

/**
 * The operations endpoint over real HTTP: two copies of the app on one SQLite store, one fake
 * Telegram, the feed on 127.0.0.1, and a clock the test moves.
 */

let fake: FakeTelegram;
let feed: FeedServer;
let dir: string;
let now = Date.parse("2026-08-20T12:00:00Z");
const clock = () => new Date(now);
const copies: RunningApp[] = [];
const log = captureLogger("debug", [TOKEN]);

async function get(app: RunningApp, path: string): Promise<{ status: number; text: string; type: string | null }> {
  const res = await fetch(`http://127.0.0.1:${app.ops!.port}${path}`);
  return { status: res.status, text: await res.text(), type: res.headers.get("content-type") };
}
const health = async (app: RunningApp) => {
  const res = await get(app, "/healthz");
  return { status: res.status, body: JSON.parse(res.text) as { healthy: boolean; leader: boolean; problems: string[]; store: { reachable: boolean }; sync: { lastSuccessAt: string | null; ageSeconds: number | null; maxAgeSeconds: number } } };
};
/** The value of a sample in Prometheus text, e.g. metric('ee_bot_leader') or with labels. */
const metric = (text: string, name: string, labels = ""): number | undefined => {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.split(" ").at(-1)) : undefined;
};

beforeAll(async () => {
  fake = await new FakeTelegram(TOKEN).start();
  feed = await startFeedServer();
  feed.next(json(feedUpTo(433)));
  dir = mkdtempSync(join(tmpdir(), "ee-bot-ops-"));
  const seed = join(dir, "seed.json");
  writeFileSync(seed, feedUpTo(433));
  const env = {
    STORE_URL: `sqlite://${join(dir, "store.sqlite")}`,
    DRAWS_FEED_URL: feed.url,
    DRAWS_SEED_FILE: seed,
    DRAWS_POLL_SECONDS: "600", // cycles run when the test says
    OPS_MAX_SYNC_AGE_SECONDS: "1800",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.url,
    OPS_PORT: "0",
  };
  copies.push(await startApp(createConfig(env), { logger: log.logger, clock }));
  // The first copy's first cycle has taken the lease and read the feed.
  await eventually(async () => expect((await health(copies[0]!)).body.sync.lastSuccessAt).not.toBeNull());
  // The second copy takes Telegram updates by webhook (two copies cannot both long-poll one bot).
  copies.push(await startApp(createConfig({ ...env, TELEGRAM_WEBHOOK_URL: "https://bot.example.org/tg", TELEGRAM_WEBHOOK_PORT: "0" }), { logger: log.logger, clock }));
});

afterAll(async () => {
  for (const app of copies) await app.stop();
  await fake?.close();
  await feed?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("GET /healthz", () => {
  it("says healthy, with the store, the last successful sync and which copy leads", async () => {
    const [a, b] = [await health(copies[0]!), await health(copies[1]!)];
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ healthy: true, leader: true, store: { reachable: true }, problems: [] });
    expect(a.body.sync.lastSuccessAt).toBe(new Date(now).toISOString());
    expect(a.body.sync.ageSeconds).toBe(0);
    expect(b.status).toBe(200);
    expect(b.body.leader).toBe(false);
    // The second copy sees the sync the first one made: it is shared state.
    expect(b.body.sync.lastSuccessAt).toBe(a.body.sync.lastSuccessAt);
  });

  it("turns 503 when the feed has not been read successfully for longer than the bound, and back to 200 after a good sync", async () => {
    feed.next(status(503, "<html>maintenance</html>"));
    now += 10 * 60_000;
    await copies[0]!.poller!.cycle(); // fails: the last success stays 10 minutes old
    expect((await health(copies[0]!)).status).toBe(200);
    now += 25 * 60_000; // 35 minutes since the last success, bound 30
    const bad = await health(copies[1]!);
    expect(bad.status).toBe(503);
    expect(bad.body.healthy).toBe(false);
    expect(bad.body.sync.ageSeconds).toBe(35 * 60);
    expect(bad.body.problems.join(" ")).toContain("IRCC's feed was last read successfully 2100 s ago");
    feed.next(json(feedUpTo(433)));
    await copies[0]!.poller!.cycle();
    expect((await health(copies[1]!)).status).toBe(200);
  });

  it("answers only GET on its two paths", async () => {
    expect((await get(copies[0]!, "/nope")).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${copies[0]!.ops!.port}/healthz`, { method: "POST" })).status).toBe(405);
  });
});

describe("GET /metrics", () => {
  it("counts updates handled and replies, by platform", async () => {
    const before = metric((await get(copies[0]!, "/metrics")).text, "ee_bot_replies_total", 'platform="telegram"') ?? 0;
    fake.push(tg.message("/latest", { chatId: 501 }));
    await fake.nextMessage(501);
    await eventually(async () => expect(metric((await get(copies[0]!, "/metrics")).text, "ee_bot_updates_handled_total", 'kind="message"')).toBe(1));
    expect(metric((await get(copies[0]!, "/metrics")).text, "ee_bot_replies_total", 'platform="telegram"')! - before).toBe(1);
    expect(metric((await get(copies[1]!, "/metrics")).text, "ee_bot_updates_handled_total", 'kind="message"')).toBeUndefined();
  });

  it("shows the lease holder, this copy's role and the feed's sync age", async () => {
    const res = await get(copies[1]!, "/metrics");
    expect(res.status).toBe(200);
    expect(res.type).toContain("text/plain");
    const leader = (await get(copies[0]!, "/metrics")).text;
    const leaderId = /ee_bot_lease_holder\{[^}]*holder="([^"]+)"/.exec(leader)?.[1];
    expect(leaderId).toBeTruthy();
    expect(metric(leader, "ee_bot_lease_holder", `holder="${leaderId}"`)).toBe(1);
    expect(leader).toContain(`copy="${leaderId}"`); // the holder is the copy that reports it
    expect(metric(leader, "ee_bot_leader")).toBe(1);
    expect(metric(res.text, "ee_bot_leader")).toBe(0);
    expect(metric(res.text, "ee_bot_lease_holder")).toBeUndefined();
    now += 90_000;
    expect(metric(res.text, "ee_bot_feed_sync_age_seconds")).toBe(0);
    expect(metric((await get(copies[1]!, "/metrics")).text, "ee_bot_feed_sync_age_seconds")).toBe(90);
  });

  it("counts deliveries: a new round announced to a subscribed chat", async () => {
    fake.push(tg.message("/subscribe", { chatId: 502 }));
    await fake.nextMessage(502);
    feed.next(json(feedUpTo(434)));
    const report = await copies[0]!.poller!.cycle();
    expect(report.queued).toEqual(["434"]);
    const text = (await get(copies[0]!, "/metrics")).text;
    expect(metric(text, "ee_bot_deliveries_sent_total")).toBe(1);
    expect(metric(text, "ee_bot_deliveries_dropped_total")).toBe(0);
    expect(metric(text, "ee_bot_deliveries_pending")).toBe(0);
    expect(text).not.toContain(TOKEN);
  });
});

describe("a store that does not answer", () => {
  it("makes /healthz say 503 with store.reachable false", async () => {
    const app = copies.pop()!;
    await app.core.kv.close();
    const res = await health(app);
    expect(res.status).toBe(503);
    expect(res.body.store.reachable).toBe(false);
    expect(res.body.problems).toContain("the store does not answer");
    await app.stop().catch(() => {});
  });
});
