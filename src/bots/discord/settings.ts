import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { manageRefusal } from "./permissions.ts";
import { categoryName } from "../../core/draws/categories.ts";
import { inLang as t, type Lang } from "../../core/reply.ts";
import { deliveryStatusLine } from "../../core/subscription-status.ts";
import { subscriptionId, type SubscriptionStore } from "../../core/subscriptions.ts";
import { notAllowed } from "./command-work.ts";

/** /settings channel: what a channel's announcements are, and whether they get through (paused since when, and why). */
export async function settingsCommand(i: ChatInputCommandInteraction, subs: SubscriptionStore, lang: Lang): Promise<void> {
  const channel = i.inGuild() ? i.options.getChannel("channel", true) : undefined;
  // Manage Channels in the channel asked about (its overwrites applied), not where the command was typed.
  if (!channel || (await manageRefusal(i, channel.id, lang))) {
    await i.reply({ content: notAllowed(lang, "settings"), flags: MessageFlags.Ephemeral });
    return;
  }
  await i.reply({ content: await settingsText(channel.id, subs, lang), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

/** The settings of a channel's announcements, in words (the gateway and the HTTP endpoint both show this). */
export async function settingsText(channelId: string, subs: SubscriptionStore, lang: Lang): Promise<string> {
  const sub = await subs.get(subscriptionId("discord", channelId));
  if (!sub) return t(lang, `<#${channelId}> has no announcements. Use /subscribe to start.`, `<#${channelId}> n’a pas d’annonces. Utilisez /subscribe pour commencer.`);
  const what = sub.categories ? sub.categories.map((k) => categoryName(k, lang)).join(", ") : t(lang, "every round", "toutes les rondes");
  const lines = [
    t(lang, `Announcements in <#${channelId}>: ${what}`, `Annonces dans <#${channelId}> : ${what}`) +
      (sub.maxCrs !== null ? t(lang, `, only with a cutoff of ${sub.maxCrs} or less`, `, seulement avec une note minimale de ${sub.maxCrs} ou moins`) : "") +
      (sub.roleId ? t(lang, `, mentioning <@&${sub.roleId}>.`, `, en mentionnant <@&${sub.roleId}>.`) : "."),
    deliveryStatusLine(sub, lang),
  ];
  return lines.join("\n");
}
