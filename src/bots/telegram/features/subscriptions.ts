import { Composer, InlineKeyboard } from "grammy";
import { CATEGORIES, categoryName } from "../../../core/draws/categories.ts";
import { parseFilters } from "../../../core/subscription-filters.ts";
import { inLang, type Lang, type Reply } from "../../../core/reply.ts";
import { subscriptionId, type Subscription } from "../../../core/subscriptions.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/**
 * /subscribe, /unsubscribe and /settings. A person subscribes their private chat; in a group only
 * its administrators may (checked with getChatMember); in a channel where the bot is an
 * administrator, a post of /subscribe subscribes the channel. Removing the bot from a chat ends
 * its subscription.
 */

const t = inLang;

export function describeSubscription(sub: Subscription, lang: Lang): string {
  const cats = sub.categories ? sub.categories.map((k) => categoryName(k, lang)).join(", ") : t(lang, "every round", "toutes les rondes");
  const score = sub.maxCrs !== null ? t(lang, `, only when the cutoff is ${sub.maxCrs} or less`, `, seulement si la note minimale est de ${sub.maxCrs} ou moins`) : "";
  return t(lang, `Announcements: ${cats}${score}.`, `Annonces : ${cats}${score}.`);
}

function settingsKeyboard(sub: Subscription, lang: Lang): InlineKeyboard {
  const kb = new InlineKeyboard();
  CATEGORIES.filter((c) => c.current).forEach((c, i) => {
    const on = !sub.categories || sub.categories.includes(c.key);
    kb.text(`${on ? "✅" : "▫️"} ${c.key}`, `sub:cat:${c.key}`);
    if ((i + 1) % 3 === 0) kb.row();
  });
  kb.row().text(t(lang, "All categories", "Toutes les catégories"), "sub:all");
  if (sub.maxCrs !== null) kb.text(t(lang, "No score filter", "Sans filtre de note"), "sub:noscore");
  kb.row().text(t(lang, "Unsubscribe", "Se désabonner"), "sub:off");
  return kb;
}

export function subscriptionsFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { subs } = deps;

  /** Whether the sender may manage this chat's subscription; replies with the reason when not. */
  const allowed = async (ctx: BotContext): Promise<boolean> => {
    const chat = ctx.chat!;
    if (chat.type === "private" || chat.type === "channel") return true; // a channel post comes from its administrators
    if (!ctx.from) return false;
    const member = await ctx.api.getChatMember(chat.id, ctx.from.id);
    if (member.status === "creator" || member.status === "administrator") return true;
    await sendReply(ctx, { error: true, lines: [t(ctx.lang, "Only this group's administrators can change its announcements.", "Seuls les administrateurs de ce groupe peuvent gérer ses annonces.")] });
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
      title: t(ctx.lang, existing ? "Subscription updated" : "Subscribed", existing ? "Abonnement mis à jour" : "Abonné"),
      lines: [
        describeSubscription(sub, ctx.lang),
        t(ctx.lang, "Each new round will be announced here once, as soon as IRCC publishes it. /settings to change, /unsubscribe to stop.", "Chaque nouvelle ronde sera annoncée ici une fois, dès qu’IRCC la publie. /settings pour modifier, /unsubscribe pour arrêter."),
      ],
    };
    await sendReply(ctx, reply);
  };

  const unsubscribe = async (ctx: BotContext) => {
    if (!(await allowed(ctx))) return;
    const removed = await subs.remove(subscriptionId("telegram", ctx.chat!.id));
    await sendReply(ctx, { lines: [removed ? t(ctx.lang, "Unsubscribed: no more round announcements here.", "Désabonné : plus d’annonces de rondes ici.") : t(ctx.lang, "This chat was not subscribed.", "Cette conversation n’était pas abonnée.")] });
  };

  const settings = async (ctx: BotContext) => {
    if (!(await allowed(ctx))) return;
    const sub = await subs.get(subscriptionId("telegram", ctx.chat!.id));
    if (!sub) return sendReply(ctx, { lines: [t(ctx.lang, "This chat is not subscribed. /subscribe [categories] [score] to start, e.g. /subscribe cec pnp or /subscribe 480.", "Cette conversation n’est pas abonnée. /subscribe [catégories] [note] pour commencer, p. ex. /subscribe cec pnp ou /subscribe 480.")] });
    await ctx.reply(`${describeSubscription(sub, ctx.lang)}\n${t(ctx.lang, "Tap to change, or /subscribe with new options.", "Touchez pour modifier, ou /subscribe avec de nouvelles options.")}`, { reply_markup: settingsKeyboard(sub, ctx.lang) });
  };

  // grammY finds commands in channel posts too: an administrator's post of /subscribe subscribes the channel.
  c.command("subscribe", subscribe);
  c.command("unsubscribe", unsubscribe);
  c.command("settings", settings);
  c.callbackQuery(/^sub:(cat:([\w-]+)|all|noscore|off)$/, async (ctx) => {
    if (!(await allowed(ctx))) return ctx.answerCallbackQuery();
    const id = subscriptionId("telegram", ctx.chat!.id);
    const sub = await subs.get(id);
    if (!sub) return ctx.answerCallbackQuery({ text: t(ctx.lang, "Not subscribed.", "Pas abonné.") });
    const action = ctx.match[1]!;
    if (action === "off") {
      await subs.remove(id);
      await ctx.answerCallbackQuery();
      return ctx.editMessageText(t(ctx.lang, "Unsubscribed.", "Désabonné."));
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
