import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { webhookCallback } from "grammy";
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
    const handle = webhookCallback(bot, "http", { secretToken: secret });
    const server: Server = createServer((req, res) => {
      if (req.method === "POST") return void handle(req, res).catch(() => void (res.writableEnded || res.end()));
      res.writeHead(req.url === "/health" ? 200 : 404).end(req.url === "/health" ? "ok" : "");
    });
    await new Promise<void>((resolve) => server.listen(opts.webhookPort ?? 8080, resolve));
    const port = (server.address() as { port: number }).port;
    await bot.api.setWebhook(opts.webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ port }, "Telegram bot receiving updates by webhook");
    return {
      bot,
      webhookPort: port,
      stop: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
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
