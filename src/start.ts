import type { Config } from "./config.ts";
import { openCore, type Core, type CoreDeps } from "./core/app.ts";
import { SubscriptionStore } from "./core/subscriptions.ts";
import { startTelegram, type RunningTelegram } from "./bots/telegram/run.ts";
import type { RunningDiscord } from "./bots/discord/run.ts";
import { telegramSender } from "./bots/telegram/announce-sender.ts";
import type { RunningInteractions } from "./bots/discord/http/endpoint.ts";
import { Announcer, type AnnouncementSender } from "./core/announce/announcer.ts";
import { Lease } from "./core/announce/lease.ts";
import { Poller } from "./core/announce/poller.ts";
import { ItaReminders } from "./core/ita/reminders.ts";
import { telegramReminderSender } from "./bots/telegram/reminder-sender.ts";
import { systemClock } from "./core/ports.ts";
import { readSyncState } from "./core/draws/sync.ts";
import { announceInFlight, maxSyncAgeSeconds, telegramBroadcastRate } from "./config.ts";
import { checkHealth } from "./ops/health.ts";
import { startOpsServer, type RunningOps } from "./ops/server.ts";

/**
 * What `ee-bot start` runs, as a function: the core, then every platform whose token is set.
 * Tests start the app through this, exactly as `npm start` does.
 */

export interface RunningApp {
  core: Core;
  subs: SubscriptionStore;
  telegram?: RunningTelegram;
  discord?: RunningDiscord;
  /** Discord in HTTP mode (DISCORD_PUBLIC_KEY set): the interactions endpoint, no gateway. */
  discordHttp?: RunningInteractions;
  poller?: Poller;
  /** The operations endpoint (OPS_PORT set). */
  ops?: RunningOps;
  /** Platforms started ("telegram", "discord"). */
  platforms: string[];
  stop(): Promise<void>;
}

export interface StartOptions extends CoreDeps {
  /** Discord: how long an answer may take before the interaction is deferred (default 1.5 s). */
  discordDeferAfterMs?: number;
}

// discord.js and prom-client are loaded only when their settings are set (dynamic imports below): together some
// 40 MB resident that a Telegram-only copy, or one without OPS_PORT, never uses (issue 13).

