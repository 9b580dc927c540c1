import type { Round } from "./draws/round.ts";
import type { RecordStore } from "./store/records.ts";
import type { PauseState, Platform, Subscription } from "./subscription.ts";

/**
 * Subscriptions to new-round announcements: a Telegram chat or channel, or a Discord channel,
 * with its filters, and whether deliveries to it currently fail for want of rights.
 */

export type { Platform, Subscription };

export const subscriptionId = (platform: Platform, chatId: string | number) => `${platform}:${chatId}`;

/** Whether a round passes a subscription's filters. */
export function wantsRound(sub: Subscription, round: Round): boolean {
  if (sub.categories && !sub.categories.includes(round.category.key)) return false;
  if (sub.maxCrs !== null && round.crs > sub.maxCrs) return false;
  return true;
}

/**
 * The subscriptions, one record each in the record store: saving one never rewrites another, so
 * any number of copies of the bot can save at once.
 */
export class SubscriptionStore {
  constructor(private readonly records: RecordStore) {}

  get(id: string): Promise<Subscription | undefined> {
    return this.records.getSubscription(id);
  }

  /** The subscriptions among `ids` that exist, by id. */
  async getMany(ids: readonly string[]): Promise<Map<string, Subscription>> {
    return new Map((await this.records.getSubscriptions(ids)).map((s) => [s.id, s]));
  }

  list(platform?: Platform): Promise<Subscription[]> {
    return this.records.listSubscriptions(platform);
  }

  /** Adds or replaces a subscription (its filters; a pause stays as it was). */
  save(sub: Subscription): Promise<void> {
    return this.records.saveSubscription(sub);
  }

  /** Removes a subscription; true when there was one. */
  remove(id: string): Promise<boolean> {
    return this.records.removeSubscription(id);
  }

  /** Moves a subscription to a new chat id (a Telegram group that became a supergroup), leaving a forwarding note. */
  move(fromId: string, to: Subscription): Promise<void> {
    return this.records.moveSubscription(fromId, to);
  }

  /** Records that deliveries fail for want of rights (or clears it, with null). */
  setPause(id: string, pause: PauseState | null): Promise<void> {
    return this.records.setPause(id, pause);
  }

  /** The subscription under `id`, following moves; undefined when it ended. */
  async resolve(id: string): Promise<Subscription | undefined> {
    for (let hops = 0, current = id; hops < 5; hops++) {
      const sub = await this.get(current);
      if (sub) return sub;
      const next = await this.records.movedTo(current);
      if (!next) return undefined;
      current = next;
    }
    return undefined;
  }
}
