import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from "discord.js";
import { TOPICS } from "../../content/topics.ts";
import type { Core } from "../../core/app.ts";
import { HELP_WORDS } from "../../content/commands.ts";
import { findCommand } from "../../core/commands/catalogue.ts";
import { crsReply } from "../../core/commands/crs.ts";
import { runCommand } from "../../core/commands/text-router.ts";
import { loadProfile, saveProfile } from "../../core/crs/saved-profile.ts";
import { CATEGORIES, categoryName } from "../../core/draws/categories.ts";
import { parseFilters } from "../../core/subscription-filters.ts";
import { isoDate, type Logger } from "../../core/ports.ts";
import { normalise } from "../../core/qa/text.ts";
import { inLang, type Lang, type Reply } from "../../core/reply.ts";
import { subscriptionId, type Subscription, type SubscriptionStore } from "../../core/subscriptions.ts";
import { profileFromOptions, type OptionValues } from "./crs-options.ts";
import { renderEmbed } from "./render.ts";

/**
 * Interaction routing: each slash command builds its options into the core's input and renders the
 * neutral Reply as an embed. Errors are ephemeral and specific; a slow answer is deferred first.
 */

export interface DiscordDeps {
  core: Core;
  subs: SubscriptionStore;
  logger: Logger;
  /** How long an answer may take before the interaction is deferred (0 = always defer). */
  deferAfterMs?: number;
}

const owner = (userId: string) => ({ platform: "discord" as const, id: userId });
const langOf = (i: { locale: string }): Lang => (i.locale.startsWith("fr") ? "fr" : "en");
const t = inLang;

function payload(reply: Reply, extra: Partial<InteractionReplyOptions> = {}): InteractionReplyOptions {
  const embed = renderEmbed(reply);
  // A chart goes as an attachment, shown inside the embed.
  const files = reply.image ? [new AttachmentBuilder(reply.image.png, { name: reply.image.filename, description: reply.image.alt.slice(0, 1024) })] : [];
  if (reply.image) embed.image = { url: `attachment://${reply.image.filename}` };
  return { embeds: [embed], ...(files.length ? { files } : {}), allowedMentions: { parse: [] }, ...(reply.error ? { flags: MessageFlags.Ephemeral } : {}), ...extra };
}

/** Answers with `work`'s reply; defers first when it takes longer than `deferAfterMs`. */
async function respond(i: ChatInputCommandInteraction | ButtonInteraction, deps: DiscordDeps, work: () => Promise<Reply> | Reply, extra: Partial<InteractionReplyOptions> = {}): Promise<void> {
  const ephemeral = extra.flags === MessageFlags.Ephemeral;
  const wait = deps.deferAfterMs ?? 1_500;
  const pending = Promise.resolve().then(work);
  // 0 means: always defer first.
  const first = wait <= 0 ? "slow" : await Promise.race([pending, new Promise<"slow">((r) => setTimeout(() => r("slow"), wait).unref())]);
  if (first !== "slow") return void (await i.reply(payload(first, extra)));
  await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await pending;
  const { flags: _flags, ...rest } = payload(reply, extra);
  if (reply.error && !ephemeral) {
    await i.deleteReply().catch(() => {});
    await i.followUp({ ...rest, flags: MessageFlags.Ephemeral });
    return;
  }
  await i.editReply(rest as Parameters<typeof i.editReply>[0]);
}

function options(i: ChatInputCommandInteraction): OptionValues {
  const out: OptionValues = {};
  for (const o of i.options.data) out[o.name] = o.value as string | number | boolean | undefined;
  return out;
}

