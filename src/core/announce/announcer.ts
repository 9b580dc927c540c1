import type { DrawStore } from "../draws/draw-store.ts";
import { compareRounds, type Round } from "../draws/round.ts";
import type { SyncResult } from "../draws/sync.ts";
import type { Clock, Logger } from "../ports.ts";
import type { Reply } from "../reply.ts";
import type { Delivery, DeliveryUpdate, LeaseGrant, RecordStore } from "../store/records.ts";
import type { SubscriptionStore } from "../subscriptions.ts";
import { deliverOne, DEFAULT_POLICY, type DeliverResult, type DeliveryPolicy } from "./deliver-one.ts";
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
 * together, and only if the mark is still what this copy read. The store selects who wants each
 * round: no copy reads every subscription.
 *
 * Delivery goes oldest round first, with up to `inFlight` messages on their way at once (so the
 * platform's answer time does not cap the rate), one at a time per chat, in order. A message
 * counts as on its way from the moment it may leave until its outcome is recorded; outcomes are
 * recorded in batches, each fenced once by the lease. So after a crash (kill -9) at most
 * `inFlight` messages repeat: those sent whose outcome was not recorded yet. A failing delivery
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
  /** Messages on their way at once: the most that can repeat after a crash (default 8). */
  inFlight?: number;
  /** Wall time in ms for retry timing (default Date.now). */
  now?: () => number;
}

export interface DeliveryReport {
  sent: number;
  dropped: number;
  pending: number;
}

export interface DeliverOptions {
  /** Stops sending more messages (those on their way finish and are recorded). */
  signal?: AbortSignal;
  /** Aborts the message in flight too (a shutdown that cannot wait longer). */
  hardSignal?: AbortSignal;
  /** How long to wait for deliveries due soon (a retry) before returning. */
  waitUpToMs?: number;
}

/** Deliveries read at once, with their subscriptions (one query each): a page is a second or so of sending. */
const PAGE = 500;
/** Outcomes recorded in one statement, at most. */
const BATCH = 500;
export const DEFAULT_IN_FLIGHT = 8;

export class Announcer {
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly policy: DeliveryPolicy;
  private readonly inFlight: number;

