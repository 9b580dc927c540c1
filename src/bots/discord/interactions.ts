import {
  ApplicationIntegrationType,
  AttachmentBuilder,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from "discord.js";
import type { Core } from "../../core/app.ts";
import { CHAT_WORDS } from "../../content/chat-words.ts";
import { platformMessages } from "../../content/platform-messages.ts";
import { HELP_WORDS } from "../../content/commands.ts";
import { findCommand } from "../../core/commands/catalogue.ts";
import { runCommand } from "../../core/commands/text-router.ts";
import type { Logger } from "../../core/ports.ts";
import type { Lang, Reply } from "../../core/reply.ts";
import type { SubscriptionStore } from "../../core/subscriptions.ts";
import type { OptionValues } from "./crs-options.ts";
import { applySubscribe, applyUnsubscribe, autocompleteChoices, buttonPlan, commandPlan } from "./command-work.ts";
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
  // A channel's announcements need the bot in the server: not in DMs, nor where only a user installed the app.
  const serverInstall = i.inGuild() && i.authorizingIntegrationOwners[ApplicationIntegrationType.GuildInstall] !== undefined;
  if (command.admin && !serverInstall) return respond(i, deps, () => ({ error: true, lines: [platformMessages(lang).serverOnly] }));
  if (command.name === "subscribe") return subscribe(i, deps, o, lang);
  if (command.name === "unsubscribe") return unsubscribe(i, deps, lang);
  if (command.name === "settings") return settingsCommand(i, deps.subs, lang);
  const ctx = { lang, surface: "discord" as const, user: { platform: "discord" as const, id: i.user.id } };
  return respond(i, deps, () => runCommand(command, o, deps.core, ctx), command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/** The /crs form, with a Share button under the private result (the same plan as over HTTP). */
async function crs(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  const plan = commandPlan("crs", o, { core: deps.core, userId: i.user.id, lang })!;
  return respond(i, deps, plan.work, { ...(plan.ephemeral ? { flags: MessageFlags.Ephemeral } : {}), ...(plan.components ? { components: plan.components } : {}) });
}

async function subscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  if (!i.inGuild()) return respond(i, deps, () => ({ error: true, lines: [CHAT_WORDS[lang].manageChannelsToSet] }));
  const channel = i.options.getChannel("channel", true);
  const role = i.options.getRole("role");
  // Checked in the target channel: the member's rights there, the bot's, and the role to mention.
  const refusal = await subscribeRefusal(i, channel.id, role, lang);
  if (refusal) return respond(i, deps, () => ({ error: true, lines: [refusal] }));
  const result = await applySubscribe(
    { channelId: channel.id, guildId: i.guildId, ...(role ? { roleId: role.id } : {}), ...(typeof o.categories === "string" ? { categories: o.categories } : {}), ...(typeof o.max_crs === "number" ? { maxCrs: o.max_crs } : {}), userId: i.user.id, lang },
    deps,
  );
  if ("error" in result) return respond(i, deps, () => ({ error: true, lines: [result.error] }));
  await i.reply({ content: result.content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function unsubscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, lang: Lang): Promise<void> {
  if (!i.inGuild()) return respond(i, deps, () => ({ error: true, lines: [CHAT_WORDS[lang].manageChannelsToChange] }));
  const channel = i.options.getChannel("channel", true);
  const refusal = await manageRefusal(i, channel.id, lang);
  if (refusal) return respond(i, deps, () => ({ error: true, lines: [refusal] }));
  await i.reply({ content: await applyUnsubscribe(channel.id, deps, lang), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function onButton(i: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const plan = buttonPlan(i.customId, { core: deps.core, userId: i.user.id, lang: langOf(i) });
  return respond(i, deps, plan.work);
}

async function onAutocomplete(i: AutocompleteInteraction, deps: DiscordDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  await i.respond(autocompleteChoices(focused.name, String(focused.value), deps.core, langOf(i)));
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
  const telemetry = deps.core.telemetry;
  try {
    telemetry.updateHandled("discord", i.isAutocomplete() ? "autocomplete" : i.isChatInputCommand() ? "command" : i.isButton() ? "component" : "other");
    if (await limited(i, deps)) return;
    await deps.core.store.refresh(); // rounds another process stored (a second copy, `ee-bot sync`)
    if (i.isAutocomplete()) return await onAutocomplete(i, deps);
    if (i.isChatInputCommand()) await onCommand(i, deps);
    else if (i.isButton()) await onButton(i, deps);
    if (i.isRepliable() && i.replied) telemetry.replySent("discord");
  } catch (error) {
    deps.logger.error({ message: (error as Error).message, interaction: i.id }, "an interaction failed");
    if (i.isRepliable()) {
      const apology = { content: CHAT_WORDS[langOf(i)].apology, flags: MessageFlags.Ephemeral } as const;
      await (i.replied || i.deferred ? i.followUp(apology) : i.reply(apology)).catch(() => {});
    }
  }
}
