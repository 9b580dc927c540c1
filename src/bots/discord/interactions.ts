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
import { crsReply } from "../../core/commands/crs.ts";
import { drawCommand, latestCommand, listCommand, statsCommand } from "../../core/commands/draws.ts";
import { poolChartCommand, trendCommand } from "../../core/commands/charts.ts";
import { calculate } from "../../core/crs/calculate.ts";
import { programCommand } from "../../core/commands/program.ts";
import type { CrsProfile } from "../../core/crs/profile.ts";
import { CATEGORIES, categoryName, resolveCategory } from "../../core/draws/categories.ts";
import { isoDate, type Logger } from "../../core/ports.ts";
import { normalise } from "../../core/qa/text.ts";
import { inLang, type Lang, type Reply } from "../../core/reply.ts";
import { subscriptionId, type Subscription, type SubscriptionStore } from "../../core/subscriptions.ts";
import { profileFromOptions, type OptionValues } from "./crs-options.ts";
import { renderEmbed } from "./render.ts";
import type { UserRateLimit } from "./rate-limit.ts";
import { GUARD_MESSAGES } from "../../content/guard-messages.ts";

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
  /** Per-user limit on interactions (none when absent). */
  rateLimit?: UserRateLimit;
}

const profileKey = (userId: string) => `dc:profile:${userId}`;
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
  const { core } = deps;
  const o = options(i);
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const num = (k: string) => (typeof o[k] === "number" ? (o[k] as number) : undefined);
  // Data answers depend only on their options, the language and the store: cached until it changes.
  const cached = (build: () => Reply | Promise<Reply>) => () => core.replies.get(`discord|${i.commandName}|${lang}|${JSON.stringify(o)}`, build);
  switch (i.commandName) {
    case "latest": return respond(i, deps, cached(() => latestCommand(core, { ...(str("category") ? { category: str("category")! } : {}), lang })));
    case "draws": return respond(i, deps, cached(() => listCommand(core, { ...(str("category") ? { category: str("category")! } : {}), limit: num("count") ?? 10, lang })));
    case "draw": return respond(i, deps, () => drawCommand(core, { id: str("number") ?? "", lang }));
    case "stats": return respond(i, deps, cached(() => statsCommand(core, { ...(num("year") ? { year: num("year")! } : {}), lang })));
    case "pool": {
      // The user's score: given, or from their last /crs.
      const profile = num("score") === undefined ? await core.kv.get<CrsProfile>(profileKey(i.user.id)) : undefined;
      const score = num("score") ?? (profile ? calculate(profile).total : undefined);
      return respond(i, deps, () => poolChartCommand(core, { ...(score !== undefined ? { score } : {}), owner: `discord:${i.user.id}`, lang }));
    }
    case "trend": return respond(i, deps, () => trendCommand(core, { ...(str("category") ? { category: str("category")! } : {}), ...(str("period") ? { period: str("period")! } : {}), owner: `discord:${i.user.id}`, lang }));
    case "program": return respond(i, deps, cached(() => programCommand(core.qa, { name: str("name") ?? "", lang })));
    case "ask": return respond(i, deps, async () => (await core.qa.answer(str("question") ?? "", { fallbackLang: lang })).reply);
    case "help": return respond(i, deps, () => ({ title: "ee-bot", lines: [helpText(lang)] }), { flags: MessageFlags.Ephemeral });
    case "crs": return crs(i, deps, o, lang);
    case "subscribe": return subscribe(i, deps, o, lang);
    case "unsubscribe": return unsubscribe(i, deps, lang);
    default:
      return respond(i, deps, () => ({ error: true, lines: [t(lang, "Unknown command.", "Commande inconnue.")] }));
  }
}

async function crs(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  const check = profileFromOptions(o, lang);
  if (!check.ok) {
    const lines = [t(lang, "Some options need fixing:", "Certaines options sont à corriger :"), ...check.errors.map((e) => `• ${e.field}: ${e.message}`)];
    return respond(i, deps, () => ({ error: true, lines }));
  }
  await deps.core.kv.set(profileKey(i.user.id), check.profile);
  const share = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId("crs:share").setLabel(t(lang, "Share in this channel", "Partager dans ce salon")).setStyle(ButtonStyle.Secondary));
  return respond(i, deps, () => crsReply(check.profile, { lang, rounds: deps.core.store.all(), asOf: isoDate(deps.core.clock) }), { flags: MessageFlags.Ephemeral, components: [share] });
}

async function subscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageChannels))
    return respond(i, deps, () => ({ error: true, lines: [t(lang, "Only members who can manage channels may set up announcements.", "Seuls les membres qui gèrent les salons peuvent configurer les annonces.")] }));
  const channel = i.options.getChannel("channel", true);
  const categories: string[] = [];
  for (const word of (typeof o.categories === "string" ? o.categories : "").split(/[,\s]+/).filter(Boolean)) {
    if (/^(all|toutes?)$/i.test(word)) continue;
    const key = resolveCategory(word);
    if (!key) return respond(i, deps, () => ({ error: true, lines: [t(lang, `“${word.slice(0, 40)}” is not a category. Use: ${CATEGORIES.map((c) => c.key).join(", ")}.`, `« ${word.slice(0, 40)} » n’est pas une catégorie. Utilisez : ${CATEGORIES.map((c) => c.key).join(", ")}.`)] }));
    if (!categories.includes(key)) categories.push(key);
  }
  const role = i.options.getRole("role");
  const maxCrs = typeof o.max_crs === "number" ? o.max_crs : null;
  const id = subscriptionId("discord", channel.id);
  const existing = await deps.subs.get(id);
  const sub: Subscription = {
    id,
    platform: "discord",
    chatId: channel.id,
    guildId: i.guildId,
    ...(role ? { roleId: role.id } : {}),
    categories: categories.length ? categories : null,
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
    const profile = await deps.core.kv.get<CrsProfile>(profileKey(i.user.id));
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

export function helpText(lang: Lang): string {
  return lang === "fr"
    ? "ee-bot répond aux questions sur Entrée express à partir des données officielles d’IRCC.\n/derniere, /rondes, /ronde, /stats, /bassin, /tendance, /scg (visible par vous seul), /programme, /question, /abonner et /desabonner (gestion des salons)."
    : "ee-bot answers Express Entry questions from IRCC's official data.\n/latest, /draws, /draw, /stats, /pool, /trend, /crs (only you see it), /program, /ask, /subscribe and /unsubscribe (Manage Channels).";
}

/** Past a user's rate limit: an ephemeral "slow down" (or no suggestions), nothing run. Returns true when limited. */
async function limited(i: Interaction, deps: DiscordDeps): Promise<boolean> {
  if (!deps.rateLimit || i.isAutocomplete()) return false;
  const waitMs = deps.rateLimit.take(i.user.id);
  if (!waitMs) return false;
  if (i.isRepliable()) await i.reply({ content: GUARD_MESSAGES[langOf(i)].slowDown(Math.ceil(waitMs / 1000)), flags: MessageFlags.Ephemeral }).catch(() => {});
  return true;
}

export async function handleInteraction(i: Interaction, deps: DiscordDeps): Promise<void> {
  try {
    if (await limited(i, deps)) return;
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
