import type { Lang } from "./reply.ts";

/**
 * What a subscription is, apart from how it is stored: the record store and the subscription
 * service both speak of it, so it sits below both.
 */

export type Platform = "telegram" | "discord";

export interface Subscription {
  /** "telegram:<chatId>" or "discord:<channelId>". */
  id: string;
  platform: Platform;
  /** Telegram chat id or Discord channel id, as text. */
  chatId: string;
  /** Category keys to announce; null = every round. */
  categories: string[] | null;
  /** Announce only rounds whose cutoff is at or below this score; null = no score filter. */
  maxCrs: number | null;
  lang: Lang;
  /** Discord: the server, and a role to mention. */
  guildId?: string;
  roleId?: string;
  createdAt: string;
  /** Who subscribed (platform user id), for the record. */
  createdBy?: string;
  /** Set while deliveries fail because the bot lacks rights there (kept by the store, not by `save`). */
  paused?: PauseState;
}

/** Why deliveries to a subscription fail, while they do. */
export interface PauseState {
  /** When the first failure of this run happened (ISO). */
  since: string;
  /** The platform's words (e.g. "Bad Request: not enough rights to send text messages to the chat"). */
  reason: string;
  /** Failed deliveries since then. */
  failures: number;
}
