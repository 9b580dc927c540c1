import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { telegramSender } from "../../../src/bots/telegram/announce-sender.ts";
import type { Reply } from "../../../src/core/reply.ts";
import type { Subscription } from "../../../src/core/subscriptions.ts";
import { FakeTelegram } from "../../helpers/fake-telegram.ts";
import { TOKEN } from "../../helpers/telegram-app.ts";

/** The Telegram announcement sender against the fake Bot API, through grammY's real client. */

const reply: Reply = { title: "New Express Entry round #434", lines: ["Invitations: 300"] };
const chat = (id: number): Subscription => ({ id: `telegram:${id}`, platform: "telegram", chatId: String(id), categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });

let fake: FakeTelegram | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("telegramSender", () => {
  it("GIVEN a 429 while several announcements are on their way THEN every announcement waits out its retry_after, not only the refused one; each chat gets it once", async () => {
    fake = await new FakeTelegram(TOKEN).start();
    fake.latency = 20; // the others are on their way when the 429 comes back
    fake.fail("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    const sender = telegramSender(new Api(TOKEN, { apiRoot: fake.url }), { perSecond: 1_000 });
    const ids = Array.from({ length: 24 }, (_, i) => 7_100_001 + i);
    const outcomes: string[] = [];
    let next = 0;
    // Eight at a time, as the announcer keeps them.
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < ids.length) outcomes.push((await sender.send(chat(ids[next++]!), reply, "n")).status);
    }));
    expect(outcomes).toEqual(ids.map(() => "sent"));
    const calls = fake.callsOf("sendMessage");
    const refused = calls.find((c) => !c.ok)!;
    const sent = calls.filter((c) => c.ok);
    expect(sent.map((c) => Number(c.payload.chat_id)).sort()).toEqual(ids);
    // Only the seven already on their way when the 429 came went before its second was over.
    expect(sent.filter((c) => c.at < refused.at + 900).length).toBeLessThanOrEqual(7);
    expect(sent.find((c) => c.payload.chat_id === refused.payload.chat_id)!.at - refused.at).toBeGreaterThanOrEqual(950);
  });

  it("GIVEN paid broadcasts THEN announcements carry allow_paid_broadcast; otherwise they do not", async () => {
    fake = await new FakeTelegram(TOKEN).start();
    const api = new Api(TOKEN, { apiRoot: fake.url });
    expect((await telegramSender(api, { paidBroadcast: true }).send(chat(7_200_001), reply, "n")).status).toBe("sent");
    expect((await telegramSender(api).send(chat(7_200_002), reply, "n")).status).toBe("sent");
    const [paid, free] = fake.callsOf("sendMessage");
    expect(paid!.payload.allow_paid_broadcast).toBe(true);
    expect(free!.payload).not.toHaveProperty("allow_paid_broadcast");
    expect(free!.payload.parse_mode).toBe("HTML");
  });

  it("GIVEN mayStillSend says no when the message's turn comes THEN nothing is sent and the outcome is unsent", async () => {
    fake = await new FakeTelegram(TOKEN).start();
    const sender = telegramSender(new Api(TOKEN, { apiRoot: fake.url }));
    let asked = 0;
    expect(await sender.send(chat(7_300_001), reply, "n", undefined, () => (asked++, false))).toEqual({ status: "unsent" });
    expect(asked).toBe(1);
    expect(fake.callsOf("sendMessage")).toEqual([]);
    expect((await sender.send(chat(7_300_002), reply, "n", undefined, () => true)).status).toBe("sent");
  });
});
