import { createHash } from "node:crypto";
import type { DrawStore } from "../draws/draw-store.ts";
import { compareRounds, type Round } from "../draws/round.ts";
import type { Clock, Logger } from "../ports.ts";
import type { Reply } from "../reply.ts";
import type { KeyValueStore } from "../store/key-value.ts";
import { wantsRound, type Platform, type Subscription, type SubscriptionStore } from "../subscriptions.ts";
import { announcementReply } from "./message.ts";

/**
 * New-round detection and delivery through an outbox in the store.
 *
 * A round is announced when it is newer than every round the bot already knew (the high-water
 * mark `announce:mark`). The first run with no mark only sets it: a fresh install announces
 * nothing. Edited rounds and rounds that vanish and come back are never newer than the mark.
 *
 * For each new round, oldest first, an outbox batch lists the subscriptions that want it; it is
 * written before anything is sent, then the mark moves. Each delivery is marked sent right after
 * the platform accepts it. Messages go one at a time, so after a crash (even kill -9) the restarted
 * bot resumes the batch and at most the one message in flight at the crash can arrive twice.
 */

export interface SendOutcome {
  status: "sent" | "gone" | "migrated" | "retry";
  /** For "migrated": the chat's new id (a Telegram group that became a supergroup). */
  newChatId?: string;
  reason?: string;
}

/** A platform's way to deliver an announcement to one subscription. */
export interface AnnouncementSender {
  platform: Platform;
  /** `nonce` is stable per (round, subscription): platforms that support it drop a repeat. */
  send(sub: Subscription, reply: Reply, nonce: string): Promise<SendOutcome>;
}

interface Batch {
  roundId: string;
  subs: string[];
  createdAt: string;
}

interface Delivery {
  status: "sent" | "dropped";
  at: string;
  attempts: number;
  reason?: string;
}

const MARK = "announce:mark";
const QUEUE = "announce:queue";
const batchKey = (roundId: string) => `outbox:batch:${roundId}`;
const deliveryKey = (roundId: string, subId: string) => `outbox:${roundId}:${subId}`;

/** A stable idempotency key per (round, subscription), ≤ 25 characters (Discord's nonce limit). */
export const nonceFor = (roundId: string, subId: string) => createHash("sha256").update(`${roundId}|${subId}`).digest("base64url").slice(0, 25);

export interface AnnouncerDeps {
  kv: KeyValueStore;
  store: DrawStore;
  subs: SubscriptionStore;
  clock: Clock;
  logger: Logger;
  senders: AnnouncementSender[];
  /** Attempts for a message that failed for a passing reason, before it waits for the next cycle. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryReport {
  sent: number;
  dropped: number;
  pending: number;
}

export class Announcer {
  private readonly log: Logger;

  constructor(private readonly deps: AnnouncerDeps) {
    this.log = deps.logger.child({ component: "announcer" });
  }

  /** Queues an outbox batch for every round newer than the mark; returns those rounds, oldest first. */
  async detect(): Promise<Round[]> {
    const { kv, store } = this.deps;
    const newest = store.newest();
    if (!newest) return [];
    const markId = await kv.get<string>(MARK);
    if (markId === undefined) {
      await kv.set(MARK, newest.id);
      this.log.info({ mark: newest.id }, "first run: rounds already known are not announced");
      return [];
    }
    const mark = store.get(markId) ?? ({ id: markId, number: Number.parseInt(markId, 10) } as Round);
    const fresh = store.all().filter((r) => compareRounds(r, mark) > 0);
    if (!fresh.length) return [];
    const subs = await this.deps.subs.list();
    const queue = (await kv.get<string[]>(QUEUE)) ?? [];
    for (const round of fresh) {
      if (await kv.get<Batch>(batchKey(round.id))) continue; // already queued before a crash
      const batch: Batch = { roundId: round.id, subs: subs.filter((s) => wantsRound(s, round)).map((s) => s.id), createdAt: this.deps.clock().toISOString() };
      await kv.set(batchKey(round.id), batch);
      queue.push(round.id);
      await kv.set(QUEUE, queue);
      this.log.info({ round: round.id, subscribers: batch.subs.length }, "new round queued for announcement");
    }
    await kv.set(MARK, fresh[fresh.length - 1]!.id);
    return fresh;
  }

