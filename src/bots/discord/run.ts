import { Client, Events, GatewayIntentBits, REST, Routes } from "discord.js";
import { COMMANDS } from "./definitions.ts";
import { handleInteraction, type DiscordDeps } from "./interactions.ts";
import { UserRateLimit } from "./rate-limit.ts";

/**
 * Starts the Discord bot: logs the discord.js Client in (the Guilds intent only: slash commands
 * need no message content), routes interactions, and ends subscriptions whose channel or server
 * goes away.
 */

export interface DiscordOptions {
  token: string;
  /** Discord's API base, e.g. https://discord.com/api (a local fake in tests). */
  apiUrl?: string;
}

export interface RunningDiscord {
  client: Client;
  stop(): Promise<void>;
}

export async function startDiscord(deps: DiscordDeps, opts: DiscordOptions): Promise<RunningDiscord> {
  const log = deps.logger.child({ platform: "discord" });
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...(opts.apiUrl ? { rest: { api: opts.apiUrl } } : {}) });
  const routed: DiscordDeps = { rateLimit: new UserRateLimit(), ...deps, logger: log };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, routed));
  client.on(Events.ChannelDelete, async (channel) => {
    if (await deps.subs.remove(`discord:${channel.id}`)) log.info({ channel: channel.id }, "channel deleted; its subscription ended");
  });
  client.on(Events.GuildDelete, async (guild) => {
    if (guild.available === false) return; // an outage, not a removal
    for (const sub of await deps.subs.list("discord")) if (sub.guildId === guild.id) await deps.subs.remove(sub.id);
    log.info({ guild: guild.id }, "removed from a server; its subscriptions ended");
  });
  client.on(Events.Error, (error) => log.error({ message: error.message }, "Discord client error"));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(opts.token);
  await ready;
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "Discord bot connected");
  return {
    client,
    stop: async () => {
      await client.destroy();
    },
  };
}

/** Registers the slash commands globally, or in one server (instant, for testing). Returns how many. */
export async function registerCommands(opts: { token: string; applicationId: string; apiUrl?: string; guildId?: string }): Promise<number> {
  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId) : Routes.applicationCommands(opts.applicationId);
  const result = (await rest.put(route, { body: COMMANDS })) as unknown[];
  return result.length;
}
