import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../helpers/eventually.ts";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";

let h: TelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness();
});
afterAll(async () => h.close());

async function send(update: Record<string, unknown>, chatId: number): Promise<Record<string, unknown> & { text: string }> {
  const since = h.fake.calls.length;
  h.fake.push(update);
  return (await h.fake.nextMessage(chatId, since)) as Record<string, unknown> & { text: string };
}

describe("subscriptions on Telegram", () => {
  it("a person subscribes their private chat, with categories and a score filter", async () => {
    const m = await send(tg.message("/subscribe cec french 480", { from: tg.user(600) }), 600);
    expect(m.text).toContain("Subscribed");
    expect(m.text).toContain("Canadian Experience Class, French-language proficiency, only when the cutoff is 480 or less");
    expect(await h.app.subs.get("telegram:600")).toMatchObject({ platform: "telegram", chatId: "600", categories: ["cec", "french"], maxCrs: 480, lang: "en" });
  });

  it("bad options are refused with the list of categories", async () => {
    const m = await send(tg.message("/subscribe cec astronauts", { from: tg.user(601) }), 601);
    expect(m.text).toContain("“astronauts” is not a category");
    expect(await h.app.subs.get("telegram:601")).toBeUndefined();
  });

  it("/settings shows the subscription with buttons that change it", async () => {
    const m = (await send(tg.message("/settings", { from: tg.user(600) }), 600)) as { text: string; reply_markup: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> } };
    expect(m.text).toContain("only when the cutoff is 480 or less");
    const buttons = m.reply_markup.inline_keyboard.flat();
    expect(buttons.find((b) => b.callback_data === "sub:cat:cec")!.text).toMatch(/^✅/);
    const since = h.fake.calls.length;
    h.fake.push(tg.callback("sub:noscore", { from: tg.user(600) }));
    await h.fake.waitFor((calls) => calls.slice(since).find((c) => c.method === "editMessageText"));
    expect((await h.app.subs.get("telegram:600"))!.maxCrs).toBeNull();
    h.fake.push(tg.callback("sub:cat:pnp", { from: tg.user(600) }));
    await eventually(async () => expect((await h.app.subs.get("telegram:600"))!.categories).toEqual(["cec", "french", "pnp"]));
  });

  it("in a group, a non-admin's /subscribe is refused; an admin's works", async () => {
    const group = -100400;
    h.fake.setMember(group, 610, "member");
    h.fake.setMember(group, 611, "administrator");
    const refused = await send(tg.message("/subscribe", { chatId: group, chatType: "supergroup", from: tg.user(610) }), group);
    expect(refused.text).toContain("Only this group's administrators");
    expect(await h.app.subs.get(`telegram:${group}`)).toBeUndefined();
    const ok = await send(tg.message("/subscribe", { chatId: group, chatType: "supergroup", from: tg.user(611) }), group);
    expect(ok.text).toContain("Subscribed");
    expect(h.fake.callsOf("getChatMember").map((c) => c.payload.user_id)).toEqual([610, 611]);
    const notAllowed = await send(tg.message("/unsubscribe", { chatId: group, chatType: "supergroup", from: tg.user(610) }), group);
    expect(notAllowed.text).toContain("Only this group's administrators");
    expect(await h.app.subs.get(`telegram:${group}`)).toBeDefined();
  });

  it("a post of /subscribe in a channel where the bot is admin subscribes the channel", async () => {
    const channel = -100500;
    const since = h.fake.calls.length;
    const m = await send(tg.channelPost("/subscribe pnp", channel), channel);
    expect(m.text).toContain("Subscribed");
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.calls.slice(since).filter((c) => c.method === "sendMessage" && c.payload.chat_id === channel)).toHaveLength(1);
    expect(await h.app.subs.get(`telegram:${channel}`)).toMatchObject({ categories: ["pnp"] });
  });

  it("when the bot is removed from a chat, its subscription ends", async () => {
    const channel = -100500;
    expect(await h.app.subs.get(`telegram:${channel}`)).toBeDefined();
    h.fake.push(tg.myChatMember(channel, "left", "channel"));
    await eventually(async () => expect(await h.app.subs.get(`telegram:${channel}`)).toBeUndefined());
    expect(await h.app.subs.get("telegram:600")).toBeDefined();
    h.fake.push(tg.myChatMember(600, "kicked", "private"));
    await eventually(async () => expect(await h.app.subs.get("telegram:600")).toBeUndefined());
  });

  it("/unsubscribe stops announcements", async () => {
    await send(tg.message("/subscribe", { from: tg.user(620) }), 620);
    const m = await send(tg.message("/unsubscribe", { from: tg.user(620) }), 620);
    expect(m.text).toContain("Unsubscribed");
    expect(await h.app.subs.get("telegram:620")).toBeUndefined();
  });
});
