import { Composer } from "grammy";
import { itaMessages } from "../../../content/ita.ts";
import { itaReply, readItaDate } from "../../../core/ita/countdown.ts";
import { ItaReminders } from "../../../core/ita/reminders.ts";
import { isoDate } from "../../../core/ports.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/**
 * /ita DATE in a private chat: the days left of the 60 and the checklist, and reminders at 30,
 * 14, 7 and 2 days left (kept in the store; the leading copy sends them). /ita off stops them;
 * /ita alone shows the countdown again.
 */
export function itaFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { core } = deps;
  const reminders = new ItaReminders({ store: core.countdowns, clock: core.clock, logger: deps.logger, senders: {} });

  const handle = async (ctx: BotContext, arg: string) => {
    const m = itaMessages(ctx.lang);
    if (ctx.chat?.type !== "private") {
      await sendReply(ctx, { lines: [m.privateOnly], links: [{ label: m.openPrivate, url: `https://t.me/${ctx.me.username}?start=ita` }] });
      return;
    }
    const chatKey = `telegram:${ctx.chat.id}`;
    const today = isoDate(core.clock);
    const text = arg.trim();
    if (/^(off|stop|arr[eê]t)$/i.test(text)) {
      await sendReply(ctx, { lines: [(await reminders.stop(chatKey)) ? m.remindersOff : m.noneToStop] });
      return;
    }
    if (!text) {
      const current = await core.countdowns.get(chatKey);
      await sendReply(ctx, current ? itaReply(current.itaDate, today, ctx.lang, true) : { error: true, lines: [m.usage] });
      return;
    }
    const date = readItaDate(text, today, ctx.lang);
    if (!date.ok) {
      await sendReply(ctx, { error: true, lines: [date.message, m.usage] });
      return;
    }
    const reply = itaReply(date.date, today, ctx.lang, true);
    if (reply.fields) await reminders.start({ chatKey, platform: "telegram", chatId: String(ctx.chat.id), itaDate: date.date, lang: ctx.lang });
    await sendReply(ctx, reply);
  };

  c.command("ita", (ctx) => handle(ctx, String(ctx.match ?? "")));
  c.command("start", async (ctx, next) => (ctx.match === "ita" ? handle(ctx, "") : next()));
  return c;
}
