import { afterEach, describe, expect, it } from "vitest";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, TOKEN, type TelegramHarness } from "../../helpers/telegram-app.ts";

let h: TelegramHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("Telegram: flood, rate limits, webhooks", () => {
  it("GIVEN a user sending 20 commands in a second THEN answers a few and warns once, not 20 times", async () => {
    h = await startTelegramHarness();
    const since = h.fake.calls.length;
    for (let i = 0; i < 20; i++) h.fake.push(tg.message("/latest", { from: tg.user(700) }));
    await new Promise((r) => setTimeout(r, 800));
    const sent = h.fake.calls.slice(since).filter((c) => c.method === "sendMessage" && c.payload.chat_id === 700);
    expect(sent.length).toBe(6); // 5 answers + 1 notice
    expect(sent.filter((c) => String(c.payload.text).includes("sending a lot of messages"))).toHaveLength(1);
    // Another user is not affected.
    const other = h.fake.calls.length;
    h.fake.push(tg.message("/latest", { from: tg.user(701) }));
    expect((await h.fake.nextMessage(701, other)).text).toContain("#434");
  });

  it("GIVEN Telegram answers 429 with retry_after THEN waits and retries, and the user gets the answer once", async () => {
    h = await startTelegramHarness();
    h.fake.fail("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    const since = h.fake.calls.length;
    const started = Date.now();
    h.fake.push(tg.message("/latest", { from: tg.user(710) }));
    await h.fake.waitFor((calls) => calls.slice(since).filter((c) => c.method === "sendMessage").length >= 2, 5_000);
    const attempts = h.fake.calls.slice(since).filter((c) => c.method === "sendMessage");
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(h.log.lines.some((l) => l.retry_after === 1)).toBe(true);
  });

  it("GIVEN a feature fails THEN the user gets a short apology and the bot keeps working", async () => {
    h = await startTelegramHarness();
    h.fake.fail("getChatMember", { error_code: 400, description: "Bad Request: member list is inaccessible" });
    const group = -100900;
    const since = h.fake.calls.length;
    h.fake.push(tg.message("/subscribe", { chatId: group, chatType: "supergroup", from: tg.user(720) }));
    const m = await h.fake.nextMessage(group, since);
    expect(m.text).toContain("Sorry, something went wrong on our side");
    expect(m.text).not.toMatch(/Error|stack|at /);
    const next = h.fake.calls.length;
    h.fake.push(tg.message("/latest", { from: tg.user(721) }));
    expect((await h.fake.nextMessage(721, next)).text).toContain("#434");
  });

  it("GIVEN TELEGRAM_WEBHOOK_URL THEN registers the webhook and answers updates posted to it, checking the secret", async () => {
    h = await startTelegramHarness({ TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram", TELEGRAM_WEBHOOK_PORT: "0", TELEGRAM_WEBHOOK_SECRET: "s3cret-webhook" });
    const set = h.fake.callsOf("setWebhook")[0]!.payload;
    expect(set).toMatchObject({ url: "https://bot.example.org/telegram", secret_token: "s3cret-webhook" });
    expect(h.fake.callsOf("getUpdates")).toHaveLength(0);
    const port = h.app.telegram!.webhookPort;
    const post = (secret: string, update: unknown) =>
      fetch(`http://127.0.0.1:${port}/`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: JSON.stringify(update) });
    const forged = await post("wrong", { update_id: 1, ...tg.message("/latest", { from: tg.user(730) }) });
    expect(forged.status).toBe(401);
    const since = h.fake.calls.length;
    const ok = await post("s3cret-webhook", { update_id: 2, ...tg.message("/latest", { from: tg.user(731) }) });
    expect(ok.status).toBe(200);
    expect((await h.fake.nextMessage(731, since)).text).toContain("#434");
    expect(h.log.text()).not.toContain(TOKEN);
  });
});
