import { PermissionFlagsBits } from "discord.js";
import { platformMessages } from "../../../content/platform-messages.ts";
import type { SubscriptionStore } from "../../../core/subscriptions.ts";
import { applySubscribe, applyUnsubscribe, notAllowed, type CommandContext, type CommandPlan } from "../command-work.ts";
import type { OptionValues } from "../crs-options.ts";
import { settingsText } from "../settings.ts";
import type { RawInteraction } from "./raw.ts";

/**
 * /subscribe, /unsubscribe and /settings over HTTP. Without the gateway, ee-bot knows only what Discord puts
 * in the interaction, which is enough: the permissions Discord computed for the member in the
 * *target* channel (`data.resolved.channels[id].permissions`, overwrites included), and whether a
 * server installed the app (`authorizing_integration_owners["0"]`).
 */

const MANAGE = PermissionFlagsBits.ManageChannels | PermissionFlagsBits.Administrator;

const has = (bits: string | undefined, wanted: bigint) => {
  try {
    return bits !== undefined && (BigInt(bits) & wanted) !== 0n;
  } catch {
    return false;
  }
};

export function subscriptionPlan(i: RawInteraction, o: OptionValues, ctx: CommandContext, deps: { core: CommandContext["core"]; subs: SubscriptionStore }): CommandPlan {
  const { lang } = ctx;
  const action = i.data?.name === "unsubscribe" ? "unsubscribe" : i.data?.name === "settings" ? "settings" : "subscribe";
  const refuse = (line: string): CommandPlan => ({ work: () => ({ error: true, lines: [line] }) });
  const guildId = i.guild_id;
  if (!guildId || i.authorizing_integration_owners?.["0"] === undefined) return refuse(platformMessages(lang).serverOnly);
  const channelId = typeof o.channel === "string" ? o.channel : undefined;
  if (!channelId) return refuse(notAllowed(lang, action));
  const target = i.data?.resolved?.channels?.[channelId] as { permissions?: string } | undefined;
  if (!has(target?.permissions ?? i.member?.permissions, MANAGE)) return refuse(notAllowed(lang, action));
  const content = async () => {
    if (action === "unsubscribe") return { content: await applyUnsubscribe(channelId, deps, lang) };
    if (action === "settings") return { content: await settingsText(channelId, deps.subs, lang) };
    return applySubscribe(
      { channelId, guildId, ...(typeof o.role === "string" ? { roleId: o.role } : {}), ...(typeof o.categories === "string" ? { categories: o.categories } : {}), ...(typeof o.max_crs === "number" ? { maxCrs: o.max_crs } : {}), userId: ctx.userId, lang },
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
