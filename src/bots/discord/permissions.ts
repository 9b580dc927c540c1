import {
  GuildMember,
  PermissionFlagsBits,
  PermissionsBitField,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  type Guild,
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
export const BOT_NEEDS: Array<[bigint, { en: string; fr: string }]> = [
  [PermissionFlagsBits.ViewChannel, { en: "View Channel", fr: "Voir le salon" }],
  [PermissionFlagsBits.SendMessages, { en: "Send Messages", fr: "Envoyer des messages" }],
  [PermissionFlagsBits.EmbedLinks, { en: "Embed Links", fr: "Intégrer des liens" }],
];

export interface Who {
  id: string;
  /** Role ids, @everyone's excluded. */
  roles: string[];
}

/** A channel's permission overwrites, by role or member id. */
export type Overwrites = ReadonlyMap<string, { allow: bigint; deny: bigint }>;

export const has = (perms: bigint, flag: bigint) => (perms & flag) === flag;

/**
 * Discord's guild-level permissions, the first half of its algorithm (shared by the gateway, from
 * discord.js's cache, and HTTP mode, from REST): @everyone's permissions OR'ed with those of each of
 * `who`'s roles; the owner, and anyone with Administrator, has every permission.
 */
export function basePermissions(guildId: string, rolePermissions: ReadonlyMap<string, bigint>, who: Who, ownerId?: string): bigint {
  if (ownerId !== undefined && ownerId === who.id) return ALL;
  let perms = rolePermissions.get(guildId) ?? 0n;
  for (const role of who.roles) perms |= rolePermissions.get(role) ?? 0n;
  return has(perms, PermissionFlagsBits.Administrator) ? ALL : perms;
}

/** The second half: from the guild-level `base`, the channel's overwrites for @everyone, then `who`'s roles (together), then `who`. */
export function channelPermissions(guildId: string, overwrites: Overwrites, who: Who, base: bigint): bigint {
  if (has(base, PermissionFlagsBits.Administrator)) return ALL;
  let perms = base;
  const everyone = overwrites.get(guildId);
  if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
  let allow = 0n;
  let deny = 0n;
  for (const role of who.roles) {
    const o = role === guildId ? undefined : overwrites.get(role);
    if (o) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  perms = (perms & ~deny) | allow;
  const member = overwrites.get(who.id);
  if (member) perms = (perms & ~member.deny) | member.allow;
  // Without View Channel, nothing else applies in that channel.
  return has(perms, PermissionFlagsBits.ViewChannel) ? perms : 0n;
}

const overwritesOf = (channel: GuildChannel): Overwrites => new Map([...channel.permissionOverwrites.cache].map(([id, o]) => [id, { allow: o.allow.bitfield, deny: o.deny.bitfield }]));

/** Discord's algorithm on the gateway's cache: `who`'s permissions in `channel`, from the guild-level `base`. */
export function applyOverwrites(channel: GuildChannel, who: Who, base: bigint): bigint {
  return channelPermissions(channel.guild.id, overwritesOf(channel), who, base);
}

const rolePermissions = (guild: Guild): ReadonlyMap<string, bigint> => new Map([...guild.roles.cache].map(([id, role]) => [id, role.permissions.bitfield]));

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
  let perms = basePermissions(guild.id, rolePermissions(guild), who, guild.ownerId);
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

  const guild = channel.guild;
  const me = guild.members.me ?? (await guild.members.fetchMe().catch(() => null));
  // The bot's rights by the same algorithm as the member's (and as HTTP mode's, from REST).
  const botWho = me && { id: me.id, roles: [...me.roles.cache.keys()].filter((r) => r !== guild.id) };
  const bot = botWho ? applyOverwrites(channel as GuildChannel, botWho, basePermissions(guild.id, rolePermissions(guild), botWho, guild.ownerId)) : 0n;
  const known = role ? guild.roles.cache.get(role.id) : undefined;
  return postingRefusal({ channelId, guildId: guild.id, member, bot, role: role && { id: role.id, mentionable: known?.mentionable ?? role.mentionable ?? false } }, lang);
}

/** What the member and the bot have in the target channel, and the role to mention. */
export interface PostingRights {
  channelId: string;
  guildId: string;
  member: bigint;
  bot: bigint;
  role: { id: string; mentionable: boolean } | null;
}

/**
 * Once the member may manage the target channel: whether the bot can post announcements there and
 * mention the role (the gateway and HTTP mode both end with this). What is missing, in words.
 */
export function postingRefusal(r: PostingRights, lang: Lang): string | undefined {
  const m = GUARD_MESSAGES[lang];
  const where = `<#${r.channelId}>`;
  const missing = BOT_NEEDS.filter(([flag]) => !has(r.bot, flag)).map(([, name]) => name[lang]);
  if (missing.length) return m.discordBotMissing(where, missing.join(", "));
  if (r.role) {
    const everyone = r.role.id === r.guildId;
    const mentionable = !everyone && r.role.mentionable;
    const roleName = everyone ? "@everyone" : `<@&${r.role.id}>`;
    if (!mentionable && !has(r.member, PermissionFlagsBits.MentionEveryone)) return m.discordRoleNotMentionable(roleName, where);
    if (!mentionable && !has(r.bot, PermissionFlagsBits.MentionEveryone)) return m.discordBotCannotMention(roleName, where);
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
