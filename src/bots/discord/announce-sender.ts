import { DiscordAPIError, RateLimitError, REST, Routes } from "discord.js";
import type { AnnouncementSender, SendOutcome } from "../../core/announce/announcer.ts";
import type { Reply } from "../../core/reply.ts";
import type { Subscription } from "../../core/subscriptions.ts";
import { renderEmbed } from "./render.ts";

/** The channel or server is gone: end the subscription. */
const GONE = new Set([10003 /* unknown channel */, 10004 /* unknown guild */]);
/** The bot may not post there now, which an administrator can undo. */
const NO_RIGHTS = new Set([50001 /* missing access */, 50013 /* missing permissions */, 50083 /* thread archived */]);
/** This message can never go there as it is. */
const REJECTED = new Set([200000 /* AutoMod blocked it */, 200001 /* AutoMod: title blocked */, 50035 /* invalid form body */, 50006 /* empty message */, 40060 /* already acknowledged */]);

/** What a Discord error means for an announcement. */
export function classifyDiscordError(error: unknown): SendOutcome {
  if (error instanceof RateLimitError) return { status: "retry", retryAfterMs: error.retryAfter, reason: `429 rate limited on ${error.route}` };
  if (error instanceof DiscordAPIError) {
    const code = Number(error.code);
    const reason = `${error.status} ${code} ${error.message}`;
    if (GONE.has(code)) return { status: "gone", reason };
    if (NO_RIGHTS.has(code)) return { status: "no-rights", reason };
    if (REJECTED.has(code)) return { status: "rejected", reason };
    if (error.status === 429 || error.status >= 500) return { status: "retry", reason };
    if (error.status === 404) return { status: "gone", reason };
    if (error.status === 403) return { status: "no-rights", reason };
    return { status: "rejected", reason };
  }
  return { status: "retry", reason: (error as Error).message };
}

/**
 * Delivers announcements on Discord: an embed, the subscription's role mentioned (and only it),
 * and a nonce with enforce_nonce so that a retry cannot post twice. discord.js's REST client
 * queues requests per route and waits out 429s by itself.
 */
export function discordSender(rest: REST): AnnouncementSender {
  return {
    platform: "discord",
    async send(sub: Subscription, reply: Reply, nonce: string, signal?: AbortSignal, mayStillSend?: () => boolean): Promise<SendOutcome> {
      if (mayStillSend && !mayStillSend()) return { status: "unsent" };
      try {
        await rest.post(Routes.channelMessages(sub.chatId), {
          body: {
            ...(sub.roleId ? { content: `<@&${sub.roleId}>` } : {}),
            embeds: [renderEmbed(reply)],
            allowed_mentions: { parse: [], roles: sub.roleId ? [sub.roleId] : [] },
            nonce,
            enforce_nonce: true,
          },
          ...(signal ? { signal } : {}),
        });
        return { status: "sent" };
      } catch (error) {
        return classifyDiscordError(error);
      }
    },
  };
}

/** The same sender without a gateway client (HTTP mode): discord.js's REST client with the bot token. */
export function discordRestSender(token: string, apiUrl?: string): AnnouncementSender {
  return discordSender(new REST(apiUrl ? { api: apiUrl } : {}).setToken(token));
}
