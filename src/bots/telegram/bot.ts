import { sequentialize } from "@grammyjs/runner";
import { Bot, GrammyError, HttpError } from "grammy";
import { CHAT_WORDS } from "../../content/chat-words.ts";
import type { UserFromGetMe } from "grammy/types";
import type { Reply } from "../../core/reply.ts";
import { sendReply, type BotContext, type TelegramDeps } from "./context.ts";
import { commandsFeature } from "./features/commands.ts";
import { crsWizardFeature } from "./features/crs-wizard.ts";
import { eligibleWizardFeature } from "./features/eligible-wizard.ts";
import { itaFeature } from "./features/ita.ts";
import { questionsFeature } from "./features/questions.ts";
import { subscriptionsFeature } from "./features/subscriptions.ts";
import { floodGuard } from "./flood.ts";
import { retryTransformer } from "./retry.ts";

/**
 * The Telegram bot: grammY with one composer per feature, all on the shared core. Errors are
 * caught per update: Telegram refusing (GrammyError) and the network failing (HttpError) are
 * logged apart, and the user gets a short apology, never a stack trace.
 */

export interface TelegramOptions {
  token: string;
  apiRoot?: string;
  /** Skips getMe (tests and benchmarks). */
  botInfo?: UserFromGetMe;
  flood?: { max?: number; windowMs?: number };
}

export const ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "my_chat_member"] as const;

const REPLY_METHODS = new Set(["sendMessage", "sendPhoto", "sendDocument", "editMessageText", "editMessageCaption"]);

const APOLOGY: Record<"en" | "fr", Reply> = {
  en: { error: true, lines: [CHAT_WORDS.en.apology] },
  fr: { error: true, lines: [CHAT_WORDS.fr.apology] },
};

export function createTelegramBot(deps: TelegramDeps, opts: TelegramOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(opts.token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    client: { ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}) },
  });
  const log = deps.logger.child({ platform: "telegram" });
  bot.api.config.use(retryTransformer({ logger: log }));

  // Counted for /metrics: each update, and each message sent in answer to one (announcements go
  // through bot.api, not ctx.api, so they are not counted here).
  const telemetry = deps.core.telemetry;
  bot.use((ctx, next) => {
    telemetry.updateHandled("telegram", Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown");
    ctx.api.config.use(async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal);
      if (result.ok && REPLY_METHODS.has(method)) telemetry.replySent("telegram");
      return result;
    });
    return next();
  });

  // Updates are handled concurrently (long polling runs grammY's runner; webhooks arrive in
  // parallel), but one chat's updates in the order they came: a slow chart in one chat holds up
  // that chat only.
  bot.use(sequentialize((ctx) => (ctx.chat ? String(ctx.chat.id) : undefined)));

  // The chat's language: chosen with /lang, else the user's Telegram language. What another
  // process stored (a second copy, `ee-bot sync`) is read first — rounds, languages, open wizards —
  // and only when the store says something was committed since the last update: usually no query.
  bot.use(async (ctx, next) => {
    await deps.core.store.refresh();
    const chats = deps.chats.refresh();
    if (chats) await chats.catch((error: Error) => log.warn({ message: error.message }, "could not read chat settings from the store; answering with those already loaded"));
    const chatId = ctx.chat?.id;
    const stored = chatId !== undefined ? deps.chats.langs.get(chatId) : undefined;
    ctx.lang = stored ?? (ctx.from?.language_code?.startsWith("fr") ? "fr" : "en");
    return next();
  });
  bot.use(floodGuard(opts.flood));

  const features = [crsWizardFeature, eligibleWizardFeature, itaFeature, subscriptionsFeature, commandsFeature, questionsFeature];
  for (const feature of features)
    bot.errorBoundary(async (err) => {
      log.error({ err: err.error instanceof Error ? { name: err.error.name, message: err.error.message } : String(err.error), update: err.ctx.update.update_id }, "a feature failed");
      await sendReply(err.ctx, APOLOGY[err.ctx.lang ?? "en"]).catch(() => {});
    }).use(feature(deps));

  bot.catch((err) => {
    const e = err.error;
    if (e instanceof GrammyError) log.warn({ method: e.method, code: e.error_code, description: e.description }, "Telegram refused a request");
    else if (e instanceof HttpError) log.warn({ message: e.message }, "could not reach Telegram");
    else log.error({ message: (e as Error)?.message }, "unexpected error");
  });
  return bot;
}
