import { createHash } from "node:crypto";
import type { Reply } from "../reply.ts";
import type { Platform, Subscription } from "../subscriptions.ts";

/** What a platform answered to one announcement, classified. */
export interface SendOutcome {
  /**
   * sent; gone: the chat no longer exists or removed the bot (unsubscribe); no-rights: the bot may
   * not post there now (pause, retry); rejected: this message can never go (drop it); migrated: the
   * chat has a new id; retry: a passing fault or a rate limit; unsent: not sent because
   * `mayStillSend` said no when its turn came (nothing is recorded: the copy stops).
   */
  status: "sent" | "gone" | "no-rights" | "rejected" | "migrated" | "retry" | "unsent";
  /** For "migrated": the chat's new id (a Telegram group that became a supergroup). */
  newChatId?: string;
  /** For "retry" after a rate limit: how long the platform asked to wait. */
  retryAfterMs?: number;
  reason?: string;
}

/** A platform's way to deliver an announcement to one subscription. */
export interface AnnouncementSender {
  platform: Platform;
  /**
   * `nonce` is stable per (round, subscription): platforms that support it drop a repeat. `signal`
   * aborts the send. `mayStillSend`, when given, is asked right before each message leaves (after
   * any wait for the rate limit): on false nothing more goes and the outcome is "unsent".
   */
  send(sub: Subscription, reply: Reply, nonce: string, signal?: AbortSignal, mayStillSend?: () => boolean): Promise<SendOutcome>;
}

/** A stable idempotency key per (round, subscription), ≤ 25 characters (Discord's nonce limit). */
export const nonceFor = (roundId: string, subId: string) => createHash("sha256").update(`${roundId}|${subId}`).digest("base64url").slice(0, 25);

