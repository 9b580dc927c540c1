import type { SyncResult } from "../draws/sync.ts";
import type { Logger } from "../ports.ts";
import type { Announcer, DeliveryReport } from "./announcer.ts";
import type { Lease } from "./lease.ts";

/**
 * The poller: every `intervalMs`, if this copy holds the lease, sync with the feed, queue new
 * rounds, and deliver the outbox (which also resumes a broadcast a crash interrupted). Cycles never
 * overlap; a failing cycle is logged and the next one runs as planned.
 */

export interface PollerDeps {
  lease: Lease;
  announcer: Announcer;
  sync(): Promise<SyncResult>;
  logger: Logger;
  intervalMs: number;
  /** How often the lease is renewed during a cycle (a third of its duration). */
  renewMs: number;
  /** Told the deliveries of each cycle this copy led. */
  onDeliveries?: (report: DeliveryReport) => void;
}

export interface CycleReport {
  leader: boolean;
  sync?: SyncResult["status"];
  queued: string[];
  delivery?: DeliveryReport;
}

export class Poller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private renew: NodeJS.Timeout | undefined;

  constructor(private readonly deps: PollerDeps) {}

  /** One cycle (exposed for tests and `ee-bot sync`). */
  async cycle(): Promise<CycleReport> {
    const { lease, announcer, logger } = this.deps;
    if (!(await lease.acquire())) return { leader: false, queued: [] };
    // Keep the lease alive through a long broadcast.
    this.renew = setInterval(() => void lease.acquire().catch(() => {}), this.deps.renewMs).unref();
    try {
      const result = await this.deps.sync();
      const queued = await announcer.detect();
      const delivery = await announcer.deliver();
      this.deps.onDeliveries?.(delivery);
      if (queued.length || delivery.sent || delivery.dropped || delivery.pending) logger.info({ queued: queued.map((r) => r.id), ...delivery }, "announcement cycle");
      return { leader: true, sync: result.status, queued: queued.map((r) => r.id), delivery };
    } finally {
      clearInterval(this.renew);
    }
  }

  start(): void {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.cycle().catch((error: Error) => this.deps.logger.error({ message: error.message }, "announcement cycle failed"));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(loop, this.deps.intervalMs);
    };
    void loop();
  }

  /** Stops after the cycle in progress, and gives the lease up. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.deps.lease.release().catch(() => {});
  }
}
