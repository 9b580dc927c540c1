import type { SyncResult } from "../draws/sync.ts";
import type { DrawStore } from "../draws/draw-store.ts";
import type { Logger } from "../ports.ts";
import type { RecordStore } from "../store/records.ts";
import type { Announcer, DeliveryReport } from "./announcer.ts";
import type { Lease } from "./lease.ts";

/**
 * The poller: every `intervalMs`, if this copy holds the lease, reload what another process
 * changed, sync with the feed, queue new rounds, and deliver the outbox (which also resumes a
 * broadcast a crash or a shutdown interrupted). Cycles never overlap; a failing cycle is logged
 * and the next one runs as planned. A renewal that fails stops the delivery at once.
 */

export interface PollerDeps {
  lease: Lease;
  announcer: Announcer;
  store: DrawStore;
  records: RecordStore;
  sync(): Promise<SyncResult>;
  logger: Logger;
  intervalMs: number;
  /** How often the lease is renewed during a cycle (a third of its duration). */
  renewMs: number;
  /** On stop, how long the message in flight may take before it is aborted (default 3 s). */
  stopGraceMs?: number;
  /** More work only the leading copy does each cycle, after the announcements (ITA reminders). A failing task is logged. */
  tasks?: Array<{ name: string; run(signal: AbortSignal): Promise<unknown> }>;
  /** Expired wizards and finished deliveries older than `keepDeliveriesMs` are purged every `everyMs`. */
  purge?: { everyMs: number; keepDeliveriesMs: number };
  /** Told the deliveries of each cycle this copy led (for /metrics). */
  onDeliveries?: (report: DeliveryReport) => void;
}

export interface CycleReport {
  leader: boolean;
  sync?: SyncResult["status"];
  queued: string[];
  delivery?: DeliveryReport;
}

const DEFAULT_PURGE = { everyMs: 3_600_000, keepDeliveriesMs: 30 * 86_400_000 };

export class Poller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private readonly stopping = new AbortController();
  private readonly aborting = new AbortController();
  private lastPurge = 0;

  constructor(private readonly deps: PollerDeps) {}

  /** One cycle (exposed for tests). */
  async cycle(): Promise<CycleReport> {
    const { lease, announcer, logger } = this.deps;
    if (this.stopped || !(await lease.acquire())) return { leader: false, queued: [] };
    // Keep the lease alive through a long broadcast; a lost lease stops the broadcast.
    const lost = new AbortController();
    const renew = setInterval(() => {
      lease.acquire().then(
        (held) => held || lost.abort(),
        (error: Error) => logger.warn({ message: error.message }, "could not renew the announcement lease"),
      );
    }, this.deps.renewMs).unref();
    try {
      await this.deps.store.refresh();
      const result = await this.deps.sync();
      const queued = await announcer.detect(result); // quick and atomic: done even when a stop was asked meanwhile
      const delivery = await announcer.deliver({ signal: AbortSignal.any([this.stopping.signal, lost.signal]), hardSignal: this.aborting.signal, waitUpToMs: this.deps.intervalMs });
      this.deps.onDeliveries?.(delivery);
      if (queued.length || delivery.sent || delivery.dropped || delivery.pending) logger.info({ queued: queued.map((r) => r.id), ...delivery }, "announcement cycle");
      for (const task of this.deps.tasks ?? []) {
        if (this.stopped || lost.signal.aborted) break;
        await task.run(AbortSignal.any([this.stopping.signal, lost.signal])).catch((error: Error) => logger.error({ task: task.name, message: error.message }, "a leader task failed"));
      }
      await this.purge();
      return { leader: true, sync: result.status, queued: queued.map((r) => r.id), delivery };
    } finally {
      clearInterval(renew);
    }
  }

  /** Deletes expired wizard states and old finished deliveries, at most every `purge.everyMs`. */
  private async purge(): Promise<void> {
    const { everyMs, keepDeliveriesMs } = this.deps.purge ?? DEFAULT_PURGE;
    const now = Date.now();
    if (now - this.lastPurge < everyMs) return;
    this.lastPurge = now;
    const wizards = await this.deps.records.purgeWizards(now);
    const deliveries = await this.deps.records.purgeDeliveries(now - keepDeliveriesMs);
    if (wizards || deliveries) this.deps.logger.info({ wizards, deliveries }, "purged expired wizard states and old deliveries");
  }

  start(): void {
    const loop = async () => {
      if (this.stopped) return;
      const began = Date.now();
      this.running = this.cycle().catch((error: Error) => this.deps.logger.error({ message: error.message }, "announcement cycle failed"));
      await this.running;
      // A long cycle (a broadcast, a retry waited for) counts toward the interval: the feed is still read on time.
      if (!this.stopped) this.timer = setTimeout(loop, Math.max(0, this.deps.intervalMs - (Date.now() - began)));
    };
    void loop();
  }

  /**
   * Stops between two messages: the one in flight may finish within `stopGraceMs`, then it is
   * aborted; the outbox keeps the rest for the next start. Gives the lease up.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.stopping.abort();
    const grace = this.deps.stopGraceMs ?? 3_000;
    const abort = setTimeout(() => this.aborting.abort(), grace);
    // A sync waiting on a slow feed is not waited for beyond the grace period.
    await Promise.race([this.running, new Promise((r) => setTimeout(r, grace + 500).unref())]);
    clearTimeout(abort);
    this.aborting.abort();
    await this.deps.lease.release().catch(() => {});
  }
}
