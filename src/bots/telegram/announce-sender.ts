import { GrammyError, HttpError, type Api } from "grammy";
import type { AnnouncementSender, SendOutcome } from "../../core/announce/announcer.ts";
import { RateLimiter } from "../../core/announce/rate-limit.ts";
import type { Reply } from "../../core/reply.ts";
import type { Subscription } from "../../core/subscriptions.ts";
import { renderHtml } from "./render.ts";

/**
 * Delivers announcements on Telegram within its limits: `perSecond` messages overall (30 by
 * default) and one message every 3 s to a group or channel (20 a minute). A 429 is waited out by
 * the API's retry transformer; a chat that blocked or removed the bot, or no longer exists, is
 * reported gone; a group that became a supergroup is reported migrated with its new id.
 */
export function telegramSender(api: Api, opts: { perSecond?: number } = {}): AnnouncementSender {
  const limiter = new RateLimiter(opts.perSecond ?? 30, (chat) => (chat.startsWith("-") ? 3_000 : 1_000));
  return {
    platform: "telegram",
    async send(sub: Subscription, reply: Reply): Promise<SendOutcome> {
      const parts = renderHtml(reply);
      try {
        for (const html of parts) {
          await limiter.acquire(sub.chatId);
          await api.sendMessage(sub.chatId, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        }
        return { status: "sent" };
      } catch (error) {
        if (error instanceof GrammyError) {
          const migrated = error.parameters.migrate_to_chat_id;
          if (migrated) return { status: "migrated", newChatId: String(migrated), reason: error.description };
          if (error.error_code === 403 || (error.error_code === 400 && /chat not found|user is deactivated|group chat was deleted|not enough rights|bot was kicked|have no rights/i.test(error.description)))
            return { status: "gone", reason: error.description };
          return { status: "retry", reason: `${error.error_code} ${error.description}` };
        }
        if (error instanceof HttpError) return { status: "retry", reason: error.message };
        throw error;
      }
    },
  };
}
