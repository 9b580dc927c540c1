import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_USER, tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";

let h: TelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness();
});
afterAll(async () => h.close());

/** Sends `updates` then a /help@bot marker in the same chat; returns the texts sent to the chat before the marker's answer. */
let nextUser = 810;
async function answersTo(chatId: number, chatType: "private" | "supergroup", ...texts: string[]): Promise<string[]> {
  const since = h.fake.calls.length;
  const user = chatType === "private" ? chatId : nextUser++; // a fresh sender: the flood guard allows 5 messages per 5 s
  for (const text of texts) h.fake.push(tg.message(text, { chatId, chatType, from: tg.user(user) }));
  h.fake.push(tg.message(`/help@${BOT_USER.username}`, { chatId, chatType, from: tg.user(user) }));
  const sent = () => h.fake.calls.slice(since).filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId).map((c) => String(c.payload.text));
  await h.fake.waitFor(() => sent().some((t) => t.includes("/latest")));
  return sent().filter((t) => !t.includes("/latest"));
}

describe("unknown commands on Telegram", () => {
  it("a 4,096-character /&&&…@bot in a group gets one short answer", async () => {
    const tail = `@${BOT_USER.username}`;
    const text = `/${"&".repeat(4096 - 1 - tail.length)}${tail}`;
    expect(text).toHaveLength(4096);
    const answers = await answersTo(-100_800_001, "supergroup", text);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.length).toBeLessThan(300);
    expect(answers[0]).toContain("Unknown command /&amp;&amp;");
  });

  it("commands addressed to another bot get no answer, in a group or a private chat", async () => {
    const other = `/${"&".repeat(4000)}@another_bot`;
    expect(await answersTo(-100_800_002, "supergroup", other, "/frobnicate@another_bot", "/frobnicate")).toEqual([]);
    expect(await answersTo(802, "private", other, "/latest@another_bot")).toEqual([]);
  });

  it("an unknown command in a private chat, or addressed to the bot in a group, still gets one", async () => {
    expect(await answersTo(801, "private", "/frobnicate")).toEqual([expect.stringContaining("Unknown command /frobnicate")]);
    expect(await answersTo(-100_800_003, "supergroup", `/frobnicate@${BOT_USER.username} now`)).toEqual([expect.stringContaining("Unknown command /frobnicate")]);
  });
});
