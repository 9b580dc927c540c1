import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow } from "discord.js";
import { CHAT_WORDS } from "../../content/chat-words.ts";
import { HELP_WORDS } from "../../content/commands.ts";
import { platformMessages } from "../../content/platform-messages.ts";
import { TOPICS } from "../../content/topics.ts";
import type { Core } from "../../core/app.ts";
import { findCommand } from "../../core/commands/catalogue.ts";
import { crsReply } from "../../core/commands/crs.ts";
import { runCommand } from "../../core/commands/text-router.ts";
import { loadProfile, saveProfile } from "../../core/crs/saved-profile.ts";
import { CATEGORIES, categoryName } from "../../core/draws/categories.ts";
import { isoDate } from "../../core/ports.ts";
import { normalise } from "../../core/qa/text.ts";
import type { Lang, Reply } from "../../core/reply.ts";
import { parseFilters } from "../../core/subscription-filters.ts";
import { subscriptionId, type Subscription, type SubscriptionStore } from "../../core/subscriptions.ts";
import { profileFromOptions, type OptionValues } from "./crs-options.ts";

/**
 * What a Discord command does, apart from how the answer travels: the gateway (discord.js
 * interactions) and the HTTP interactions endpoint both run these plans, and only deliver the
 * reply differently. Commands that change a channel's announcements stay with their transport.
 */

export interface CommandContext {
  core: Core;
  userId: string;
  lang: Lang;
}

export interface CommandPlan {
  work(): Promise<Reply> | Reply;
  /** Shown only to the user who asked. */
  ephemeral?: boolean;
  components?: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
}

const owner = (userId: string) => ({ platform: "discord" as const, id: userId });

const shareRow = (lang: Lang): APIActionRowComponent<APIComponentInMessageActionRow> => ({
  type: ComponentType.ActionRow,
  components: [{ type: ComponentType.Button, custom_id: "crs:share", label: CHAT_WORDS[lang].share, style: ButtonStyle.Secondary }],
});

/**
 * The plan for a slash command, from the command catalogue; undefined for the commands each
 * transport answers itself (a channel's announcements, whose permission checks depend on what it knows).
 */
export function commandPlan(name: string, o: OptionValues, ctx: CommandContext): CommandPlan | undefined {
  const { core, lang } = ctx;
  const command = findCommand(name, "discord");
  if (!command) return { work: () => ({ error: true, lines: [HELP_WORDS[lang].unknownCommand(name.slice(0, 32))] }) };
  if (command.name === "subscribe" || command.name === "unsubscribe" || command.name === "settings") return undefined;
  if (command.name === "crs") {
    // The /crs form, with a Share button under the private result.
    const check = profileFromOptions(o, lang);
    if (!check.ok) {
      const lines = [CHAT_WORDS[lang].fixOptions, ...check.errors.map((e) => `• ${e.field}: ${e.message}`)];
      return { work: () => ({ error: true, lines }) };
    }
    return {
      work: async () => {
        await saveProfile(core.profiles, owner(ctx.userId), check.profile);
        return crsReply(check.profile, { lang, rounds: core.store.all(), asOf: isoDate(core.clock) });
      },
      ephemeral: true,
      components: [shareRow(lang)],
    };
  }
  const runCtx = { lang, surface: "discord" as const, user: owner(ctx.userId) };
  return { work: () => runCommand(command, o, core, runCtx), ...(command.ephemeral ? { ephemeral: true } : {}) };
}

/** The plan for a button press. */
export function buttonPlan(customId: string, ctx: CommandContext): CommandPlan {
  const { core, lang } = ctx;
  if (customId === "crs:share")
    return {
      work: async () => {
        const profile = await loadProfile(core.profiles, owner(ctx.userId));
        if (!profile) return { error: true, lines: [CHAT_WORDS[lang].runCrsFirst] };
        return crsReply(profile, { lang, rounds: core.store.all(), asOf: isoDate(core.clock), whatIfLimit: 3 });
      },
    };
  return { work: () => ({ error: true, lines: [CHAT_WORDS[lang].buttonExpired] }) };
}

