import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { BotContext } from "../../../src/bots/telegram/context.ts";
import { floodGuard } from "../../../src/bots/telegram/flood.ts";
import { tg } from "../../helpers/fake-telegram.ts";

const BOT_INFO = { id: 42, is_bot: true, first_name: "ee-bot", username: "ee_test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as UserFromGetMe;

/** A real grammY bot with the flood guard, its API calls recorded instead of sent, on a clock the test moves. */
function guardedBot(opts: { max?: number; maxButtons?: number; windowMs?: number } = {}) {
  let now = 1_000_000;
  const calls: Array<{ method: string; text?: string }> = [];
  const handled: string[] = [];
  const bot = new Bot<BotContext>("1:test", { botInfo: BOT_INFO });
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, text: (payload as { text?: string }).text });
    return { ok: true, result: true } as never;
  });
  bot.use((ctx, next) => {
    ctx.lang = ctx.from?.language_code === "fr" ? "fr" : "en";
    return next();
  });
  bot.use(floodGuard({ ...opts, now: () => now }));
  bot.on("message:text", (ctx) => void handled.push(ctx.msg.text));
  bot.on("callback_query:data", (ctx) => void handled.push(`button:${ctx.callbackQuery.data}`));
  let update = 1;
  const send = (u: Record<string, unknown>) => bot.handleUpdate({ update_id: update++, ...u } as never);
  return { bot, calls, handled, send, advance: (ms: number) => (now += ms) };
}

describe("floodGuard", () => {
  it("GIVEN more messages than allowed in the window THEN the rest are dropped with one notice, then answered again after the window", async () => {
    const b = guardedBot({ max: 3, windowMs: 5_000 });
    for (let i = 1; i <= 6; i++) await b.send(tg.message(`/latest ${i}`, { from: tg.user(7) }));
    expect(b.handled).toEqual(["/latest 1", "/latest 2", "/latest 3"]);
    const notices = b.calls.filter((c) => c.method === "sendMessage");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/sending a lot of messages/);
    b.advance(5_001);
    await b.send(tg.message("/latest again", { from: tg.user(7) }));
    expect(b.handled.at(-1)).toBe("/latest again");
  });

  it("GIVEN one user flooding THEN another user is still answered", async () => {
    const b = guardedBot({ max: 2 });
    for (let i = 0; i < 5; i++) await b.send(tg.message("spam", { from: tg.user(8) }));
    await b.send(tg.message("hello", { from: tg.user(9) }));
    expect(b.handled.filter((t) => t === "spam")).toHaveLength(2);
    expect(b.handled).toContain("hello");
  });

  it("GIVEN button presses THEN they have their own, larger budget and a dropped press is still acknowledged", async () => {
    const b = guardedBot({ max: 1, maxButtons: 3 });
    await b.send(tg.message("/crs", { from: tg.user(10) }));
    for (let i = 0; i < 4; i++) await b.send(tg.callback(`crs:a:${i}`, { from: tg.user(10) }));
    expect(b.handled).toEqual(["/crs", "button:crs:a:0", "button:crs:a:1", "button:crs:a:2"]);
    expect(b.calls.filter((c) => c.method === "answerCallbackQuery")).toHaveLength(1);
  });

  it("GIVEN a French user flooding THEN the notice is in French", async () => {
    const b = guardedBot({ max: 1 });
    for (let i = 0; i < 3; i++) await b.send(tg.message("x", { from: tg.user(11, { language_code: "fr" }) }));
    expect(b.calls.find((c) => c.method === "sendMessage")!.text).toMatch(/^Vous envoyez beaucoup de messages/);
  });
});