  /** Delivers every queued batch, oldest round first, one message at a time. */
  async deliver(): Promise<DeliveryReport> {
    const { kv } = this.deps;
    const report: DeliveryReport = { sent: 0, dropped: 0, pending: 0 };
    const queue = (await kv.get<string[]>(QUEUE)) ?? [];
    const finished: string[] = [];
    for (const roundId of queue) {
      const batch = await kv.get<Batch>(batchKey(roundId));
      const round = this.deps.store.get(roundId);
      if (!batch || !round) {
        finished.push(roundId);
        continue;
      }
      // Read the batch's state once: what was already delivered, the subscriptions, the message per language.
      const done = await kv.getMany<Delivery>(batch.subs.map((subId) => deliveryKey(roundId, subId)));
      const subscriptions = new Map((await this.deps.subs.list()).map((s) => [s.id, s]));
      const replies = new Map<string, Reply>();
      const replyIn = (lang: Subscription["lang"]) => replies.get(lang) ?? replies.set(lang, announcementReply(this.deps.store.all(), round, lang)).get(lang)!;
      let pending = 0;
      for (const [index, subId] of batch.subs.entries()) {
        if (done[index]) continue;
        const outcome = await this.deliverOne(round, subId, subscriptions.get(subId), replyIn);
        if (outcome === "sent") report.sent++;
        else if (outcome === "dropped") report.dropped++;
        else pending++;
      }
      report.pending += pending;
      if (pending === 0) finished.push(roundId);
      else break; // keep rounds in order: a later round waits until this one is through
    }
    if (finished.length) {
      const remaining = ((await kv.get<string[]>(QUEUE)) ?? []).filter((id) => !finished.includes(id));
      await kv.set(QUEUE, remaining);
    }
    return report;
  }

  /** One delivery: "sent" now, "dropped" (the chat is gone) or "pending" (try again later). */
  private async deliverOne(round: Round, subId: string, known: Subscription | undefined, replyIn: (lang: Subscription["lang"]) => Reply): Promise<"sent" | "dropped" | "pending"> {
    const { kv, subs } = this.deps;
    const key = deliveryKey(round.id, subId);
    let sub = known ?? (await subs.resolve(subId));
    if (!sub) {
      await kv.set(key, { status: "dropped", at: this.deps.clock().toISOString(), attempts: 0, reason: "unsubscribed" } satisfies Delivery);
      return "dropped";
    }
    const sender = this.deps.senders.find((s) => s.platform === sub!.platform);
    if (!sender) {
      // That platform is not configured in this deployment: its subscribers cannot be reached, and
      // must not hold up everyone else's announcements.
      await kv.set(key, { status: "dropped", at: this.deps.clock().toISOString(), attempts: 0, reason: `${sub.platform} is not running` } satisfies Delivery);
      return "dropped";
    }
    const reply = replyIn(sub.lang);
    const nonce = nonceFor(round.id, subId);
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
    const maxAttempts = this.deps.maxAttempts ?? 5;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let outcome: SendOutcome;
      try {
        outcome = await sender.send(sub, reply, nonce);
      } catch (error) {
        outcome = { status: "retry", reason: (error as Error).message };
      }
      const at = this.deps.clock().toISOString();
      if (outcome.status === "sent") {
        await kv.set(key, { status: "sent", at, attempts: attempt } satisfies Delivery);
        return "sent";
      }
      if (outcome.status === "gone") {
        await subs.remove(sub.id);
        await kv.set(key, { status: "dropped", at, attempts: attempt, reason: outcome.reason ?? "gone" } satisfies Delivery);
        this.log.info({ subscription: sub.id, reason: outcome.reason }, "chat blocked the bot or is gone; unsubscribed");
        return "dropped";
      }
      if (outcome.status === "migrated" && outcome.newChatId) {
        const moved: Subscription = { ...sub, id: `${sub.platform}:${outcome.newChatId}`, chatId: outcome.newChatId };
        await subs.move(sub.id, moved);
        this.log.info({ from: sub.id, to: moved.id }, "group became a supergroup; following it");
        sub = moved;
        continue;
      }
      this.log.warn({ subscription: sub.id, round: round.id, attempt, reason: outcome.reason }, "announcement not delivered yet; retrying");
      await sleep(Math.min(30_000, 500 * 2 ** (attempt - 1)));
    }
    return "pending";
  }
}
