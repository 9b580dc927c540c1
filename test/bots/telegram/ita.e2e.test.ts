import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../../src/config.ts";
import { startApp, type RunningApp } from "../../../src/start.ts";
import { FakeTelegram, tg } from "../../helpers/fake-telegram.ts";
import { captureLogger } from "../../helpers/log-capture.ts";
import { TOKEN } from "../../helpers/telegram-app.ts";
import { testStoreUrl, type TestStoreUrl } from "../../helpers/pg-store.ts";

/** The real app, as npm start runs it, against the fake Bot API; the same SQLite store across restarts. */
let fake: FakeTelegram;
let dir: string;
let store: TestStoreUrl;
beforeAll(async () => {
  fake = await new FakeTelegram(TOKEN).start();
  dir = mkdtempSync(join(tmpdir(), "ee-bot-ita-"));
  store = testStoreUrl(dir); // SQLite in dir, or a PostgreSQL schema under TEST_STORE=postgres
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  await store.drop();
});

async function start(today: string): Promise<RunningApp> {
  const config = createConfig({
    STORE_URL: store.url,
    DRAWS_FEED_URL: "http://127.0.0.1:9/none",
    DRAWS_POLL_SECONDS: "0.2",
    ANNOUNCE_LEASE_SECONDS: "2",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.url,
  });
  const since = fake.calls.length;
  const app = await startApp(config, { logger: captureLogger("warn", [TOKEN]).logger, clock: () => new Date(`${today}T12:00:00Z`) });
  await fake.waitFor((calls) => calls.slice(since).some((c) => c.method === "getUpdates"));
  return app;
}

type Sent = { text: string };
async function say(text: string, user: number, chat = user, chatType?: "supergroup"): Promise<Sent> {
  const since = fake.calls.length;
  fake.push(tg.message(text, { from: tg.user(user), chatId: chat, ...(chatType ? { chatType } : {}) }));
  return (await fake.nextMessage(chat, since)) as Sent;
}
const messagesTo = (chat: number, since = 0) => fake.calls.slice(since).filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chat).map((c) => String(c.payload.text));

describe("/ita on Telegram", () => {
  it("counts the 60 days, lists the checklist, and a reminder scheduled before a restart is delivered after it", async () => {
    const u = 700;
    let app = await start("2026-08-20");
    let m = await say("/ita 2026-08-01", u);
    expect(m.text).toContain("41 days left to apply");
    expect(m.text).toContain("by September 30, 2026 (60 days)");
    expect(m.text).toContain("I will remind you here when 30, 14, 7, 2 days are left");
    expect(m.text).toContain("Checklist");
    expect(m.text).toContain("apply-permanent-residence/documents.html");
    m = await say("/ita", u);
    expect(m.text).toContain("41 days left to apply");
    await app.stop(); // restart before the reminder is due

    const since = fake.calls.length;
    app = await start("2026-08-31");
    await fake.waitFor((calls) => messagesTo(u, since).length > 0 || calls.length > since + 500, 10_000);
    expect(messagesTo(u, since)[0]).toContain("Reminder: 30 days left to submit your permanent residence application");
    // Later cycles do not repeat it.
    await new Promise((r) => setTimeout(r, 600));
    expect(messagesTo(u, since)).toHaveLength(1);

    m = await say("/ita off", u);
    expect(m.text).toContain("Reminders stopped");
    m = await say("/ita off", u);
    expect(m.text).toContain("No ITA countdown was running here");
    await app.stop();
  });

  it("refuses a bad or future date, and in a group points to a private chat", async () => {
    const app = await start("2026-08-20");
    expect((await say("/ita next week", 701)).text).toContain("That is not a date");
    expect((await say("/ita 2026-09-01", 701)).text).toContain("That date is in the future");
    expect((await say("/ita 2026-05-01", 701)).text).toContain("expired on June 30, 2026");
    expect((await say("/ita 2026-08-01", 702, -100999, "supergroup")).text).toContain("?start=ita");
    await app.stop();
  });
});