async function onCommand(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const lang = langOf(i);
  const o = options(i);
  const command = findCommand(i.commandName, "discord");
  if (!command) return respond(i, deps, () => ({ error: true, lines: [HELP_WORDS[lang].unknownCommand(i.commandName.slice(0, 32))] }));
  // Platform-specific: the /crs form with its Share button, subscriptions with their permission checks.
  if (command.name === "crs") return crs(i, deps, o, lang);
  if (command.name === "subscribe") return subscribe(i, deps, o, lang);
  if (command.name === "unsubscribe") return unsubscribe(i, deps, lang);
  const ctx = { lang, surface: "discord" as const, user: { platform: "discord" as const, id: i.user.id } };
  return respond(i, deps, () => runCommand(command, o, deps.core, ctx), command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

async function crs(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  const check = profileFromOptions(o, lang);
  if (!check.ok) {
    const lines = [t(lang, "Some options need fixing:", "Certaines options sont à corriger :"), ...check.errors.map((e) => `• ${e.field}: ${e.message}`)];
    return respond(i, deps, () => ({ error: true, lines }));
  }
  await saveProfile(deps.core.profiles, owner(i.user.id), check.profile);
  const share = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId("crs:share").setLabel(t(lang, "Share in this channel", "Partager dans ce salon")).setStyle(ButtonStyle.Secondary));
  return respond(i, deps, () => crsReply(check.profile, { lang, rounds: deps.core.store.all(), asOf: isoDate(deps.core.clock) }), { flags: MessageFlags.Ephemeral, components: [share] });
}

async function subscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageChannels))
    return respond(i, deps, () => ({ error: true, lines: [t(lang, "Only members who can manage channels may set up announcements.", "Seuls les membres qui gèrent les salons peuvent configurer les annonces.")] }));
  const channel = i.options.getChannel("channel", true);
  const filters = parseFilters(typeof o.categories === "string" ? o.categories : "", lang);
  if ("error" in filters) return respond(i, deps, () => ({ error: true, lines: [filters.error] }));
  const role = i.options.getRole("role");
  const maxCrs = typeof o.max_crs === "number" ? o.max_crs : filters.maxCrs;
  const id = subscriptionId("discord", channel.id);
  const existing = await deps.subs.get(id);
  const sub: Subscription = {
    id,
    platform: "discord",
    chatId: channel.id,
    guildId: i.guildId,
    ...(role ? { roleId: role.id } : {}),
    categories: filters.categories,
    maxCrs,
    lang,
    createdAt: existing?.createdAt ?? deps.core.clock().toISOString(),
    createdBy: i.user.id,
  };
  await deps.subs.save(sub);
  const what = sub.categories ? sub.categories.map((k) => categoryName(k, lang)).join(", ") : t(lang, "every round", "toutes les rondes");
  const lines = [
    t(lang, `New rounds will be announced in <#${channel.id}>: ${what}`, `Les nouvelles rondes seront annoncées dans <#${channel.id}> : ${what}`) +
      (maxCrs !== null ? t(lang, `, only with a cutoff of ${maxCrs} or less`, `, seulement avec une note minimale de ${maxCrs} ou moins`) : "") +
      (role ? t(lang, `, mentioning <@&${role.id}>.`, `, en mentionnant <@&${role.id}>.`) : "."),
  ];
  await i.reply({ content: lines.join("\n"), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function unsubscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, lang: Lang): Promise<void> {
  if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageChannels))
    return respond(i, deps, () => ({ error: true, lines: [t(lang, "Only members who can manage channels may change announcements.", "Seuls les membres qui gèrent les salons peuvent modifier les annonces.")] }));
  const channel = i.options.getChannel("channel", true);
  const removed = await deps.subs.remove(subscriptionId("discord", channel.id));
  await i.reply({
    content: removed ? t(lang, `No more announcements in <#${channel.id}>.`, `Plus d’annonces dans <#${channel.id}>.`) : t(lang, `<#${channel.id}> had no announcements.`, `<#${channel.id}> n’avait pas d’annonces.`),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

async function onButton(i: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const lang = langOf(i);
  if (i.customId === "crs:share") {
    const profile = await loadProfile(deps.core.profiles, owner(i.user.id));
    if (!profile) return respond(i, deps, () => ({ error: true, lines: [t(lang, "Run /crs first.", "Lancez d’abord /scg.")] }));
    return respond(i, deps, () => crsReply(profile, { lang, rounds: deps.core.store.all(), asOf: isoDate(deps.core.clock), whatIfLimit: 3 }));
  }
  return respond(i, deps, () => ({ error: true, lines: [t(lang, "This button has expired.", "Ce bouton a expiré.")] }));
}

async function onAutocomplete(i: AutocompleteInteraction, deps: DiscordDeps): Promise<void> {
  const lang = langOf(i);
  const focused = i.options.getFocused(true);
  const typed = normalise(String(focused.value));
  let choices: Array<{ name: string; value: string }> = [];
  if (focused.name === "category" || focused.name === "categories") {
    const known = new Set(deps.core.store.all().map((r) => r.category.key));
    const keys = [...new Set([...CATEGORIES.map((c) => c.key), ...known])];
    const parts = String(focused.value).split(",");
    const last = normalise(parts.pop() ?? "");
    const prefix = parts.map((p) => p.trim()).filter(Boolean);
    choices = keys
      .filter((k) => !last || k.includes(last.replace(/ /g, "-")) || normalise(categoryName(k, lang)).includes(last))
      .map((k) => {
        const value = [...prefix, k].join(", ");
        return { name: `${categoryName(k, lang)} (${focused.name === "categories" ? value : k})`.slice(0, 100), value: value.slice(0, 100) };
      });
  } else if (focused.name === "name") {
    choices = TOPICS.filter((tp) => !typed || tp.id.includes(typed.replace(/ /g, "-")) || normalise(tp.title[lang]).includes(typed) || tp.keywords[lang].some((k) => normalise(k).startsWith(typed))).map((tp) => ({ name: tp.title[lang].slice(0, 100), value: tp.id }));
  }
  await i.respond(choices.slice(0, 25));
}

export async function handleInteraction(i: Interaction, deps: DiscordDeps): Promise<void> {
  try {
    if (i.isAutocomplete()) return await onAutocomplete(i, deps);
    if (i.isChatInputCommand()) return await onCommand(i, deps);
    if (i.isButton()) return await onButton(i, deps);
  } catch (error) {
    deps.logger.error({ message: (error as Error).message, interaction: i.id }, "an interaction failed");
    if (i.isRepliable()) {
      const apology = { content: t(langOf(i), "Sorry, something went wrong on our side. Please try again in a moment.", "Désolé, un problème est survenu de notre côté. Réessayez dans un instant."), flags: MessageFlags.Ephemeral } as const;
      await (i.replied || i.deferred ? i.followUp(apology) : i.reply(apology)).catch(() => {});
    }
  }
}
