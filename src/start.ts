import type { Config } from "./config.ts";
import { openCore, type Core, type CoreDeps } from "./core/app.ts";
import { SubscriptionStore } from "./core/subscriptions.ts";
import { startTelegram, type RunningTelegram } from "./bots/telegram/run.ts";
import { startDiscord, type RunningDiscord } from "./bots/discord/run.ts";
import { telegramSender } from "./bots/telegram/announce-sender.ts";
import { discordSender } from "./bots/discord/announce-sender.ts";
import { Announcer, type AnnouncementSender } from "./core/announce/announcer.ts";
import { Lease } from "./core/announce/lease.ts";
import { Poller } from "./core/announce/poller.ts";
import { systemClock } from "./core/ports.ts";

/**
 * What `ee-bot start` runs, as a function: the core, then every platform whose token is set.
 * Tests start the app through this, exactly as `npm start` does.
 */

export interface RunningApp {
  core: Core;
  subs: SubscriptionStore;
  telegram?: RunningTelegram;
  discord?: RunningDiscord;
  poller?: Poller;
  /** Platforms started ("telegram", "discord"). */
  platforms: string[];
  stop(): Promise<void>;
}

export interface StartOptions extends CoreDeps {
  /** Discord: how long an answer may take before the interaction is deferred (default 1.5 s). */
  discordDeferAfterMs?: number;
}

export async function startApp(config: Config, deps: StartOptions): Promise<RunningApp> {
  const core = await openCore(config, deps);
  const subs = new SubscriptionStore(core.records);
  const platforms: string[] = [];
  let telegram: RunningTelegram | undefined;
  let discord: RunningDiscord | undefined;
  try {
    if (config.TELEGRAM_BOT_TOKEN) {
      telegram = await startTelegram(
        { core, subs, logger: deps.logger },
        {
          token: config.TELEGRAM_BOT_TOKEN,
          apiRoot: config.TELEGRAM_API_ROOT,
          webhookPort: config.TELEGRAM_WEBHOOK_PORT,
          flood: { max: config.TELEGRAM_FLOOD_MAX },
          ...(config.TELEGRAM_WEBHOOK_URL ? { webhookUrl: config.TELEGRAM_WEBHOOK_URL } : {}),
          ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
        },
      );
      platforms.push("telegram");
    }
    if (config.DISCORD_TOKEN) {
      discord = await startDiscord(
        { core, subs, logger: deps.logger, ...(deps.discordDeferAfterMs !== undefined ? { deferAfterMs: deps.discordDeferAfterMs } : {}) },
        { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL },
      );
      platforms.push("discord");
    }
  } catch (error) {
    await telegram?.stop();
    await core.close();
    throw error;
  }
  if (platforms.length) core.charts.warm();
  // One copy at a time polls IRCC's feed and announces new rounds to every subscriber.
  let poller: Poller | undefined;
  if (platforms.length) {
    const senders: AnnouncementSender[] = [];
    if (telegram) senders.push(telegramSender(telegram.bot.api, { perSecond: config.TELEGRAM_BROADCAST_RATE }));
    if (discord) senders.push(discordSender(discord.client.rest));
    const leaseMs = config.ANNOUNCE_LEASE_SECONDS * 1000;
    const lease = new Lease(core.records, systemClock, leaseMs); // wall time, whatever clock answers use
    const policy = { giveUpAfterMs: config.ANNOUNCE_GIVE_UP_SECONDS * 1000, unsubscribeAfterMs: config.ANNOUNCE_UNSUBSCRIBE_DAYS * 86_400_000 };
    poller = new Poller({
      lease,
      announcer: new Announcer({ records: core.records, store: core.store, subs, clock: core.clock, logger: deps.logger, senders, lease, policy }),
      store: core.store,
      records: core.records,
      sync: () => core.sync(),
      logger: deps.logger,
      intervalMs: config.DRAWS_POLL_SECONDS * 1000,
      renewMs: leaseMs / 3,
    });
    poller.start();
  }
  let stopped = false;
  return {
    core,
    subs,
    ...(telegram ? { telegram } : {}),
    ...(discord ? { discord } : {}),
    ...(poller ? { poller } : {}),
    platforms,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await poller?.stop();
      await telegram?.stop();
      await discord?.stop();
      await core.close();
    },
  };
}