  constructor(private readonly deps: AnnouncerDeps) {
    this.log = deps.logger.child({ component: "announcer" });
    this.now = deps.now ?? Date.now;
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
    this.inFlight = Math.max(1, Math.floor(deps.inFlight ?? DEFAULT_IN_FLIGHT));
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
    // Who wants each round is the subscriptions' filters (`wantsRound`), applied by the store.
    const rounds = fresh.map((round) => ({ roundId: round.id, audience: { category: round.category.key, crs: round.crs } }));
    if (!(await records.queueRounds(markId, fresh[fresh.length - 1]!.id, rounds, this.now()))) return []; // another copy queued them
    for (const r of fresh) this.log.info({ round: r.id, category: r.category.key, crs: r.crs }, "new round queued for announcement");
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

  /** Delivers what is due in the outbox, oldest round first. */
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

  /**
   * One pass over the pending deliveries, page by page: per page one read of the deliveries and one
   * of their subscriptions; per message a check of the lease in memory; outcomes in fenced batches.
   */
  private async pass(report: DeliveryReport, replies: Map<string, Reply>, opts: DeliverOptions): Promise<{ pending: number; nextDueAt: number; stopped: boolean }> {
    const { records, lease } = this.deps;
    // The whole pass runs under the grant it began with: a lease lost, or lost and taken again, ends it.
    const grant = lease?.current;
    const token = grant?.token ?? Number.NaN;
    const mayStillSend = lease ? () => lease.validNow(token) : undefined;
    const outcomes = new OutcomeBatches(records, this.now, grant);
    const deps = { ...this.deps, policy: this.policy, now: this.now, log: this.log, replies, record: outcomes.record, ...(mayStillSend ? { mayStillSend } : {}), ...(opts.hardSignal ? { signal: opts.hardSignal } : {}) };
    const slots = new Slots(this.inFlight);
    const blocked = new Set<string>(); // chats with an earlier round still pending: order is kept per chat
    const running = new Map<string, Promise<void>>(); // the message on its way to each chat
    const later = new Set<string>(); // chats with a later round left for the next pass
    let pending = 0;
    let nextDueAt = Infinity;
    let stopped = false;
    let failure: unknown;
    const wait = (row: Delivery, at: number) => {
      blocked.add(row.target);
      pending++;
      nextDueAt = Math.min(nextDueAt, at);
    };
    const settle = (row: Delivery, result: DeliverResult) => {
      if (result.status === "stopped") stopped = true;
      else if (result.status === "sent") report.sent++;
      else if (result.status === "dropped") report.dropped++;
      else if (result.status === "pending") wait(row, result.nextAttemptAt);
    };
    try {
      // Each page is read while the one before is being sent.
      const read = async (after: number) => {
        const rows = await records.pendingDeliveries(after, PAGE);
        return { rows, subscriptions: await this.deps.subs.getMany([...new Set(rows.map((r) => r.target))]) };
      };
      let next = read(0);
      pages: for (;;) {
        const { rows, subscriptions } = await next;
        if (!rows.length) break;
        next = read(rows[rows.length - 1]!.seq);
        next.catch(() => {}); // left unread when the pass stops early; a failure is seen when it is read
        for (const row of rows) {
          if (stopped || opts.signal?.aborted) {
            stopped = true;
            pending++;
            break pages;
          }
          if (blocked.has(row.target) || row.nextAttemptAt > this.now()) {
            wait(row, row.nextAttemptAt);
            continue;
          }
          if (running.has(row.target) || later.has(row.target)) {
            // One message per chat at a time, in order: this one goes in the next pass, once the one on its way is recorded.
            later.add(row.target);
            pending++;
            nextDueAt = Math.min(nextDueAt, this.now());
            continue;
          }
          await slots.take();
          if (stopped || opts.signal?.aborted || (lease && !(await lease.ensure(token)))) {
            if (!stopped && !opts.signal?.aborted) this.log.warn({ round: row.roundId }, "this copy no longer holds the announcement lease; it stops sending");
            slots.give();
            stopped = true;
            pending++;
            break pages;
          }
          const task: Promise<void> = deliverOne(row, subscriptions.get(row.target), deps)
            .then(
              (result) => settle(row, result),
              (error: unknown) => {
                failure ??= error;
                stopped = true;
              },
            )
            .finally(() => {
              slots.give();
              if (running.get(row.target) === task) running.delete(row.target);
            });
          running.set(row.target, task);
        }
      }
    } finally {
      await Promise.all(running.values());
    }
    if (failure) throw failure;
    return { pending, nextDueAt, stopped };
  }
}

/**
 * Outcomes recorded a batch at a time: the first waits for nothing, and those that come while a
 * batch is being written go together in the next one. Each `record` resolves once its batch is
 * written (true) or refused by the fence (false).
 */
class OutcomeBatches {
  private queue: Array<{ seq: number; update: DeliveryUpdate; done: (ok: boolean) => void; fail: (error: unknown) => void }> = [];
  private writing = false;

  constructor(
    private readonly records: RecordStore,
    private readonly now: () => number,
    private readonly fence: LeaseGrant | undefined,
  ) {}

  readonly record = (seq: number, update: DeliveryUpdate): Promise<boolean> =>
    new Promise((done, fail) => {
      this.queue.push({ seq, update, done, fail });
      if (!this.writing) void this.write();
    });

  private async write(): Promise<void> {
    this.writing = true;
    while (this.queue.length) {
      const batch = this.queue.splice(0, BATCH);
      try {
        const ok = await this.records.updateDeliveries(batch, this.now(), this.fence);
        for (const o of batch) o.done(ok);
      } catch (error) {
        for (const o of batch) o.fail(error);
      }
    }
    this.writing = false;
  }
}

/** At most `n` messages on their way at once. */
class Slots {
  private readonly waiting: Array<() => void> = [];

  constructor(private free: number) {}

  take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
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
