import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { Bot, webhookCallback } from "grammy";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { startApp, type RunningApp } from "../src/start.ts";
import { discordKeys } from "../test/helpers/discord-http.ts";
import { FakeDiscord, interaction, slash } from "../test/helpers/fake-discord.ts";
import { FakeTelegram, tg } from "../test/helpers/fake-telegram.ts";
import { fmt, percentile, report } from "./harness.ts";

const N = 300;
const TG_TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";

/** Discord over HTTP: signed request → HTTP answer, /latest against PING on the same endpoint (signature check and JSON only). */
async function discordHttp(): Promise<void> {
  const fake = await new FakeDiscord().start();
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-bench-"));
  const keys = discordKeys();
  const app = await startApp(
    createConfig({ STORE_URL: `sqlite://${join(dir, "s.sqlite")}`, DRAWS_FEED_URL: "http://127.0.0.1:9/none", DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_INTERACTIONS_PORT: "0", DISCORD_API_URL: `${fake.url}/api`, DISCORD_USER_RATE_MAX: "1000", LOG_LEVEL: "silent" }),
    { logger: silentLogger },
  );
  const url = `http://127.0.0.1:${app.discordHttp!.port}/interactions`;
  const measure = async (payload: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < N + 20; i++) {
      const body = JSON.stringify(payload());
      const ts = String(Math.floor(Date.now() / 1000));
      const start = performance.now();
      const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", "x-signature-ed25519": keys.sign(ts, body), "x-signature-timestamp": ts } });
      await res.arrayBuffer();
      if (i >= 20) samples.push(performance.now() - start);
    }
    return samples;
  };
  const ping = await measure(() => ({ id: "1", application_id: "900000000000000001", type: 1, token: "t", version: 1 }));
  const latest = await measure(() => interaction(2, slash("latest"), { userId: String(940000000000000000n + BigInt(Math.floor(Math.random() * 1e6))) }));
  await app.stop();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  const row = (name: string, s: number[]) => [name, `p50 ${fmt(percentile(s, 50), 2)} ms · p99 ${fmt(percentile(s, 99), 2)} ms`] as [string, string];
  report(`Discord over HTTP: signed POST /interactions → answer, ${N} sequential requests on 127.0.0.1 (Discord's deadline: 3,000 ms)`, [
    row("PING (Ed25519 check + PONG; baseline)", ping),
    row("/latest answered in the HTTP response", latest),
  ]);
}

/** Posts N updates from distinct chats, 16 in flight, spread over `ports`. */
async function postUpdates(ports: number[]): Promise<{ seconds: number; latencies: number[] }> {
  let next = 0;
  const latencies: number[] = [];
  const send = async (i: number) => {
    const body = JSON.stringify({ update_id: i + 1, ...tg.message("/latest", { from: tg.user(10_000 + i) }) });
    const start = performance.now();
    const res = await fetch(`http://127.0.0.1:${ports[i % ports.length]}/tg`, { method: "POST", body, headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "bench-secret" } });
    await res.arrayBuffer();
    latencies.push(performance.now() - start);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < N) await send(next++);
  }));
  return { seconds: (performance.now() - started) / 1000, latencies };
}

const tgRow = (name: string, r: { seconds: number; latencies: number[] }, answered: number): [string, string] =>
  [name, `${fmt(N / r.seconds)} updates/s · p50 ${fmt(percentile(r.latencies, 50), 1)} ms · p99 ${fmt(percentile(r.latencies, 99), 1)} ms · ${answered}/${N} answered`];

/** Baseline: a bare grammY bot answering a constant through grammY's own webhookCallback. */
async function bareWebhook(): Promise<[string, string]> {
  const fake = await new FakeTelegram(TG_TOKEN).start();
  const bot = new Bot(TG_TOKEN, { client: { apiRoot: fake.url }, botInfo: { id: 1, is_bot: true, first_name: "b", username: "b_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as never });
  bot.on("message", (ctx) => ctx.reply("pong"));
  const handle = webhookCallback(bot, "http", { secretToken: "bench-secret" });
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const r = await postUpdates([(server.address() as { port: number }).port]);
  const answered = fake.callsOf("sendMessage").length;
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await fake.close();
  return tgRow("bare grammY webhookCallback replying a constant (baseline)", r, answered);
}

/** ee-bot: N updates from distinct chats, spread over 1 or 2 copies on one SQLite store, 16 in flight. */
async function telegramWebhooks(copies: number): Promise<[string, string]> {
  const fake = await new FakeTelegram(TG_TOKEN).start();
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-bench-"));
  const env = {
    STORE_URL: `sqlite://${join(dir, "s.sqlite")}`, DRAWS_FEED_URL: "http://127.0.0.1:9/none", DRAWS_POLL_SECONDS: "3600", TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_API_ROOT: fake.url,
    TELEGRAM_WEBHOOK_URL: "https://bench.example.org/tg", TELEGRAM_WEBHOOK_PORT: "0", TELEGRAM_WEBHOOK_SECRET: "bench-secret", TELEGRAM_FLOOD_MAX: "1000", LOG_LEVEL: "silent",
  };
  const apps: RunningApp[] = [];
  for (let i = 0; i < copies; i++) apps.push(await startApp(createConfig(env), { logger: silentLogger }));
  const r = await postUpdates(apps.map((a) => a.telegram!.webhookPort));
  const answered = fake.callsOf("sendMessage").length;
  for (const app of apps) await app.stop();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  return tgRow(`ee-bot /latest, ${copies} cop${copies === 1 ? "y" : "ies"}`, r, answered);
}

export async function benchScale(): Promise<void> {
  await discordHttp();
  const rows = [await bareWebhook(), await telegramWebhooks(1), await telegramWebhooks(2)];
  report(`Telegram webhooks: ${N} updates (/latest, distinct chats), 16 in flight, each claimed once and its chat locked in one SQLite store`, rows);
}
