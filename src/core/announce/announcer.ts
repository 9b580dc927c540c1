import type { DrawStore } from "../draws/draw-store.ts";
import { compareRounds, type Round } from "../draws/round.ts";
import type { SyncResult } from "../draws/sync.ts";
import type { Clock, Logger } from "../ports.ts";
import type { Reply } from "../reply.ts";
import type { RecordStore } from "../store/records.ts";
import { wantsRound, type SubscriptionStore } from "../subscriptions.ts";
import { deliverOne, DEFAULT_POLICY, type DeliveryPolicy } from "./deliver-one.ts";
import type { AnnouncementSender } from "./sender.ts";

export { nonceFor, type AnnouncementSender, type SendOutcome } from "./sender.ts";
import type { Lease } from "./lease.ts";

/**
 * New-round detection and delivery through an outbox in the record store.
 *
 * A round is announced when it is newer than the mark, the newest round accounted for. The mark
 * is only ever set after a successful sync: the first one sets it to the newest round and
 * announces nothing (what the feed holds then is history, however old the bundled snapshot was).
 * Queueing is one atomic step: the outbox rows of every new round and the mark's move commit
 * together, and only if the mark is still what this copy read.
 *
 * Delivery goes one message at a time, oldest round first, and records each outcome right after
 * the platform answers: after a crash at most the message in flight repeats. A failing delivery
 * waits (backoff) and is dropped with its reason after a bounded time; meanwhile it holds up only
 * the later rounds of its own chat, never other chats.
 */

export interface AnnouncerDeps {
  records: RecordStore;
  store: DrawStore;
  subs: SubscriptionStore;
  clock: Clock;
  logger: Logger;
  senders: AnnouncementSender[];
  /** When set, each message goes only while this copy holds the lease, and its outcome is written fenced by it. */
  lease?: Lease;
  policy?: Partial<DeliveryPolicy>;
  /** Wall time in ms for retry timing (default Date.now). */
  now?: () => number;
}

export interface DeliveryReport {
  sent: number;
  dropped: number;
  pending: number;
}

export interface DeliverOptions {
  /** Stops between messages. */
  signal?: AbortSignal;
  /** Aborts the message in flight too (a shutdown that cannot wait longer). */
  hardSignal?: AbortSignal;
  /** How long to wait for deliveries due soon (a retry) before returning. */
  waitUpToMs?: number;
}

/** Deliveries read at once; their subscriptions are read with them, so a page is short (a few seconds of sending). */
const PAGE = 200;

export class Announcer {
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly policy: DeliveryPolicy;

  constructor(private readonly deps: AnnouncerDeps) {
    this.log = deps.logger.child({ component: "announcer" });
    this.now = deps.now ?? Date.now;
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
  }

  /** After a successful sync, queues every round newer than the mark; returns those rounds, oldest first. */
  async detect(sync: Pick<SyncResult, "status">): Promise<Round[]> {
    if (sync.status !== "updated" && sync.status !== "unchanged") return [];
    const { records, store } = this.deps;
    await store.refresh();
    const newest = store.newest();
    if (!newest) return [];
    let markId = await records.getMark();
    if (markId === undefined) {
      if (await records.queueRounds(undefined, newest.id, [], this.now())) this.log.info({ mark: newest.id }, "first successful sync: rounds already published are history, not announced");
      return [];
    }
    const mark = this.effectiveMark(markId);
    if (mark.id !== markId) {
      // The mark was withdrawn (IRCC renumbered it): what replaced it was already announced under the old number.
      if (!(await records.queueRounds(markId, mark.id, [], this.now()))) return [];
      this.log.info({ from: markId, to: mark.id }, "the announcement mark was withdrawn by IRCC; it moves to the newest round it stands by");
      markId = mark.id;
    }
    const fresh = store.all().filter((r) => compareRounds(r, mark) > 0);
    if (!fresh.length) return [];
    const subs = await this.deps.subs.list();
    const rounds = fresh.map((round) => ({ roundId: round.id, targets: subs.filter((s) => wantsRound(s, round)).map((s) => s.id) }));
    if (!(await records.queueRounds(markId, fresh[fresh.length - 1]!.id, rounds, this.now()))) return []; // another copy queued them
    for (const r of rounds) this.log.info({ round: r.roundId, subscribers: r.targets.length }, "new round queued for announcement");
    return fresh;
  }

  /** The mark as a round; a withdrawn mark (a corrected typo) falls back to the newest round below it. */
  private effectiveMark(markId: string): Round {
    const round = this.deps.store.get(markId);
    const number = round?.number ?? Number.parseInt(markId, 10);
    if (!round?.withdrawn) return round ?? ({ id: markId, number } as Round);
    const below = this.deps.store.all().filter((r) => r.number < number);
    return below[below.length - 1] ?? ({ id: markId, number } as Round);
  }

  /** Delivers what is due in the outbox, oldest round first, one message at a time. */
  async deliver(opts: DeliverOptions = {}): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, dropped: 0, pending: 0 };
    const until = this.now() + (opts.waitUpToMs ?? 0);
    const replies = new Map<string, Reply>();
    for (;;) {
      const pass = await this.pass(report, replies, opts);
      report.pending = pass.pending;
      if (pass.stopped || !pass.pending || pass.nextDueAt > until) return report;
      await sleep(Math.max(10, pass.nextDueAt - this.now()), opts.signal);
    }
  }

  /** One pass over the pending deliveries. */
  private async pass(report: DeliveryReport, replies: Map<string, Reply>, opts: DeliverOptions): Promise<{ pending: number; nextDueAt: number; stopped: boolean }> {
    const { records, lease } = this.deps;
    const blocked = new Set<string>(); // chats with an earlier round still pending: order is kept per chat
    let pending = 0;
    let nextDueAt = Infinity;
    for (let after = 0; ; ) {
      const rows = await records.pendingDeliveries(after, PAGE);
      if (!rows.length) return { pending, nextDueAt, stopped: false };
      const subscriptions = await this.deps.subs.getMany([...new Set(rows.map((r) => r.target))]);
      for (const row of rows) {
        after = row.seq;
        if (opts.signal?.aborted) return { pending: pending + 1, nextDueAt, stopped: true };
        const now = this.now();
        if (blocked.has(row.target) || row.nextAttemptAt > now) {
          blocked.add(row.target);
          pending++;
          nextDueAt = Math.min(nextDueAt, row.nextAttemptAt);
          continue;
        }
        if (lease && !(await lease.held())) {
          this.log.warn({ round: row.roundId }, "this copy no longer holds the announcement lease; it stops sending");
          return { pending: pending + 1, nextDueAt, stopped: true };
        }
        const result = await deliverOne(row, subscriptions.get(row.target), { ...this.deps, policy: this.policy, now: this.now, log: this.log, replies, ...(opts.hardSignal ? { signal: opts.hardSignal } : {}) });
        if (result.status === "stopped") return { pending: pending + 1, nextDueAt, stopped: true };
        if (result.status === "sent") report.sent++;
        else if (result.status === "dropped") report.dropped++;
        else if (result.status === "pending") {
          blocked.add(row.target);
          pending++;
          nextDueAt = Math.min(nextDueAt, result.nextAttemptAt);
        }
      }
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
