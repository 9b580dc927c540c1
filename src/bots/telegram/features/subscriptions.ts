import { Composer, InlineKeyboard } from "grammy";
import { CATEGORIES, categoryName } from "../../../core/draws/categories.ts";
import { parseFilters } from "../../../core/subscription-filters.ts";
import { CHAT_WORDS } from "../../../content/chat-words.ts";
import type { Lang, Reply } from "../../../core/reply.ts";
import { subscriptionId, type Subscription } from "../../../core/subscriptions.ts";
import { GUARD_MESSAGES } from "../../../content/guard-messages.ts";
import { canManageChat } from "../admin.ts";
import { deliveryStatusLine } from "../../../core/subscription-status.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/**
 * /subscribe, /unsubscribe and /settings. A person subscribes their private chat; in a group only
 * its administrators may (see admin.ts); in a channel where the bot is an administrator, a post of
 * /subscribe subscribes the channel. The /settings buttons are checked the same way: a channel's
 * readers and a group's members can see them but not use them. Removing the bot from a chat ends
 * its subscription.
 */

export function describeSubscription(sub: Subscription, lang: Lang): string {
  const w = CHAT_WORDS[lang];
  const cats = sub.categories ? sub.categories.map((k) => categoryName(k, lang)).join(", ") : w.everyRound;
  return w.announcements(`${cats}${sub.maxCrs !== null ? w.scoreFilter(sub.maxCrs) : ""}`);
}

function settingsKeyboard(sub: Subscription, lang: Lang): InlineKeyboard {
  const kb = new InlineKeyboard();
  CATEGORIES.filter((c) => c.current).forEach((c, i) => {
    const on = !sub.categories || sub.categories.includes(c.key);
    kb.text(`${on ? "✅" : "▫️"} ${c.key}`, `sub:cat:${c.key}`);
    if ((i + 1) % 3 === 0) kb.row();
  });
  kb.row().text(CHAT_WORDS[lang].allCategories, "sub:all");
  if (sub.maxCrs !== null) kb.text(CHAT_WORDS[lang].noScoreFilter, "sub:noscore");
  kb.row().text(CHAT_WORDS[lang].unsubscribeButton, "sub:off");
  return kb;
}

export function subscriptionsFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { subs } = deps;

  /** Whether the sender may manage this chat's subscription; tells them why when not (an alert for a button). */
  const allowed = async (ctx: BotContext): Promise<boolean> => {
    const m = GUARD_MESSAGES[ctx.lang];
    // A button press that cannot be checked is refused with an alert (an apology posted in a channel would reach every reader).
    const check = ctx.callbackQuery ? await canManageChat(ctx).catch(() => "unknown" as const) : await canManageChat(ctx);
    if (check === "allowed") return true;
    const channel = ctx.chat?.type === "channel";
    const text = check === "unknown" ? m.rightsUnknown : channel ? m.onlyChannelAdmins : ctx.callbackQuery ? m.onlyGroupAdminsButton : m.onlyGroupAdmins;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else await sendReply(ctx, { error: true, lines: [text] });
    return false;
  };

  const subscribe = async (ctx: BotContext) => {
    if (!(await allowed(ctx))) return;
    const filters = parseFilters(String(ctx.match ?? ""), ctx.lang);
    if ("error" in filters) return sendReply(ctx, { error: true, lines: [filters.error] });
    const id = subscriptionId("telegram", ctx.chat!.id);
    const existing = await subs.get(id);
    const sub: Subscription = {
      id,
      platform: "telegram",
      chatId: String(ctx.chat!.id),
      categories: filters.categories,
      maxCrs: filters.maxCrs,
      lang: ctx.lang,
      createdAt: existing?.createdAt ?? deps.core.clock().toISOString(),
      ...(ctx.from ? { createdBy: String(ctx.from.id) } : {}),
    };
    await subs.save(sub);
    const reply: Reply = {
      title: existing ? CHAT_WORDS[ctx.lang].subscriptionUpdated : CHAT_WORDS[ctx.lang].subscribed,
      lines: [
        describeSubscription(sub, ctx.lang),
        CHAT_WORDS[ctx.lang].subscribedHow,
      ],
    };
    await sendReply(ctx, reply);
  };

  const unsubscribe = async (ctx: BotContext) => {
    if (!(await allowed(ctx))) return;
    const removed = await subs.remove(subscriptionId("telegram", ctx.chat!.id));
    await sendReply(ctx, { lines: [removed ? CHAT_WORDS[ctx.lang].unsubscribed : CHAT_WORDS[ctx.lang].notSubscribed] });
  };

  const settings = async (ctx: BotContext) => {
    if (!(await allowed(ctx))) return;
    const sub = await subs.get(subscriptionId("telegram", ctx.chat!.id));
    if (!sub) return sendReply(ctx, { lines: [CHAT_WORDS[ctx.lang].settingsNone] });
    await ctx.reply(`${describeSubscription(sub, ctx.lang)}\n${deliveryStatusLine(sub, ctx.lang)}\n${CHAT_WORDS[ctx.lang].settingsHow}`, { reply_markup: settingsKeyboard(sub, ctx.lang) });
  };

  // grammY finds commands in channel posts too: an administrator's post of /subscribe subscribes the channel.
  c.command("subscribe", subscribe);
  c.command("unsubscribe", unsubscribe);
  c.command("settings", settings);
  c.callbackQuery(/^sub:(cat:([\w-]+)|all|noscore|off)$/, async (ctx) => {
    if (!(await allowed(ctx))) return;
    const id = subscriptionId("telegram", ctx.chat!.id);
    const sub = await subs.get(id);
    if (!sub) return ctx.answerCallbackQuery({ text: CHAT_WORDS[ctx.lang].notSubscribedShort });
    const action = ctx.match[1]!;
    if (action === "off") {
      await subs.remove(id);
      await ctx.answerCallbackQuery();
      return ctx.editMessageText(CHAT_WORDS[ctx.lang].unsubscribedShort);
    }
    let next: Subscription = sub;
    if (action === "all") next = { ...sub, categories: null };
    else if (action === "noscore") next = { ...sub, maxCrs: null };
    else {
      const key = ctx.match[2]!;
      const current = sub.categories ?? CATEGORIES.filter((c) => c.current).map((c) => c.key);
      const toggled = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
      next = { ...sub, categories: toggled.length ? toggled : null };
    }
    await subs.save(next);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(describeSubscription(next, ctx.lang), { reply_markup: settingsKeyboard(next, ctx.lang) });
  });

  // The bot was removed from a chat (or blocked in a private chat): its subscription ends.
  c.on("my_chat_member", async (ctx, next) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "left" || status === "kicked") {
      const removed = await subs.remove(subscriptionId("telegram", ctx.chat.id));
      if (removed) deps.logger.info({ chat: ctx.chat.id, status }, "bot removed from a chat; its subscription ended");
    }
    return next();
  });

  // A group that became a supergroup has a new id: follow it.
  c.on("message:migrate_to_chat_id", async (ctx) => {
    const from = subscriptionId("telegram", ctx.chat.id);
    const sub = await subs.get(from);
    if (!sub) return;
    const to = ctx.msg.migrate_to_chat_id;
    await subs.move(from, { ...sub, id: subscriptionId("telegram", to), chatId: String(to) });
  });

  return c;
}
