import {
  GuildMember,
  PermissionFlagsBits,
  PermissionsBitField,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  type GuildChannel,
} from "discord.js";
import { GUARD_MESSAGES } from "../../content/guard-messages.ts";
import type { Lang } from "../../core/reply.ts";

/**
 * Who may set up announcements in which channel, checked where they will land. The member needs
 * Manage Channels in the target channel (its overwrites applied, not the channel the command was
 * typed in); the bot needs to see it, post in it and embed there; a role to mention must be
 * mentionable, or both the member and the bot need Mention Everyone in that channel.
 */

const ALL = PermissionsBitField.All;
const BOT_NEEDS: Array<[bigint, { en: string; fr: string }]> = [
  [PermissionFlagsBits.ViewChannel, { en: "View Channel", fr: "Voir le salon" }],
  [PermissionFlagsBits.SendMessages, { en: "Send Messages", fr: "Envoyer des messages" }],
  [PermissionFlagsBits.EmbedLinks, { en: "Embed Links", fr: "Intégrer des liens" }],
];

interface Who {
  id: string;
  roles: string[];
}

/** Discord's algorithm: the guild-level `base`, then the channel's overwrites for @everyone, the roles, the member. */
export function applyOverwrites(channel: GuildChannel, who: Who, base: bigint): bigint {
  if ((base & PermissionFlagsBits.Administrator) === PermissionFlagsBits.Administrator) return ALL;
  const overwrites = channel.permissionOverwrites.cache;
  let perms = base;
  const everyone = overwrites.get(channel.guild.id);
  if (everyone) perms = (perms & ~everyone.deny.bitfield) | everyone.allow.bitfield;
  let allow = 0n;
  let deny = 0n;
  for (const role of who.roles) {
    const o = role === channel.guild.id ? undefined : overwrites.get(role);
    if (o) {
      allow |= o.allow.bitfield;
      deny |= o.deny.bitfield;
    }
  }
  perms = (perms & ~deny) | allow;
  const member = overwrites.get(who.id);
  if (member) perms = (perms & ~member.deny.bitfield) | member.allow.bitfield;
  // Without View Channel, nothing else applies in that channel.
  return (perms & PermissionFlagsBits.ViewChannel) === PermissionFlagsBits.ViewChannel ? perms : 0n;
}

/** Whether any overwrite of `channel` applies to `who`. */
function touched(channel: GuildChannel, who: Who): boolean {
  const overwrites = channel.permissionOverwrites.cache;
  return overwrites.has(channel.guild.id) || overwrites.has(who.id) || who.roles.some((r) => overwrites.has(r));
}

/**
 * The member's guild-level permissions. Discord sends the member's permissions *in the channel
 * the command was typed in*; when no overwrite of that channel applies to them, that is exactly
 * the guild-level value. Otherwise they are rebuilt from the roles Discord lists for the member
 * (which they always include).
 */
function guildPermissions(i: ChatInputCommandInteraction, channel: GuildBasedChannel, who: Who): bigint {
  const guild = channel.guild;
  if (guild.ownerId === who.id) return ALL;
  let perms = guild.roles.cache.get(guild.id)?.permissions.bitfield ?? 0n;
  for (const id of who.roles) perms |= guild.roles.cache.get(id)?.permissions.bitfield ?? 0n;
  // A thread has its parent's overwrites.
  const typed = i.channelId ? guild.channels.cache.get(i.channelId) : undefined;
  const typedIn = typed?.isThread() ? typed.parent : typed;
  if (i.memberPermissions && typedIn && "permissionOverwrites" in typedIn && !touched(typedIn, who)) perms |= i.memberPermissions.bitfield;
  return perms;
}

function memberOf(i: ChatInputCommandInteraction): Who {
  const m = i.member;
  const roles = m instanceof GuildMember ? [...m.roles.cache.keys()] : ((m?.roles as string[] | undefined) ?? []);
  return { id: i.user.id, roles: roles.filter((r) => r !== i.guildId) };
}

const has = (perms: bigint, flag: bigint) => (perms & flag) === flag;

/** The target channel as the bot knows it (cache first, then Discord), or undefined when the bot cannot see it. */
async function targetChannel(i: ChatInputCommandInteraction, id: string): Promise<GuildBasedChannel | undefined> {
  const cached = i.guild?.channels.cache.get(id) ?? i.client.channels.cache.get(id);
  const channel = cached ?? (await i.client.channels.fetch(id).catch(() => null));
  if (!channel || !("guild" in channel) || channel.guild.id !== i.guildId || !("permissionOverwrites" in channel)) return undefined;
  return channel;
}

/** Checks /subscribe; returns what is missing, in words, or undefined when everything is in place. */
export async function subscribeRefusal(i: ChatInputCommandInteraction, channelId: string, role: { id: string; mentionable?: boolean } | null, lang: Lang): Promise<string | undefined> {
  const m = GUARD_MESSAGES[lang];
  const where = `<#${channelId}>`;
  const channel = await targetChannel(i, channelId);
  if (!channel || !("permissionOverwrites" in channel)) return m.discordNoChannel(where);
  const who = memberOf(i);
  const member = applyOverwrites(channel as GuildChannel, who, guildPermissions(i, channel, who));
  if (!has(member, PermissionFlagsBits.ManageChannels)) return m.discordMemberManage(where);

  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe().catch(() => null));
  const bot = me ? (channel.permissionsFor(me)?.bitfield ?? 0n) : 0n;
  const missing = BOT_NEEDS.filter(([flag]) => !has(bot, flag)).map(([, name]) => name[lang]);
  if (missing.length) return m.discordBotMissing(where, missing.join(", "));

  if (role) {
    const known = channel.guild.roles.cache.get(role.id);
    const everyone = role.id === channel.guild.id;
    const mentionable = !everyone && (known?.mentionable ?? role.mentionable ?? false);
    const roleName = everyone ? "@everyone" : `<@&${role.id}>`;
    if (!mentionable && !has(member, PermissionFlagsBits.MentionEveryone)) return m.discordRoleNotMentionable(roleName, where);
    if (!mentionable && !has(bot, PermissionFlagsBits.MentionEveryone)) return m.discordBotCannotMention(roleName, where);
  }
  return undefined;
}

/** Checks /unsubscribe and /settings: Manage Channels in the target channel (or in the server, for a channel the bot can no longer see). */
export async function manageRefusal(i: ChatInputCommandInteraction, channelId: string, lang: Lang): Promise<string | undefined> {
  const where = `<#${channelId}>`;
  const who = memberOf(i);
  const channel = await targetChannel(i, channelId);
  const perms = channel ? applyOverwrites(channel as GuildChannel, who, guildPermissions(i, channel, who)) : (i.memberPermissions?.bitfield ?? 0n);
  return has(perms, PermissionFlagsBits.ManageChannels) || has(perms, PermissionFlagsBits.Administrator) ? undefined : GUARD_MESSAGES[lang].discordMemberManage(where);
}
