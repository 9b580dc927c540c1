import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { manageRefusal } from "./permissions.ts";
import { categoryName } from "../../core/draws/categories.ts";
import { inLang as t, type Lang } from "../../core/reply.ts";
import { deliveryStatusLine } from "../../core/subscription-status.ts";
import { subscriptionId, type SubscriptionStore } from "../../core/subscriptions.ts";

/** /settings channel: what a channel's announcements are, and whether they get through (paused since when, and why). */
export async function settingsCommand(i: ChatInputCommandInteraction, subs: SubscriptionStore, lang: Lang): Promise<void> {
  const channel = i.inGuild() ? i.options.getChannel("channel", true) : undefined;
  // Manage Channels in the channel asked about (its overwrites applied), not where the command was typed.
  if (!channel || (await manageRefusal(i, channel.id, lang))) {
    await i.reply({ content: t(lang, "Only members who can manage channels may see announcement settings.", "Seuls les membres qui gèrent les salons peuvent voir les réglages des annonces."), flags: MessageFlags.Ephemeral });
    return;
  }
  const sub = await subs.get(subscriptionId("discord", channel.id));
  if (!sub) {
    await i.reply({ content: t(lang, `<#${channel.id}> has no announcements. Use /subscribe to start.`, `<#${channel.id}> n’a pas d’annonces. Utilisez /subscribe pour commencer.`), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const what = sub.categories ? sub.categories.map((k) => categoryName(k, lang)).join(", ") : t(lang, "every round", "toutes les rondes");
  const lines = [
    t(lang, `Announcements in <#${channel.id}>: ${what}`, `Annonces dans <#${channel.id}> : ${what}`) +
      (sub.maxCrs !== null ? t(lang, `, only with a cutoff of ${sub.maxCrs} or less`, `, seulement avec une note minimale de ${sub.maxCrs} ou moins`) : "") +
      (sub.roleId ? t(lang, `, mentioning <@&${sub.roleId}>.`, `, en mentionnant <@&${sub.roleId}>.`) : "."),
    deliveryStatusLine(sub, lang),
  ];
  await i.reply({ content: lines.join("\n"), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}