/** Autocomplete choices (at most 25) for the focused option `name` with what the user typed so far. */
export function autocompleteChoices(name: string, value: string, core: Core, lang: Lang): Array<{ name: string; value: string }> {
  const typed = normalise(value);
  let choices: Array<{ name: string; value: string }> = [];
  if (name === "category" || name === "categories") {
    const known = new Set(core.store.all().map((r) => r.category.key));
    const keys = [...new Set([...CATEGORIES.map((c) => c.key), ...known])];
    const parts = value.split(",");
    const last = normalise(parts.pop() ?? "");
    const prefix = parts.map((p) => p.trim()).filter(Boolean);
    choices = keys
      .filter((k) => !last || k.includes(last.replace(/ /g, "-")) || normalise(categoryName(k, lang)).includes(last))
      .map((k) => {
        const joined = [...prefix, k].join(", ");
        return { name: `${categoryName(k, lang)} (${name === "categories" ? joined : k})`.slice(0, 100), value: joined.slice(0, 100) };
      });
  } else if (name === "name") {
    choices = TOPICS.filter((tp) => !typed || tp.id.includes(typed.replace(/ /g, "-")) || normalise(tp.title[lang]).includes(typed) || tp.keywords[lang].some((k) => normalise(k).startsWith(typed))).map((tp) => ({ name: tp.title[lang].slice(0, 100), value: tp.id }));
  }
  return choices.slice(0, 25);
}

/** What /subscribe asks for, once the transport has checked who may ask it. */
export interface SubscribeInput {
  channelId: string;
  guildId: string;
  roleId?: string;
  /** The categories option as typed ("cec, pnp"); may carry a score too. */
  categories?: string;
  maxCrs?: number;
  userId: string;
  lang: Lang;
}

/** Saves a channel's subscription; the confirmation, or what to fix. */
export async function applySubscribe(input: SubscribeInput, deps: { core: Core; subs: SubscriptionStore }): Promise<{ error: string } | { content: string }> {
  const { lang } = input;
  const filters = parseFilters(input.categories ?? "", lang);
  if ("error" in filters) return { error: filters.error };
  const maxCrs = input.maxCrs ?? filters.maxCrs;
  const id = subscriptionId("discord", input.channelId);
  const existing = await deps.subs.get(id);
  const sub: Subscription = {
    id,
    platform: "discord",
    chatId: input.channelId,
    guildId: input.guildId,
    ...(input.roleId ? { roleId: input.roleId } : {}),
    categories: filters.categories,
    maxCrs,
    lang,
    createdAt: existing?.createdAt ?? deps.core.clock().toISOString(),
    createdBy: input.userId,
  };
  await deps.subs.save(sub);
  const w = CHAT_WORDS[lang];
  const what = sub.categories ? sub.categories.map((k) => categoryName(k, lang)).join(", ") : w.everyRound;
  const content = w.announcedIn(`<#${input.channelId}>`, what) + (maxCrs !== null ? w.cutoffAtMost(maxCrs) : "") + (input.roleId ? w.mentioning(`<@&${input.roleId}>`) : ".");
  return { content };
}

/** Ends a channel's subscription; the confirmation. */
export async function applyUnsubscribe(channelId: string, deps: { subs: SubscriptionStore }, lang: Lang): Promise<string> {
  const removed = await deps.subs.remove(subscriptionId("discord", channelId));
  return removed ? CHAT_WORDS[lang].noMoreIn(`<#${channelId}>`) : CHAT_WORDS[lang].hadNone(`<#${channelId}>`);
}

export const notAllowed = (lang: Lang, action: "subscribe" | "unsubscribe" | "settings") =>
  action === "subscribe" ? CHAT_WORDS[lang].manageChannelsToSet : action === "settings" ? platformMessages(lang).seeSettings : CHAT_WORDS[lang].manageChannelsToChange;
