import { Api, GrammyError, HttpError } from "grammy";
import type { AnnouncementSender, SendOutcome } from "../../core/announce/announcer.ts";
import { RateLimiter } from "../../core/announce/rate-limit.ts";
import type { Logger } from "../../core/ports.ts";
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

/** How many times one announcement is tried again at once after a 429 or a passing fault, before the outbox's backoff takes over. */
const QUICK_RETRIES = 3;
/** The longest 429 pause waited out here; a longer retry_after goes back to the outbox with its time. */
const MAX_PAUSE_MS = 60_000;

export interface TelegramSenderOptions {
  /** Messages per second overall (default 30; up to 1,000 with paid broadcasts). */
  perSecond?: number;
  /** Sends with `allow_paid_broadcast` (Telegram Stars are charged beyond the free 30 messages/s). */
  paidBroadcast?: boolean;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Delivers announcements on Telegram within its limits: `perSecond` messages overall (30 by
 * default) and one message every 3 s to a group or channel (20 a minute). Several announcements
 * may be on their way at once: the limiter is shared, so the rate holds whatever their number, and
 * it counts each message until a second after its answer, so delays on the way cannot bunch them up.
 *
 * A 429 pauses every announcement for its retry_after (Telegram's broadcast limit is the bot's,
 * not one chat's), then this one is tried again; so are 5xx answers and network faults, a few
 * times with backoff. Announcements go through their own API client for that reason: the bot's
 * client waits out a 429 for the refused request alone.
 */
export function telegramSender(api: Api, opts: TelegramSenderOptions = {}): AnnouncementSender {
  const limiter = new RateLimiter(opts.perSecond ?? 30, (chat) => (chat.startsWith("-") ? 3_000 : 1_000));
  const own = new Api(api.token, api.options);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const rendered = new WeakMap<Reply, string[]>(); // one announcement goes to many chats: rendered once
  const extra = { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(opts.paidBroadcast ? { allow_paid_broadcast: true } : {}) } as const;
  return {
    platform: "telegram",
    async send(sub: Subscription, reply: Reply, _nonce: string, signal?: AbortSignal, mayStillSend?: () => boolean): Promise<SendOutcome> {
      let parts = rendered.get(reply);
      if (!parts) rendered.set(reply, (parts = renderHtml(reply)));
      for (const html of parts) {
        for (let attempt = 0; ; attempt++) {
          const answered = await limiter.acquire(sub.chatId);
          if (signal?.aborted || (mayStillSend && !mayStillSend())) {
            answered(false);
            return signal?.aborted ? { status: "retry", reason: "aborted" } : { status: "unsent" };
          }
          try {
            await own.sendMessage(sub.chatId, html, extra, signal as Parameters<Api["sendMessage"]>[3]);
            answered();
            break;
          } catch (error) {
            answered();
            const outcome = classifyTelegramError(error);
            if (outcome.status !== "retry" || attempt >= QUICK_RETRIES || signal?.aborted) return outcome;
            if (error instanceof GrammyError && error.error_code === 429) {
              if ((outcome.retryAfterMs ?? 0) > MAX_PAUSE_MS) return outcome;
              limiter.pause(outcome.retryAfterMs ?? 1_000);
              opts.logger?.warn({ retry_after: (outcome.retryAfterMs ?? 1_000) / 1000 }, "Telegram rate limit (429): every announcement waits before going on");
            } else await sleep(250 * 2 ** attempt);
          }
        }
      }
      return { status: "sent" };
    },
  };
}
