import { PermissionFlagsBits } from "discord.js";
import { GUARD_MESSAGES } from "../../../content/guard-messages.ts";
import { platformMessages } from "../../../content/platform-messages.ts";
import type { Lang } from "../../../core/reply.ts";
import type { SubscriptionStore } from "../../../core/subscriptions.ts";
import { applySubscribe, applyUnsubscribe, notAllowed, type CommandContext, type CommandPlan } from "../command-work.ts";
import type { OptionValues } from "../crs-options.ts";
import { postingRefusal } from "../permissions.ts";
import { settingsText } from "../settings.ts";
import type { BotRights } from "./bot-rights.ts";
import type { RawInteraction } from "./raw.ts";

/**
 * /subscribe, /unsubscribe and /settings over HTTP. Without the gateway, ee-bot knows what Discord
 * puts in the interaction: the permissions Discord computed for the member in the *target* channel
 * (`data.resolved.channels[id].permissions`, overwrites included), the role picked
 * (`data.resolved.roles[id]`, whether it is mentionable), the bot's own permissions in the channel
 * the command was used in (`app_permissions`), and whether a server installed the app
 * (`authorizing_integration_owners["0"]`). The bot's permissions in another channel are read over
 * REST (`BotRights`); then the same checks as on the gateway decide (`postingRefusal`).
 */

const MANAGE = PermissionFlagsBits.ManageChannels | PermissionFlagsBits.Administrator;

const bits = (value: string | undefined): bigint => {
  try {
    return value === undefined ? 0n : BigInt(value);
  } catch {
    return 0n;
  }
};

export interface SubscriptionDeps {
  core: CommandContext["core"];
  subs: SubscriptionStore;
  rights: BotRights;
}

export function subscriptionPlan(i: RawInteraction, o: OptionValues, ctx: CommandContext, deps: SubscriptionDeps): CommandPlan {
  const { lang } = ctx;
  const action = i.data?.name === "unsubscribe" ? "unsubscribe" : i.data?.name === "settings" ? "settings" : "subscribe";
  const refuse = (line: string): CommandPlan => ({ work: () => ({ error: true, lines: [line] }) });
  const guildId = i.guild_id;
  if (!guildId || i.authorizing_integration_owners?.["0"] === undefined) return refuse(platformMessages(lang).serverOnly);
  const channelId = typeof o.channel === "string" ? o.channel : undefined;
  if (!channelId) return refuse(notAllowed(lang, action));
  const target = i.data?.resolved?.channels?.[channelId] as { permissions?: string } | undefined;
  const member = bits(target?.permissions ?? i.member?.permissions);
  if ((member & MANAGE) === 0n) return refuse(notAllowed(lang, action));
  const roleId = typeof o.role === "string" ? o.role : undefined;
  const content = async (): Promise<{ error: string } | { content: string }> => {
    if (action === "unsubscribe") return { content: await applyUnsubscribe(channelId, deps, lang) };
    if (action === "settings") return { content: await settingsText(channelId, deps.subs, lang) };
    const refusal = await botRefusal(i, { guildId, channelId, member, roleId }, deps.rights, lang);
    if (refusal) return { error: refusal };
    return applySubscribe(
      { channelId, guildId, ...(roleId ? { roleId } : {}), ...(typeof o.categories === "string" ? { categories: o.categories } : {}), ...(typeof o.max_crs === "number" ? { maxCrs: o.max_crs } : {}), userId: ctx.userId, lang },
      deps,
    );
  };
  return {
    ephemeral: true,
    work: async () => {
      const result = await content();
      return "error" in result ? { error: true, lines: [result.error] } : { lines: [result.content] };
    },
  };
}

/** Whether the bot can post in the target channel and mention the role, as on the gateway; what is missing, in words. */
async function botRefusal(i: RawInteraction, t: { guildId: string; channelId: string; member: bigint; roleId: string | undefined }, rights: BotRights, lang: Lang): Promise<string | undefined> {
  const resolvedRole = t.roleId ? (i.data?.resolved?.roles?.[t.roleId] as { mentionable?: boolean } | undefined) : undefined;
  const role = t.roleId ? { id: t.roleId, mentionable: resolvedRole?.mentionable === true } : null;
  const check = (bot: bigint) => postingRefusal({ channelId: t.channelId, guildId: t.guildId, member: t.member, bot, role }, lang);
  // Where the command was used, Discord says what the bot may do: nothing to read.
  if (t.channelId === i.channel_id && i.app_permissions !== undefined) return check(bits(i.app_permissions));
  let answer = await rights.inChannel(t.guildId, t.channelId);
  // A refusal is never from what was kept: the rights may have been fixed a moment ago.
  if ("perms" in answer && answer.cached && check(answer.perms)) answer = await rights.inChannel(t.guildId, t.channelId, true);
  if ("perms" in answer) return check(answer.perms);
  const m = GUARD_MESSAGES[lang];
  const where = `<#${t.channelId}>`;
  return answer.problem === "no-channel" ? m.discordNoChannel(where) : answer.problem === "not-member" ? m.discordBotNotMember : m.discordBotRightsUnknown(where);
}
