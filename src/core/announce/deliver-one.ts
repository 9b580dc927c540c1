import type { DrawStore } from "../draws/draw-store.ts";
import type { Round } from "../draws/round.ts";
import type { Logger } from "../ports.ts";
import type { Reply } from "../reply.ts";
import type { Delivery, DeliveryUpdate } from "../store/records.ts";
import type { Subscription, SubscriptionStore } from "../subscriptions.ts";
import { nonceFor, type AnnouncementSender, type SendOutcome } from "./sender.ts";
import { announcementReply } from "./message.ts";

/** How long failing deliveries are retried, and when a chat without rights is let go. */
export interface DeliveryPolicy {
  /** A delivery failing since this long is dropped with its reason (default 6 hours). */
  giveUpAfterMs: number;
  /** The longest wait between two attempts (default 10 minutes). */
  maxBackoffMs: number;
  /** A subscription failing for want of rights for this long… (default 7 days) */
  unsubscribeAfterMs: number;
  /** …and at least this many times is ended (default 3). */
  unsubscribeAfterFailures: number;
}

export const DEFAULT_POLICY: DeliveryPolicy = { giveUpAfterMs: 6 * 3_600_000, maxBackoffMs: 600_000, unsubscribeAfterMs: 7 * 86_400_000, unsubscribeAfterFailures: 3 };

export interface DeliverOneDeps {
  store: DrawStore;
  subs: SubscriptionStore;
  senders: AnnouncementSender[];
  /** Records a delivery's outcome (fenced by the lease, in a batch); false when the lease was lost and nothing was recorded. */
  record: (seq: number, update: DeliveryUpdate) => Promise<boolean>;
  /** Asked right before the message leaves: false when this copy may no longer be the one announcing. */
  mayStillSend?: () => boolean;
  policy: DeliveryPolicy;
  now: () => number;
  log: Logger;
  /** Announcement texts by round and language, built once per broadcast. */
  replies: Map<string, Reply>;
  signal?: AbortSignal;
}

export type DeliverResult = { status: "sent" | "dropped" | "stopped" } | { status: "pending"; nextAttemptAt: number };

/** Tries one delivery once and records what happened. `known` is its subscription as read with the page. */
export async function deliverOne(row: Delivery, known: Subscription | undefined, deps: DeliverOneDeps): Promise<DeliverResult> {
  const { store, subs } = deps;
  const write = (update: DeliveryUpdate): Promise<boolean> => deps.record(row.seq, update);
  const drop = async (reason: string): Promise<DeliverResult> => ((await write({ status: "dropped", reason })) ? { status: "dropped" } : { status: "stopped" });

  let round = store.get(row.roundId);
  if (!round && (await store.refresh())) round = store.get(row.roundId); // another process fetched it
  if (!round) return failed(row, deps, write, { status: "retry", reason: `round #${row.roundId} is not in this copy's store yet` });
  if (round.withdrawn) return drop("IRCC withdrew this round");
  let sub = known ?? (await subs.resolve(row.target)); // not found by id: it may have moved
  if (!sub) return drop("unsubscribed");
  const sender = deps.senders.find((s) => s.platform === sub!.platform);
  // That platform is not configured in this deployment: its chats cannot be reached and must not hold up others.
  if (!sender) return drop(`${sub.platform} is not running`);

  let outcome: SendOutcome = { status: "retry" };
  for (let hop = 0; hop < 3; hop++) {
    if (deps.signal?.aborted) return { status: "stopped" };
    const link = linkedSignal(deps.signal);
    try {
      outcome = await sender.send(sub, replyFor(deps, round, sub.lang), nonceFor(round.id, row.target), link.signal, deps.mayStillSend);
    } catch (error) {
      if (deps.signal?.aborted) return { status: "stopped" };
      outcome = { status: "retry", reason: (error as Error).message };
    } finally {
      link.done();
    }
    if (outcome.status !== "migrated" || !outcome.newChatId) break;
    const moved: Subscription = { ...sub, id: `${sub.platform}:${outcome.newChatId}`, chatId: outcome.newChatId };
    await subs.move(sub.id, moved);
    deps.log.info({ from: sub.id, to: moved.id }, "group became a supergroup; following it");
    sub = moved;
  }

  if (outcome.status === "unsent") return { status: "stopped" }; // the lease may be lost: nothing sent, nothing recorded
  const reason = outcome.reason ?? outcome.status;
  switch (outcome.status) {
    case "sent":
      if (!(await write({ status: "sent", attempts: row.attempts + 1 }))) return { status: "stopped" };
      if (sub.paused) await subs.setPause(sub.id, null); // rights came back
      return { status: "sent" };
    case "gone":
      await subs.remove(sub.id);
      deps.log.info({ subscription: sub.id, reason }, "chat blocked the bot or is gone; unsubscribed");
      return drop(reason);
    case "rejected":
      deps.log.warn({ subscription: sub.id, round: round.id, reason }, "the platform refused this announcement; dropped");
      return drop(reason);
    case "no-rights":
      return noRights(row, sub, reason, deps, write, drop);
    default:
      return failed(row, deps, write, outcome);
  }
}

