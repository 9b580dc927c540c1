import type { MiddlewareFn } from "grammy";
import { CHAT_WORDS } from "../../content/chat-words.ts";
import type { BotContext } from "./context.ts";

/**
 * Per-user flood protection: at most `max` messages per `windowMs` (button presses, which only
 * answer the bot's own prompts, get `maxButtons`); past that, one short notice and then silence
 * until the window has passed. Someone sending 20 commands in a second gets a few answers and
 * one notice, not 20 answers.
 */
export function floodGuard(opts: { max?: number; maxButtons?: number; windowMs?: number; now?: () => number } = {}): MiddlewareFn<BotContext> {
  const maxMessages = opts.max ?? 5;
  const maxButtons = opts.maxButtons ?? 15;
  const windowMs = opts.windowMs ?? 5_000;
  const now = opts.now ?? Date.now;
  const seen = new Map<number, { times: number[]; warned: boolean }>();
  return async (ctx, next) => {
    const user = ctx.from?.id ?? ctx.chat?.id;
    if (user === undefined || ctx.chat?.type === "channel" || ctx.myChatMember) return next();
    const max = ctx.callbackQuery ? maxButtons : maxMessages;
    const id = ctx.callbackQuery ? -Math.abs(user) - 1 : user;
    const t = now();
    const entry = seen.get(id) ?? { times: [], warned: false };
    entry.times = entry.times.filter((x) => t - x < windowMs);
    if (entry.times.length === 0) entry.warned = false;
    if (entry.times.length >= max) {
      if (!entry.warned && ctx.chat?.type === "private") {
        entry.warned = true;
        await ctx.reply(CHAT_WORDS[ctx.lang ?? "en"].flood);
      }
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      seen.set(id, entry);
      return;
    }
    entry.times.push(t);
    seen.set(id, entry);
    if (seen.size > 10_000) for (const [k, v] of seen) if (!v.times.some((x) => t - x < windowMs)) seen.delete(k);
    return next();
  };
}
