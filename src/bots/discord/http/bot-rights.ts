import { DiscordAPIError, RESTJSONErrorCodes, Routes, type APIChannel, type APIGuildMember, type APIRole, type APIUser, type REST } from "discord.js";
import type { Logger } from "../../../core/ports.ts";
import { basePermissions, channelPermissions, type Overwrites, type Who } from "../permissions.ts";

/**
 * The bot's own permissions in a channel, in HTTP mode, where no gateway cache knows them: read
 * over REST with the bot token — the server's roles, the bot's member (its roles), the channel's
 * overwrites — and computed by the gateway's algorithm (`basePermissions`, `channelPermissions`).
 *
 * Each read is kept `ttlMs` per server and per channel, and concurrent reads of the same thing
 * share one request, so a burst of /subscribe in one server costs three requests, not three per
 * command. A caller that would refuse on what was kept asks again with `fresh` (rights may have
 * been fixed a moment ago): only a yes comes from what was kept.
 */

export type BotRightsAnswer =
  | { perms: bigint; /** Everything came from what was kept. */ cached: boolean }
  /** The bot cannot see the channel (or it is not in this server); it is not a member of the server; Discord did not answer (or no token). */
  | { problem: "no-channel" | "not-member" | "unavailable" };

interface GuildView {
  roles: ReadonlyMap<string, bigint>;
  botRoles: string[];
}

interface ChannelView {
  guildId: string | undefined;
  overwrites: Overwrites;
  /** A thread's channel. */
  parentId?: string;
}

interface Kept<T> {
  at: number;
  value: Promise<T>;
}

class Problem extends Error {
  constructor(readonly problem: "no-channel" | "not-member") {
    super(problem);
  }
}

/** Discord's thread types (public, private, announcement): a thread has its parent's overwrites. */
const THREADS = new Set([10, 11, 12]);

export class BotRights {
  private botId: Promise<string> | undefined;
  private readonly guilds = new Map<string, Kept<GuildView>>();
  private readonly channels = new Map<string, Kept<ChannelView>>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    /** A REST client with the bot token; none when DISCORD_TOKEN is not set (every answer is then "unavailable"). */
    private readonly rest: REST | undefined,
    private readonly logger: Logger,
    opts: { ttlMs?: number; now?: () => number } = {},
  ) {
    this.ttlMs = opts.ttlMs ?? 15_000;
    this.now = opts.now ?? Date.now;
  }

  async inChannel(guildId: string, channelId: string, fresh = false): Promise<BotRightsAnswer> {
    const rest = this.rest;
    if (!rest) return { problem: "unavailable" };
    try {
      const botId = await (this.botId ??= (rest.get(Routes.user()) as Promise<APIUser>).then((u) => u.id).catch((error: unknown) => {
        this.botId = undefined;
        throw error;
      }));
      let cached = true;
      const read = <T>(kept: Map<string, Kept<T>>, key: string, load: () => Promise<T>): Promise<T> => {
        const hit = kept.get(key);
        if (hit && !fresh && this.now() - hit.at < this.ttlMs) return hit.value;
        cached = false;
        const value = load();
        kept.set(key, { at: this.now(), value });
        // A failed read is not kept.
        value.catch(() => {
          if (kept.get(key)?.value === value) kept.delete(key);
        });
        return value;
      };
      const channelView = (id: string) => read(this.channels, id, () => this.loadChannel(rest, id));
      const [guild, typed] = await Promise.all([read(this.guilds, guildId, () => this.loadGuild(rest, guildId, botId)), channelView(channelId)]);
      if (typed.guildId !== guildId) return { problem: "no-channel" };
      const channel = typed.parentId ? await channelView(typed.parentId) : typed;
      const who: Who = { id: botId, roles: guild.botRoles.filter((r) => r !== guildId) };
      return { perms: channelPermissions(guildId, channel.overwrites, who, basePermissions(guildId, guild.roles, who)), cached };
    } catch (error) {
      if (error instanceof Problem) return { problem: error.problem };
      this.logger.warn({ message: (error as Error).message, guild: guildId, channel: channelId }, "could not read the bot's rights from Discord");
      return { problem: "unavailable" };
    }
  }

  private async loadGuild(rest: REST, guildId: string, botId: string): Promise<GuildView> {
    try {
      const [roles, member] = await Promise.all([rest.get(Routes.guildRoles(guildId)) as Promise<APIRole[]>, rest.get(Routes.guildMember(guildId, botId)) as Promise<APIGuildMember>]);
      return { roles: new Map(roles.map((r) => [r.id, BigInt(r.permissions)])), botRoles: member.roles };
    } catch (error) {
      // Unknown guild or member, or no access to the server: the bot is not in it.
      if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404)) throw new Problem("not-member");
      throw error;
    }
  }

  private async loadChannel(rest: REST, channelId: string): Promise<ChannelView> {
    try {
      const channel = (await rest.get(Routes.channel(channelId))) as APIChannel & { guild_id?: string; parent_id?: string | null; permission_overwrites?: Array<{ id: string; allow: string; deny: string }> };
      return {
        guildId: channel.guild_id,
        overwrites: new Map((channel.permission_overwrites ?? []).map((o) => [o.id, { allow: BigInt(o.allow), deny: BigInt(o.deny) }])),
        ...(THREADS.has(channel.type) && channel.parent_id ? { parentId: channel.parent_id } : {}),
      };
    } catch (error) {
      // Discord answers 403 Missing Access for a channel the bot cannot see, 404 for one that does not exist.
      if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404 || error.code === RESTJSONErrorCodes.UnknownChannel)) throw new Problem("no-channel");
      throw error;
    }
  }
}
