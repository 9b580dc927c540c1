import { createHash } from "node:crypto";
import { startWebhookServer } from "./webhook.ts";
import type { Bot } from "grammy";
import { ALLOWED_UPDATES, createTelegramBot, type TelegramOptions } from "./bot.ts";
import { telegramCommands } from "./commands-list.ts";
import { chatState, type BotContext, type TelegramDeps } from "./context.ts";

/**
 * Starts the Telegram bot: registers its commands in English and French, then long polling, or a
 * webhook server when a public URL is configured (deployments behind a load balancer).
 */

export interface TelegramRunOptions extends TelegramOptions {
  webhookUrl?: string;
  webhookPort?: number;
  webhookSecret?: string;
}

export interface RunningTelegram {
  bot: Bot<BotContext>;
  /** Where the webhook server listens (0 = not in webhook mode). */
  webhookPort: number;
  stop(): Promise<void>;
}

export async function startTelegram(base: Omit<TelegramDeps, "chats">, opts: TelegramRunOptions): Promise<RunningTelegram> {
  const deps: TelegramDeps = { ...base, chats: chatState(base.core.records) };
  const log = deps.logger.child({ platform: "telegram" });
  const bot = createTelegramBot(deps, opts);
  await bot.init();
  try {
    await bot.api.setMyCommands(telegramCommands("en"));
    await bot.api.setMyCommands(telegramCommands("fr"), { language_code: "fr" });
  } catch (error) {
    log.warn({ message: (error as Error).message }, "could not register the command list; commands still work");
  }

  if (opts.webhookUrl) {
    // Telegram echoes this secret in a header, so only Telegram can post updates to us.
    const secret = opts.webhookSecret ?? createHash("sha256").update(`ee-bot-webhook:${opts.token}`).digest("hex").slice(0, 48);
    const server = await startWebhookServer(bot, { records: deps.core.records, logger: deps.logger }, { secret, port: opts.webhookPort ?? 8080 });
    // Every copy sets the same webhook: the last call wins and they all agree.
    await bot.api.setWebhook(opts.webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ port: server.port }, "Telegram bot receiving updates by webhook");
    return { bot, webhookPort: server.port, stop: () => server.stop() };
  }

  const polling = bot.start({ allowed_updates: [...ALLOWED_UPDATES], onStart: (me) => log.info({ username: me.username }, "Telegram bot polling for updates") });
  polling.catch((error: Error) => log.error({ message: error.message }, "Telegram polling stopped"));
  return {
    bot,
    webhookPort: 0,
    stop: async () => {
      await bot.stop();
      await polling.catch(() => {});
    },
  };
}