export async function startApp(config: Config, deps: StartOptions): Promise<RunningApp> {
  const core = await openCore(config, deps);
  const startedAt = core.clock();
  const subs = new SubscriptionStore(core.records);
  const leaseMs = config.ANNOUNCE_LEASE_SECONDS * 1000;
  const lease = new Lease(core.records, systemClock, leaseMs); // wall time, whatever clock answers use
  const lastSyncSuccess = async () => {
    const at = (await readSyncState(core.store)).succeededAt;
    return at ? new Date(at) : undefined;
  };
  const metrics =
    config.OPS_PORT === undefined
      ? undefined
      : (await import("./ops/metrics.ts")).createMetrics({
          copyId: lease.owner,
          leaseHolder: async () => ((await lease.held()) ? { owner: lease.owner, self: true } : undefined),
          syncAgeSeconds: async () => {
            const at = await lastSyncSuccess();
            return at ? Math.max(0, (core.clock().getTime() - at.getTime()) / 1000) : undefined;
          },
        });
  if (metrics) core.telemetry = metrics.telemetry; // before any platform starts counting
  // The operations endpoint first, so /healthz answers while the platforms start.
  let ops: RunningOps | undefined;
  if (metrics && config.OPS_PORT !== undefined) {
    const health = () =>
      checkHealth({
        clock: core.clock,
        startedAt,
        maxSyncAgeMs: maxSyncAgeSeconds(config) * 1000,
        pingStore: async () => {
          await core.kv.get("ops:ping");
          await core.records.counter("ops:ping");
        },
        lastSyncSuccess,
        isLeader: () => lease.held(),
      });
    try {
      ops = await startOpsServer({ health, metrics, logger: deps.logger }, { port: config.OPS_PORT });
    } catch (error) {
      await core.close();
      throw error;
    }
  }
  const platforms: string[] = [];
  let telegram: RunningTelegram | undefined;
  let discord: RunningDiscord | undefined;
  let discordHttp: RunningInteractions | undefined;
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
    if (config.DISCORD_PUBLIC_KEY) {
      // HTTP mode: Discord posts interactions to us; no gateway connection, so any number of copies can answer.
      const { startInteractionsEndpoint } = await import("./bots/discord/http/endpoint.ts");
      discordHttp = await startInteractionsEndpoint(
        { core, subs, logger: deps.logger },
        {
          publicKey: config.DISCORD_PUBLIC_KEY,
          port: config.DISCORD_INTERACTIONS_PORT,
          apiUrl: config.DISCORD_API_URL,
          ...(config.DISCORD_TOKEN ? { token: config.DISCORD_TOKEN } : {}),
          rateLimit: { max: config.DISCORD_USER_RATE_MAX, windowMs: 10_000 },
          ...(deps.discordDeferAfterMs !== undefined ? { deferAfterMs: deps.discordDeferAfterMs } : {}),
        },
      );
      platforms.push("discord");
    } else if (config.DISCORD_TOKEN) {
      const { startDiscord } = await import("./bots/discord/run.ts");
      discord = await startDiscord(
        { core, subs, logger: deps.logger, ...(deps.discordDeferAfterMs !== undefined ? { deferAfterMs: deps.discordDeferAfterMs } : {}) },
        { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL },
      );
      platforms.push("discord");
    }
  } catch (error) {
    await telegram?.stop();
    await discordHttp?.stop();
    await ops?.stop();
    await core.close();
    throw error;
  }
  // The chart worker is not warmed here: it starts with the first chart asked for (about a second more for that one)
  // and exits when idle, so a copy that draws no chart does not carry its 40 MB (issue 13).
  // One copy at a time polls IRCC's feed and announces new rounds to every subscriber.
  let poller: Poller | undefined;
  if (platforms.length) {
    const senders: AnnouncementSender[] = [];
    if (telegram) {
      const perSecond = telegramBroadcastRate(config);
      // Only the copy holding the lease announces, so this is the bot's rate, not each copy's.
      if (perSecond > 30 && !config.TELEGRAM_PAID_BROADCAST) deps.logger.warn({ perSecond }, "TELEGRAM_BROADCAST_RATE is above Telegram's free 30 messages/s without TELEGRAM_PAID_BROADCAST: expect 429s");
      senders.push(telegramSender(telegram.bot.api, { perSecond, paidBroadcast: config.TELEGRAM_PAID_BROADCAST, logger: deps.logger.child({ platform: "telegram", component: "announcer" }) }));
    }
    if (discord || (discordHttp && config.DISCORD_TOKEN)) {
      const { discordSender, discordRestSender } = await import("./bots/discord/announce-sender.ts");
      if (discord) senders.push(discordSender(discord.client.rest));
      else if (config.DISCORD_TOKEN) senders.push(discordRestSender(config.DISCORD_TOKEN, config.DISCORD_API_URL));
    }
    // ITA reminders go to Telegram private chats, by the same leading copy.
    const itaReminders = new ItaReminders({ store: core.countdowns, clock: core.clock, logger: deps.logger, senders: telegram ? { telegram: telegramReminderSender(telegram.bot.api) } : {} });
    const policy = { giveUpAfterMs: config.ANNOUNCE_GIVE_UP_SECONDS * 1000, unsubscribeAfterMs: config.ANNOUNCE_UNSUBSCRIBE_DAYS * 86_400_000 };
    poller = new Poller({
      lease,
      announcer: new Announcer({ records: core.records, store: core.store, subs, clock: core.clock, logger: deps.logger, senders, lease, policy, inFlight: announceInFlight(config) }),
      store: core.store,
      records: core.records,
      sync: () => core.sync(),
      logger: deps.logger,
      intervalMs: config.DRAWS_POLL_SECONDS * 1000,
      renewMs: leaseMs / 3,
      onDeliveries: (report) => core.telemetry.deliveries(report),
      tasks: [{ name: "ita-reminders", run: (signal) => itaReminders.run(signal) }],
    });
    poller.start();
  }
  let stopped = false;
  return {
    core,
    subs,
    ...(telegram ? { telegram } : {}),
    ...(discord ? { discord } : {}),
    ...(discordHttp ? { discordHttp } : {}),
    ...(poller ? { poller } : {}),
    ...(ops ? { ops } : {}),
    platforms,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await poller?.stop();
      await telegram?.stop();
      await discord?.stop();
      await discordHttp?.stop();
      await ops?.stop();
      await core.close();
    },
  };
}
