import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";

/** Who may change a chat's announcements on Telegram: button presses in channels and groups, anonymous admins. */

const ANONYMOUS_BOT = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };

let h: TelegramHarness;
beforeAll(async () => void (h = await startTelegramHarness()));
afterAll(async () => h.close());

const send = (update: Record<string, unknown>, chatId: number) => h.fake.exchange(update, chatId);

/** Presses a button and resolves with the bot's answerCallbackQuery. */
async function press(data: string, chatId: number, userId: number, chatType: "group" | "supergroup" | "channel"): Promise<Record<string, unknown>> {
  const since = h.fake.calls.length;
  const update = tg.callback(data, { chatId, chatType, from: tg.user(userId) });
  h.fake.push(update);
  const id = (update.callback_query as { id: string }).id;
  return h.fake.waitFor((calls) => calls.slice(since).find((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === id)?.payload);
}

describe("the /settings buttons in a channel", () => {
  const channel = -100_700_001;

  it("a reader pressing Unsubscribe or a filter gets an 'only admins' alert and changes nothing", async () => {
    expect((await send(tg.channelPost("/subscribe cec 480", channel), channel)).text).toContain("Subscribed");
    const before = await h.app.subs.get(`telegram:${channel}`);
    h.fake.setMember(channel, 701, "member");
    for (const data of ["sub:off", "sub:cat:pnp", "sub:all", "sub:noscore"]) {
      const answer = await press(data, channel, 701, "channel");
      expect(answer.show_alert).toBe(true);
      expect(answer.text).toContain("Only this channel's administrators");
    }
    expect(await h.app.subs.get(`telegram:${channel}`)).toEqual(before);
    expect(h.fake.callsOf("editMessageText")).toHaveLength(0);
  });

  it("someone who left, or an admin who may not post, is refused too; the creator and a posting admin may", async () => {
    h.fake.setMember(channel, 702, "left");
    h.fake.setMember(channel, 703, "administrator", { can_post_messages: false, can_edit_messages: true, can_change_info: true });
    for (const user of [702, 703]) expect((await press("sub:off", channel, user, "channel")).text).toContain("Only this channel's administrators");
    expect(await h.app.subs.get(`telegram:${channel}`)).toBeDefined();

    h.fake.setMember(channel, 704, "administrator", { can_post_messages: true });
    await press("sub:noscore", channel, 704, "channel");
    expect((await h.app.subs.get(`telegram:${channel}`))!.maxCrs).toBeNull();
    h.fake.setMember(channel, 705, "creator");
    await press("sub:off", channel, 705, "channel");
    expect(await h.app.subs.get(`telegram:${channel}`)).toBeUndefined();
  });
});

describe("the /settings buttons in a group", () => {
  it("a member's press is refused with an alert; an admin's works", async () => {
    const group = -100_700_002;
    h.fake.setMember(group, 711, "administrator");
    h.fake.setMember(group, 712, "member");
    expect((await send(tg.message("/subscribe", { chatId: group, chatType: "supergroup", from: tg.user(711) }), group)).text).toContain("Subscribed");
    const answer = await press("sub:off", group, 712, "supergroup");
    expect(answer).toMatchObject({ show_alert: true });
    expect(answer.text).toContain("Only this group's administrators");
    expect(await h.app.subs.get(`telegram:${group}`)).toBeDefined();
    await press("sub:cat:cec", group, 711, "supergroup");
    expect((await h.app.subs.get(`telegram:${group}`))!.categories).not.toBeNull();
  });
});

describe("anonymous group administrators", () => {
  it("pass the admin check: their /subscribe subscribes the group, with no getChatMember for GroupAnonymousBot", async () => {
    const group = -100_700_003;
    const m = await send(tg.message("/subscribe pnp", { chatId: group, chatType: "supergroup", from: ANONYMOUS_BOT, senderChat: { id: group, type: "supergroup", title: "Immigration group" } }), group);
    expect(m.text).toContain("Subscribed");
    expect(await h.app.subs.get(`telegram:${group}`)).toMatchObject({ categories: ["pnp"] });
    expect(h.fake.callsOf("getChatMember").filter((c) => c.payload.user_id === ANONYMOUS_BOT.id)).toHaveLength(0);
  });

  it("someone posting in a group as another chat (their channel) is not an admin of the group", async () => {
    const group = -100_700_004;
    const m = await send(tg.message("/subscribe", { chatId: group, chatType: "supergroup", from: { id: 136817688, is_bot: true, first_name: "Channel" }, senderChat: { id: -100_999, type: "channel", title: "Someone's channel" } }), group);
    expect(m.text).toContain("Only this group's administrators");
    expect(await h.app.subs.get(`telegram:${group}`)).toBeUndefined();
  });

  it("do not share one flood bucket across groups: each of eight groups gets its answer", async () => {
    const groups = Array.from({ length: 8 }, (_, i) => -100_710_000 - i);
    const since = h.fake.calls.length;
    for (const group of groups) h.fake.push(tg.message("/help", { chatId: group, chatType: "supergroup", from: ANONYMOUS_BOT, senderChat: { id: group, type: "supergroup", title: "G" } }));
    await h.fake.waitFor((calls) => groups.every((g) => calls.slice(since).some((c) => c.method === "sendMessage" && c.payload.chat_id === g)), 5_000);
  });
});
