import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from "discord.js";
import { TOPICS } from "../../content/topics.ts";
import type { Core } from "../../core/app.ts";
import { CHAT_WORDS } from "../../content/chat-words.ts";
import { HELP_WORDS } from "../../content/commands.ts";
import { findCommand } from "../../core/commands/catalogue.ts";
import { crsReply } from "../../core/commands/crs.ts";
import { runCommand } from "../../core/commands/text-router.ts";
import { loadProfile, saveProfile } from "../../core/crs/saved-profile.ts";
import { CATEGORIES, categoryName } from "../../core/draws/categories.ts";
import { parseFilters } from "../../core/subscription-filters.ts";
import { isoDate, type Logger } from "../../core/ports.ts";
import { normalise } from "../../core/qa/text.ts";
import type { Lang, Reply } from "../../core/reply.ts";
import { subscriptionId, type Subscription, type SubscriptionStore } from "../../core/subscriptions.ts";
import { profileFromOptions, type OptionValues } from "./crs-options.ts";
import { renderEmbed } from "./render.ts";
import type { UserRateLimit } from "./rate-limit.ts";
import { subscribeRefusal, manageRefusal } from "./permissions.ts";
import { GUARD_MESSAGES } from "../../content/guard-messages.ts";
import { settingsCommand } from "./settings.ts";

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

const owner = (userId: string) => ({ platform: "discord" as const, id: userId });
const langOf = (i: { locale: string }): Lang => (i.locale.startsWith("fr") ? "fr" : "en");

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
  if (command.name === "settings") return settingsCommand(i, deps.subs, lang);
  const ctx = { lang, surface: "discord" as const, user: { platform: "discord" as const, id: i.user.id } };
  return respond(i, deps, () => runCommand(command, o, deps.core, ctx), command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

async function crs(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  const check = profileFromOptions(o, lang);
  if (!check.ok) {
    const lines = [CHAT_WORDS[lang].fixOptions, ...check.errors.map((e) => `• ${e.field}: ${e.message}`)];
    return respond(i, deps, () => ({ error: true, lines }));
  }
  await saveProfile(deps.core.profiles, owner(i.user.id), check.profile);
  const share = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId("crs:share").setLabel(CHAT_WORDS[lang].share).setStyle(ButtonStyle.Secondary));
  return respond(i, deps, () => crsReply(check.profile, { lang, rounds: deps.core.store.all(), asOf: isoDate(deps.core.clock) }), { flags: MessageFlags.Ephemeral, components: [share] });
}

async function subscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  if (!i.inGuild()) return respond(i, deps, () => ({ error: true, lines: [CHAT_WORDS[lang].manageChannelsToSet] }));
  const channel = i.options.getChannel("channel", true);
  const role = i.options.getRole("role");
  // Checked in the target channel: the member's rights there, the bot's, and the role to mention.
  const refusal = await subscribeRefusal(i, channel.id, role, lang);
  if (refusal) return respond(i, deps, () => ({ error: true, lines: [refusal] }));
  const filters = parseFilters(typeof o.categories === "string" ? o.categories : "", lang);
  if ("error" in filters) return respond(i, deps, () => ({ error: true, lines: [filters.error] }));
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
  const w = CHAT_WORDS[lang];
  const what = sub.categories ? sub.categories.map((k) => categoryName(k, lang)).join(", ") : w.everyRound;
  const lines = [
    w.announcedIn(`<#${channel.id}>`, what) + (maxCrs !== null ? w.cutoffAtMost(maxCrs) : "") + (role ? w.mentioning(`<@&${role.id}>`) : "."),
  ];
  await i.reply({ content: lines.join("\n"), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function unsubscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, lang: Lang): Promise<void> {
  if (!i.inGuild()) return respond(i, deps, () => ({ error: true, lines: [CHAT_WORDS[lang].manageChannelsToChange] }));
  const channel = i.options.getChannel("channel", true);
  const refusal = await manageRefusal(i, channel.id, lang);
  if (refusal) return respond(i, deps, () => ({ error: true, lines: [refusal] }));
  const removed = await deps.subs.remove(subscriptionId("discord", channel.id));
  await i.reply({
    content: removed ? CHAT_WORDS[lang].noMoreIn(`<#${channel.id}>`) : CHAT_WORDS[lang].hadNone(`<#${channel.id}>`),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

async function onButton(i: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const lang = langOf(i);
  if (i.customId === "crs:share") {
    const profile = await loadProfile(deps.core.profiles, owner(i.user.id));
    if (!profile) return respond(i, deps, () => ({ error: true, lines: [CHAT_WORDS[lang].runCrsFirst] }));
    return respond(i, deps, () => crsReply(profile, { lang, rounds: deps.core.store.all(), asOf: isoDate(deps.core.clock), whatIfLimit: 3 }));
  }
  return respond(i, deps, () => ({ error: true, lines: [CHAT_WORDS[lang].buttonExpired] }));
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
    await deps.core.store.refresh(); // rounds another process stored (a second copy, `ee-bot sync`)
    if (i.isAutocomplete()) return await onAutocomplete(i, deps);
    if (i.isChatInputCommand()) return await onCommand(i, deps);
    if (i.isButton()) return await onButton(i, deps);
  } catch (error) {
    deps.logger.error({ message: (error as Error).message, interaction: i.id }, "an interaction failed");
    if (i.isRepliable()) {
      const apology = { content: CHAT_WORDS[langOf(i)].apology, flags: MessageFlags.Ephemeral } as const;
      await (i.replied || i.deferred ? i.followUp(apology) : i.reply(apology)).catch(() => {});
    }
  }
}
