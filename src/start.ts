import type { Config } from "./config.ts";
import { openCore, type Core, type CoreDeps } from "./core/app.ts";
import { SubscriptionStore } from "./core/subscriptions.ts";
import { startTelegram, type RunningTelegram } from "./bots/telegram/run.ts";

/**
 * What `ee-bot start` runs, as a function: the core, then every platform whose token is set.
 * Tests start the app through this, exactly as `npm start` does.
 */

export interface RunningApp {
  core: Core;
  subs: SubscriptionStore;
  telegram?: RunningTelegram;
  /** Platforms started ("telegram", "discord"). */
  platforms: string[];
  stop(): Promise<void>;
}

export async function startApp(config: Config, deps: CoreDeps): Promise<RunningApp> {
  const core = await openCore(config, deps);
  const subs = new SubscriptionStore(core.kv);
  const platforms: string[] = [];
  let telegram: RunningTelegram | undefined;
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
  } catch (error) {
    await core.close();
    throw error;
  }
  let stopped = false;
  return {
    core,
    subs,
    ...(telegram ? { telegram } : {}),
    platforms,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await telegram?.stop();
      await core.close();
    },
  };
}