/** The bot may not post there (night mode, a locked channel): pause, keep trying; end it after days of failures. */
async function noRights(row: Delivery, sub: Subscription, reason: string, deps: DeliverOneDeps, write: (u: DeliveryUpdate) => Promise<boolean>, drop: (reason: string) => Promise<DeliverResult>): Promise<DeliverResult> {
  const now = deps.now();
  const since = sub.paused?.since ?? new Date(now).toISOString();
  const failures = (sub.paused?.failures ?? 0) + 1;
  if (now - Date.parse(since) >= deps.policy.unsubscribeAfterMs && failures >= deps.policy.unsubscribeAfterFailures) {
    await deps.subs.remove(sub.id);
    deps.log.info({ subscription: sub.id, since, failures, reason }, "no rights to post there for days; unsubscribed");
    return drop(`unsubscribed: no rights since ${since} (${reason})`);
  }
  await deps.subs.setPause(sub.id, { since, reason, failures });
  if (!sub.paused) deps.log.info({ subscription: sub.id, reason }, "no rights to post there; paused until they come back");
  return failed(row, deps, write, { status: "retry", reason });
}

/** A failed attempt: try again after a backoff, or drop it once it has failed for too long. */
async function failed(row: Delivery, deps: DeliverOneDeps, write: (u: DeliveryUpdate) => Promise<boolean>, outcome: SendOutcome): Promise<DeliverResult> {
  const now = deps.now();
  const attempts = row.attempts + 1;
  const firstFailureAt = row.firstFailureAt ?? now;
  const reason = outcome.reason ?? "failed";
  if (now - firstFailureAt >= deps.policy.giveUpAfterMs) {
    deps.log.warn({ target: row.target, round: row.roundId, attempts, reason }, "announcement kept failing; dropped");
    return (await write({ status: "dropped", attempts, reason: `gave up after ${attempts} attempts: ${reason}` })) ? { status: "dropped" } : { status: "stopped" };
  }
  const backoff = Math.min(deps.policy.maxBackoffMs, deps.policy.giveUpAfterMs / 4, 1_000 * 2 ** (attempts - 1));
  const nextAttemptAt = now + Math.max(backoff, outcome.retryAfterMs ?? 0);
  deps.log.warn({ target: row.target, round: row.roundId, attempts, reason }, "announcement not delivered yet; will retry");
  if (!(await write({ attempts, firstFailureAt, nextAttemptAt, reason }))) return { status: "stopped" };
  return { status: "pending", nextAttemptAt };
}

/**
 * A signal of its own for one send, aborted with `parent`, and unlinked from it afterwards. A
 * client may leave its listener on the signal it is given (discord.js's REST does), and on Node 20
 * `AbortSignal.any` keeps every signal it made for as long as the parent lives: either would keep
 * something per message of a 100,000-chat broadcast.
 */
function linkedSignal(parent: AbortSignal | undefined): { signal?: AbortSignal; done(): void } {
  if (!parent) return { done: () => {} };
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (parent.aborted) abort();
  else parent.addEventListener("abort", abort, { once: true });
  return { signal: controller.signal, done: () => parent.removeEventListener("abort", abort) };
}

function replyFor(deps: DeliverOneDeps, round: Round, lang: Subscription["lang"]): Reply {
  const key = `${round.id}|${deps.store.version}|${lang}`;
  let reply = deps.replies.get(key);
  if (!reply) deps.replies.set(key, (reply = announcementReply(deps.store.all(), round, lang)));
  return reply;
}
