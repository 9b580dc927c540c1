import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../../src/config.ts";
import { startApp, type RunningApp } from "../../../src/start.ts";
import { eventually } from "../../helpers/eventually.ts";
import { FakeTelegram, tg } from "../../helpers/fake-telegram.ts";
import { captureLogger } from "../../helpers/log-capture.ts";
import { TOKEN } from "../../helpers/telegram-app.ts";

/**
 * Two copies of the app in webhook mode on one SQLite store, behind one fake Telegram: the load
 * balancer is the test, which posts each update to the copy it chooses, or to both.
 */

const SECRET = "webhook-secret-for-tests";
let fake: FakeTelegram;
let dir: string;
const copies: RunningApp[] = [];
const log = captureLogger("debug", [TOKEN, SECRET]);
let nextUpdate = 1;

function post(copy: number, update: Record<string, unknown>, headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET }): Promise<Response> {
  return fetch(`http://127.0.0.1:${copies[copy]!.telegram!.webhookPort}/telegram`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });
}
const update = (u: Record<string, unknown>) => ({ update_id: nextUpdate++, ...u });
const settle = () => new Promise((r) => setTimeout(r, 300));

beforeAll(async () => {
  fake = await new FakeTelegram(TOKEN).start();
  dir = mkdtempSync(join(tmpdir(), "ee-bot-webhooks-"));
  const env = {
    STORE_URL: `sqlite://${join(dir, "store.sqlite")}`,
    DRAWS_FEED_URL: "http://127.0.0.1:9/none",
    DRAWS_POLL_SECONDS: "3600",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.url,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
    TELEGRAM_WEBHOOK_PORT: "0",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  };
  for (let i = 0; i < 2; i++) copies.push(await startApp(createConfig(env), { logger: log.logger, clock: () => new Date("2026-08-20T12:00:00Z") }));
});

afterAll(async () => {
  for (const app of copies) await app.stop();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Telegram webhooks with two copies behind one URL", () => {
  it("both copies register the same webhook, and neither long-polls", () => {
    const sets = fake.callsOf("setWebhook");
    expect(sets).toHaveLength(2);
    for (const s of sets) expect(s.payload).toMatchObject({ url: "https://bot.example.org/telegram", secret_token: SECRET });
    expect(fake.callsOf("getUpdates")).toHaveLength(0);
  });

  it("the same update posted to both copies at once is answered once", async () => {
    const u = update(tg.message("/latest", { from: tg.user(801) }));
    const [a, b] = await Promise.all([post(0, u), post(1, u)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await settle();
    expect(fake.sentTo(801)).toHaveLength(1);
    expect(String(fake.sentTo(801)[0]!.text)).toContain("#434");
  });

  it("Telegram's later retry of an answered update, to the other copy, is acknowledged and dropped", async () => {
    const u = update(tg.message("/draw 262", { from: tg.user(802) }));
    expect((await post(0, u)).status).toBe(200);
    expect(fake.sentTo(802)).toHaveLength(1);
    expect((await post(1, u)).status).toBe(200);
    expect((await post(0, u)).status).toBe(200);
    await settle();
    expect(fake.sentTo(802)).toHaveLength(1);
  });

  it("distinct updates spread over both copies are each answered, none lost", async () => {
    const posts = Array.from({ length: 12 }, (_, i) => post(i % 2, update(tg.message("/latest", { from: tg.user(900 + i) }))));
    expect((await Promise.all(posts)).map((r) => r.status)).toEqual(Array(12).fill(200));
    for (let i = 0; i < 12; i++) expect(fake.sentTo(900 + i), `chat ${900 + i}`).toHaveLength(1);
  });

  it("a chat's state lives in the store: /lang on one copy, the next answer from the other is in French", async () => {
    await post(0, update(tg.message("/lang fr", { from: tg.user(803) })));
    await post(1, update(tg.message("/latest", { from: tg.user(803) })));
    const sent = fake.sentTo(803);
    expect(sent).toHaveLength(2);
    expect(String(sent[1]!.text)).toContain("Dernière ronde");
  });

  it("a CRS wizard opened on one copy continues on the other", async () => {
    await post(0, update(tg.message("/crs", { from: tg.user(804) })));
    const prompts = fake.sentTo(804);
    expect(prompts).toHaveLength(1);
    await post(1, update(tg.message("29", { from: tg.user(804) })));
    const next = fake.sentTo(804)[1]!;
    // The second step of the wizard (a new prompt with its buttons), not an answer to the words "29".
    expect(JSON.stringify(next.reply_markup)).toContain("crs:");
    expect(next.text).not.toBe(prompts[0]!.text);
  });

  it("replies stay in order per chat: a slow answer on one copy holds back the next update of that chat on the other", async () => {
    const chat = 805;
    const slow = post(0, update(tg.message("/trend all", { from: tg.user(chat) })));
    await new Promise((r) => setTimeout(r, 15));
    const fast = post(1, update(tg.message("/latest", { from: tg.user(chat) })));
    // Another chat is not held back meanwhile.
    const other = post(1, update(tg.message("/latest", { from: tg.user(806) })));
    await other;
    expect(fake.sentTo(806)).toHaveLength(1);
    await Promise.all([slow, fast]);
    const methods = fake.calls.filter((c) => c.ok && Number(c.payload.chat_id) === chat && (c.method === "sendPhoto" || c.method === "sendMessage")).map((c) => c.method);
    expect(methods[0]).toBe("sendPhoto");
    expect(methods.at(-1)).toBe("sendMessage");
  }, 30_000);

  it("refuses requests without Telegram's secret token, and junk, without answering anyone", async () => {
    const since = fake.calls.length;
    const u = update(tg.message("/latest", { from: tg.user(807) }));
    expect((await post(0, u, {})).status).toBe(401);
    expect((await post(1, u, { "x-telegram-bot-api-secret-token": "guess" })).status).toBe(401);
    const junk = await fetch(`http://127.0.0.1:${copies[0]!.telegram!.webhookPort}/telegram`, { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: "{oops" });
    expect(junk.status).toBe(400);
    expect((await post(0, { message: {} })).status).toBe(400); // no update_id
    await settle();
    expect(fake.calls.slice(since).filter((c) => c.method === "sendMessage")).toHaveLength(0);
    // The refused update was not claimed: when Telegram sends it properly, it is answered.
    expect((await post(1, u)).status).toBe(200);
    await eventually(() => expect(fake.sentTo(807)).toHaveLength(1));
    expect(log.text()).not.toContain(SECRET);
  });
});
