import { DiscordAPIError, REST, Routes } from "discord.js";
import type { AnnouncementSender, SendOutcome } from "../../core/announce/announcer.ts";
import type { Reply } from "../../core/reply.ts";
import type { Subscription } from "../../core/subscriptions.ts";
import { renderEmbed } from "./render.ts";

/** Discord error codes meaning the channel is gone or closed to the bot. */
const GONE = new Set([10003 /* unknown channel */, 10004 /* unknown guild */, 50001 /* missing access */, 50013 /* missing permissions */]);

/**
 * Delivers announcements on Discord: an embed, the subscription's role mentioned (and only it),
 * and a nonce with enforce_nonce so that a retry cannot post twice. discord.js's REST client
 * queues requests per route and waits out 429s by itself.
 */
export function discordSender(rest: REST): AnnouncementSender {
  return {
    platform: "discord",
    async send(sub: Subscription, reply: Reply, nonce: string): Promise<SendOutcome> {
      try {
        await rest.post(Routes.channelMessages(sub.chatId), {
          body: {
            ...(sub.roleId ? { content: `<@&${sub.roleId}>` } : {}),
            embeds: [renderEmbed(reply)],
            allowed_mentions: { parse: [], roles: sub.roleId ? [sub.roleId] : [] },
            nonce,
            enforce_nonce: true,
          },
        });
        return { status: "sent" };
      } catch (error) {
        if (error instanceof DiscordAPIError) {
          if (GONE.has(Number(error.code)) || error.status === 404) return { status: "gone", reason: `${error.code} ${error.message}` };
          return { status: "retry", reason: `${error.status} ${error.message}` };
        }
        return { status: "retry", reason: (error as Error).message };
      }
    },
  };
}

/** The same sender without a gateway client (HTTP mode): discord.js's REST client with the bot token. */
export function discordRestSender(token: string, apiUrl?: string): AnnouncementSender {
  return discordSender(new REST(apiUrl ? { api: apiUrl } : {}).setToken(token));
}
