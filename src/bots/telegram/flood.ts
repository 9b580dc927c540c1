import type { MiddlewareFn } from "grammy";
import { CHAT_WORDS } from "../../content/chat-words.ts";
import type { BotContext } from "./context.ts";

/**
 * Whose bucket an update counts against. A message sent on behalf of a chat (an anonymous group
 * admin: `from` is @GroupAnonymousBot in every group; a user posting as their channel) counts
 * against that chat, not against the one shared `from`. Button presses have their own buckets.
 */
export function floodKey(ctx: BotContext): string | undefined {
  if (ctx.callbackQuery) return `button:${ctx.callbackQuery.from.id}`;
  const senderChat = ctx.msg?.sender_chat?.id;
  if (senderChat !== undefined) return `chat:${senderChat}`;
  if (ctx.from) return `user:${ctx.from.id}`;
  return ctx.chat ? `chat:${ctx.chat.id}` : undefined;
}

/**
 * Per-user flood protection: at most `max` messages per `windowMs` (button presses, which only
 * answer the bot's own prompts, get `maxButtons`); past that, one short notice and then silence
 * until the window has passed. Someone sending 20 commands in a second gets a few answers and
 * one notice, not 20 answers. Buckets are per sender (see floodKey).
 */
export function floodGuard(opts: { max?: number; maxButtons?: number; windowMs?: number; now?: () => number } = {}): MiddlewareFn<BotContext> {
  const maxMessages = opts.max ?? 5;
  const maxButtons = opts.maxButtons ?? 15;
  const windowMs = opts.windowMs ?? 5_000;
  const now = opts.now ?? Date.now;
  const seen = new Map<string, { times: number[]; warned: boolean }>();
  return async (ctx, next) => {
    if (ctx.channelPost || ctx.editedChannelPost || ctx.myChatMember) return next(); // posts come from the channel's admins
    const id = floodKey(ctx);
    if (id === undefined) return next();
    const max = ctx.callbackQuery ? maxButtons : maxMessages;
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
