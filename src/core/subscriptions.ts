import type { Round } from "./draws/round.ts";
import type { Lang } from "./reply.ts";
import type { KeyValueStore } from "./store/key-value.ts";
import { Mutex } from "./store/mutex.ts";

/**
 * Subscriptions to new-round announcements: a Telegram chat or channel, or a Discord channel,
 * with its filters. Kept through the key-value port: `subs:index` (ids) and `subs:<id>`.
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
}

const INDEX = "subs:index";
const key = (id: string) => `subs:${id}`;

export const subscriptionId = (platform: Platform, chatId: string | number) => `${platform}:${chatId}`;

/** Whether a round passes a subscription's filters. */
export function wantsRound(sub: Subscription, round: Round): boolean {
  if (sub.categories && !sub.categories.includes(round.category.key)) return false;
  if (sub.maxCrs !== null && round.crs > sub.maxCrs) return false;
  return true;
}

export class SubscriptionStore {
  private readonly index = new Mutex();

  constructor(private readonly kv: KeyValueStore) {}

  async get(id: string): Promise<Subscription | undefined> {
    return this.kv.get<Subscription>(key(id));
  }

  async list(platform?: Platform): Promise<Subscription[]> {
    const ids = (await this.kv.get<string[]>(INDEX)) ?? [];
    const subs = (await this.kv.getMany<Subscription>(ids.map(key))).filter((s): s is Subscription => !!s);
    return platform ? subs.filter((s) => s.platform === platform) : subs;
  }

  /** Adds or replaces a subscription. */
  async save(sub: Subscription): Promise<void> {
    await this.kv.set(key(sub.id), sub);
    await this.index.run(async () => {
      const ids = (await this.kv.get<string[]>(INDEX)) ?? [];
      if (!ids.includes(sub.id)) await this.kv.set(INDEX, [...ids, sub.id]);
    });
  }

  /** Removes a subscription; true when there was one. */
  async remove(id: string): Promise<boolean> {
    const existed = await this.index.run(async () => {
      const ids = (await this.kv.get<string[]>(INDEX)) ?? [];
      if (ids.includes(id)) await this.kv.set(INDEX, ids.filter((x) => x !== id));
      return ids.includes(id);
    });
    await this.kv.delete(key(id));
    return existed;
  }

  /** Moves a subscription to a new chat id (a Telegram group that became a supergroup), leaving a forwarding note. */
  async move(fromId: string, to: Subscription): Promise<void> {
    await this.save(to);
    if (fromId === to.id) return;
    await this.kv.set(`subs:moved:${fromId}`, to.id);
    await this.remove(fromId);
  }

  /** The subscription under `id`, following moves; undefined when it ended. */
  async resolve(id: string): Promise<Subscription | undefined> {
    for (let hops = 0, current = id; hops < 5; hops++) {
      const sub = await this.get(current);
      if (sub) return sub;
      const next = await this.kv.get<string>(`subs:moved:${current}`);
      if (!next) return undefined;
      current = next;
    }
    return undefined;
  }
}
