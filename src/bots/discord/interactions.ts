import {
  ApplicationIntegrationType,
  AttachmentBuilder,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from "discord.js";
import { platformMessages } from "../../content/platform-messages.ts";
import type { Core } from "../../core/app.ts";
import type { Logger } from "../../core/ports.ts";
import type { Lang, Reply } from "../../core/reply.ts";
import type { SubscriptionStore } from "../../core/subscriptions.ts";
import { applySubscribe, applyUnsubscribe, autocompleteChoices, buttonPlan, commandPlan, notAllowed, type CommandPlan } from "./command-work.ts";
import type { OptionValues } from "./crs-options.ts";
import { renderEmbed } from "./render.ts";
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

const planOptions = (plan: CommandPlan): Partial<InteractionReplyOptions> => ({ ...(plan.ephemeral ? { flags: MessageFlags.Ephemeral } : {}), ...(plan.components ? { components: plan.components } : {}) });

async function onCommand(i: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const lang = langOf(i);
  const o = options(i);
  const plan = commandPlan(i.commandName, o, { core: deps.core, userId: i.user.id, lang });
  if (plan) return respond(i, deps, plan.work, planOptions(plan));
  // Announcements need the bot in the server: not in DMs, nor where only a user installed the app.
  const serverInstall = i.inGuild() && i.authorizingIntegrationOwners[ApplicationIntegrationType.GuildInstall] !== undefined;
  if (!serverInstall) return respond(i, deps, () => ({ error: true, lines: [platformMessages(lang).serverOnly] }));
  if (i.commandName === "subscribe") return subscribe(i, deps, o, lang);
  if (i.commandName === "settings") return settingsCommand(i, deps.subs, lang);
  return unsubscribe(i, deps, lang);
}

async function subscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, o: OptionValues, lang: Lang): Promise<void> {
  if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) return respond(i, deps, () => ({ error: true, lines: [notAllowed(lang, "subscribe")] }));
  const channel = i.options.getChannel("channel", true);
  const role = i.options.getRole("role");
  const result = await applySubscribe(
    { channelId: channel.id, guildId: i.guildId, ...(role ? { roleId: role.id } : {}), ...(typeof o.categories === "string" ? { categories: o.categories } : {}), ...(typeof o.max_crs === "number" ? { maxCrs: o.max_crs } : {}), userId: i.user.id, lang },
    deps,
  );
  if ("error" in result) return respond(i, deps, () => ({ error: true, lines: [result.error] }));
  await i.reply({ content: result.content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function unsubscribe(i: ChatInputCommandInteraction, deps: DiscordDeps, lang: Lang): Promise<void> {
  if (!i.inGuild() || !i.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) return respond(i, deps, () => ({ error: true, lines: [notAllowed(lang, "unsubscribe")] }));
  const channel = i.options.getChannel("channel", true);
  await i.reply({ content: await applyUnsubscribe(channel.id, deps, lang), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function onButton(i: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const plan = buttonPlan(i.customId, { core: deps.core, userId: i.user.id, lang: langOf(i) });
  return respond(i, deps, plan.work, planOptions(plan));
}

async function onAutocomplete(i: AutocompleteInteraction, deps: DiscordDeps): Promise<void> {
  const focused = i.options.getFocused(true);
  await i.respond(autocompleteChoices(focused.name, String(focused.value), deps.core, langOf(i)));
}

export async function handleInteraction(i: Interaction, deps: DiscordDeps): Promise<void> {
  const telemetry = deps.core.telemetry;
  try {
    await deps.core.store.refresh(); // rounds another process stored (a second copy, `ee-bot sync`)
    if (i.isAutocomplete()) {
      telemetry.updateHandled("discord", "autocomplete");
      return await onAutocomplete(i, deps);
    }
    telemetry.updateHandled("discord", i.isChatInputCommand() ? "command" : i.isButton() ? "component" : "other");
    if (i.isChatInputCommand()) await onCommand(i, deps);
    else if (i.isButton()) await onButton(i, deps);
    if (i.isRepliable() && i.replied) telemetry.replySent("discord");
  } catch (error) {
    deps.logger.error({ message: (error as Error).message, interaction: i.id }, "an interaction failed");
    if (i.isRepliable()) {
      const apology = { content: platformMessages(langOf(i)).apology, flags: MessageFlags.Ephemeral } as const;
      await (i.replied || i.deferred ? i.followUp(apology) : i.reply(apology)).catch(() => {});
    }
  }
}
