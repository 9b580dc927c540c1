import { Composer } from "grammy";
import { CHAT_WORDS } from "../../../content/chat-words.ts";
import { GUARD_MESSAGES } from "../../../content/guard-messages.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/** A command name as typed, cut to Telegram's 32 characters so a 4,096-character "/&&&…" is echoed in one short line. */
function shortCommand(name: string): string {
  const chars = [...name];
  return chars.length > 32 ? `${chars.slice(0, 32).join("")}…` : name;
}

/**
 * Plain questions. In a private chat every text message is a question; in a group the bot speaks
 * only when addressed — a mention or a reply to one of its messages — so it never floods a group.
 */
export function questionsFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.on("message:text", async (ctx, next) => {
    const text = ctx.msg.text;
    const me = ctx.me.username;
    const isPrivate = ctx.chat.type === "private";
    if (text.startsWith("/")) {
      // "/name@bot args": answered when addressed to this bot (or unaddressed in a private chat), never for another bot.
      const [, name = "", target] = /^\/([^\s@]*)(?:@(\S*))?/.exec(text) ?? [];
      const addressed = target !== undefined ? target.toLowerCase() === me.toLowerCase() : isPrivate;
      if (addressed) await sendReply(ctx, { error: true, lines: [GUARD_MESSAGES[ctx.lang].unknownCommand(shortCommand(name))] });
      return;
    }
    const mentioned = (ctx.msg.entities ?? []).some((e) => e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.toLowerCase()}`);
    const repliedToMe = ctx.msg.reply_to_message?.from?.id === ctx.me.id;
    if (!isPrivate && !mentioned && !repliedToMe) return next();
    const question = text.replace(new RegExp(`@${me}\\b`, "gi"), " ").trim();
    if (!question) {
      await sendReply(ctx, { lines: [CHAT_WORDS[ctx.lang].yesAsk] });
      return;
    }
    const answer = await deps.core.qa.answer(question, { fallbackLang: ctx.lang });
    await sendReply(ctx, answer.reply);
  });

  return c;
}
