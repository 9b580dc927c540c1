import { GrammyError, HttpError, type Api } from "grammy";
import type { AnnouncementSender, SendOutcome } from "../../core/announce/announcer.ts";
import { RateLimiter } from "../../core/announce/rate-limit.ts";
import type { Reply } from "../../core/reply.ts";
import type { Subscription } from "../../core/subscriptions.ts";
import { renderHtml } from "./render.ts";

/** The chat is gone or closed the door on the bot: end the subscription. */
const GONE = /chat not found|user is deactivated|group chat was deleted|bot was kicked|bot was blocked|bot is not a member|PEER_ID_INVALID|CHANNEL_PRIVATE|CHANNEL_INVALID|USER_DEACTIVATED|chat_id is empty|bot can't initiate conversation/i;
/** The bot may not post there now, which an administrator can undo (night mode, a locked channel, a closed topic). */
const NO_RIGHTS = /not enough rights|need administrator rights|have no rights|CHAT_WRITE_FORBIDDEN|CHAT_ADMIN_REQUIRED|TOPIC_CLOSED|CHAT_RESTRICTED|CHAT_SEND_\w+_FORBIDDEN/i;

/** What a Telegram error means for an announcement. */
export function classifyTelegramError(error: unknown): SendOutcome {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code} ${error.description}`;
    const migrated = error.parameters.migrate_to_chat_id;
    if (migrated) return { status: "migrated", newChatId: String(migrated), reason };
    if (error.error_code === 429) return { status: "retry", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000, reason };
    if (error.error_code >= 500) return { status: "retry", reason };
    if (NO_RIGHTS.test(error.description)) return { status: "no-rights", reason };
    if (GONE.test(error.description) || error.error_code === 403) return { status: "gone", reason };
    // Any other 4xx is an answer about this message (bad HTML, too long…): sending it again cannot help.
    return { status: "rejected", reason };
  }
  if (error instanceof HttpError) return { status: "retry", reason: error.message };
  return { status: "retry", reason: (error as Error).message };
}

/**
 * Delivers announcements on Telegram within its limits: `perSecond` messages overall (30 by
 * default) and one message every 3 s to a group or channel (20 a minute). A short 429 is waited
 * out by the API's retry transformer; every other error is classified by `classifyTelegramError`.
 */
export function telegramSender(api: Api, opts: { perSecond?: number } = {}): AnnouncementSender {
  const limiter = new RateLimiter(opts.perSecond ?? 30, (chat) => (chat.startsWith("-") ? 3_000 : 1_000));
  return {
    platform: "telegram",
    async send(sub: Subscription, reply: Reply, _nonce: string, signal?: AbortSignal): Promise<SendOutcome> {
      const parts = renderHtml(reply);
      try {
        for (const html of parts) {
          await limiter.acquire(sub.chatId);
          await api.sendMessage(sub.chatId, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } }, signal as Parameters<Api["sendMessage"]>[3]);
        }
        return { status: "sent" };
      } catch (error) {
        return classifyTelegramError(error);
      }
    },
  };
}
