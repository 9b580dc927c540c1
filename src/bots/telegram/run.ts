import { createHash } from "node:crypto";
import { run } from "@grammyjs/runner";
import { startWebhookServer } from "./webhook.ts";
import type { Bot } from "grammy";
import { ALLOWED_UPDATES, createTelegramBot, type TelegramOptions } from "./bot.ts";
import { telegramCommands } from "./commands-list.ts";
import { chatState, type BotContext, type TelegramDeps } from "./context.ts";
import type { Logger } from "../../core/ports.ts";
import { ChatReplica } from "../../core/store/chat-replica.ts";

/**
 * Starts the Telegram bot: registers its commands in English and French, then long polling (grammY's
 * runner, updates answered concurrently), or a webhook server when a public URL is configured
 * (deployments behind a load balancer).
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
  const deps: TelegramDeps = { ...base, chats: chatState(await ChatReplica.open(base.core.records)) };
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
    const server = await startWebhookServer(bot, { records: deps.core.records, chats: deps.chats, logger: deps.logger }, { secret, port: opts.webhookPort ?? 8080 });
    // Every copy sets the same webhook: the last call wins and they all agree.
    await bot.api.setWebhook(opts.webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
    log.info({ port: server.port }, "Telegram bot receiving updates by webhook");
    return { bot, webhookPort: server.port, stop: () => server.stop() };
  }

  return startPolling(bot, log);
}

/** How long a stop waits for updates being answered (container platforms kill after about 10 s). */
const STOP_GRACE_MS = 5_000;

/**
 * Long polling with grammY's runner: updates are fetched while earlier ones are still being
 * answered (per-chat order comes from `sequentialize` in the bot). Stopping ends the poll, waits
 * for the answers under way (up to STOP_GRACE_MS), then confirms the last update to Telegram so a
 * restart does not answer it again.
 */
async function startPolling(bot: Bot<BotContext>, log: Logger): Promise<RunningTelegram> {
  let inFlight = 0;
  let lastUpdate = 0;
  const idle = new Set<() => void>();
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (error) {
      // The runner retries failed polls by itself; it is kept silent because it would print the raw error.
      if (method === "getUpdates" && !signal?.aborted) log.warn({ message: (error as Error).message }, "could not fetch updates from Telegram; retrying");
      throw error;
    }
  });
  const tracked = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReply) => {
    inFlight++;
    lastUpdate = Math.max(lastUpdate, update.update_id);
    try {
      return await tracked(update, webhookReply);
    } finally {
      if (--inFlight === 0) for (const wake of idle) wake();
    }
  };
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
  log.info({ username: bot.botInfo.username }, "Telegram bot polling for updates");
  void runner.task()?.catch((error: Error) => log.error({ message: error.message }, "Telegram polling stopped"));
  return {
    bot,
    webhookPort: 0,
    stop: async () => {
      await runner.stop().catch(() => {});
      if (inFlight > 0) {
        let wake = () => {};
        const drained = new Promise<void>((resolve) => idle.add((wake = resolve)));
        const timer = setTimeout(wake, STOP_GRACE_MS);
        await drained;
        clearTimeout(timer);
        idle.delete(wake);
        if (inFlight > 0) log.warn({ inFlight }, "stopped with updates still being answered");
      }
      if (lastUpdate) await bot.api.getUpdates({ offset: lastUpdate + 1, limit: 1, timeout: 0 }).catch(() => {});
    },
  };
}
