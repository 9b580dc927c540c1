import { Worker } from "node:worker_threads";
import type { Logger } from "../ports.ts";
import type { ReplyImage } from "../reply.ts";
import type { ChartJob } from "./jobs.ts";

/**
 * Draws charts in a worker thread, so the bots keep answering while a chart renders, and keeps
 * the last images in memory: the same chart of the same data is drawn once.
 *
 * The work is bounded: one chart renders at a time, at most `maxQueued` wait behind it (more are
 * refused at once), each person (`owner`) has at most `perOwner` charts drawing or waiting, and a
 * chart not drawn within `timeoutMs` is given up (a render that hangs restarts the worker). Each
 * refusal is a ChartBusyError the commands turn into a "busy, try again" answer.
 *
 * The worker (a thread with the canvas and chart.js loaded: some 40 MB resident) starts with the first
 * chart and exits once no chart has been asked for in `idleMs`; the next chart starts it again.
 */

export type ChartBusyReason = "queue-full" | "owner-busy" | "timeout";

export class ChartBusyError extends Error {
  override name = "ChartBusyError";
  constructor(readonly reason: ChartBusyReason) {
    super(`chart renderer busy (${reason})`);
  }
}

export interface ChartRendererOptions {
  maxCached?: number;
  maxQueued?: number;
  perOwner?: number;
  timeoutMs?: number;
  /** The worker exits after this long without a chart (default 5 minutes). */
  idleMs?: number;
}

interface Pending {
  id: number;
  job: ChartJob;
  owner: string | undefined;
  resolve: (image: ReplyImage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
}

export class ChartRenderer {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly queue: Pending[] = [];
  private current: Pending | undefined;
  private readonly owners = new Map<string, number>();
  private readonly cache = new Map<string, Promise<ReplyImage>>();
  private readonly maxCached: number;
  private readonly maxQueued: number;
  private readonly perOwner: number;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    opts: ChartRendererOptions = {},
  ) {
    this.maxCached = opts.maxCached ?? 50;
    this.maxQueued = opts.maxQueued ?? 8;
    this.perOwner = opts.perOwner ?? 1;
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.idleMs = opts.idleMs ?? 300_000;
  }

  /** Charts waiting to be drawn (not counting the one drawing). */
  get queued(): number {
    return this.queue.length;
  }

  /**
   * The image for `job`; `key` identifies the chart and its data (e.g. the store's version), and
   * must be the same for jobs that draw the same picture. `owner` (a user) limits one person's load.
   */
  render(key: string, job: ChartJob, owner?: string): Promise<ReplyImage> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    if (owner !== undefined && (this.owners.get(owner) ?? 0) >= this.perOwner) return Promise.reject(new ChartBusyError("owner-busy"));
    if (this.queue.length >= this.maxQueued) return Promise.reject(new ChartBusyError("queue-full"));
    const pending = this.enqueue(job, owner);
    pending.catch(() => this.cache.delete(key));
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, pending);
    return pending;
  }

  private enqueue(job: ChartJob, owner: string | undefined): Promise<ReplyImage> {
    if (owner !== undefined) this.owners.set(owner, (this.owners.get(owner) ?? 0) + 1);
    return new Promise<ReplyImage>((resolve, reject) => {
      const entry: Pending = { id: this.nextId++, job, owner, resolve, reject, timer: undefined };
      // Waiting in the queue counts against the same time limit; a chart still waiting when it runs out is dropped.
      entry.timer = setTimeout(() => this.expire(entry), this.timeoutMs);
      entry.timer.unref();
      this.queue.push(entry);
      this.pump();
    });
  }

  private settle(entry: Pending, outcome: { image: ReplyImage } | { error: Error }): void {
    clearTimeout(entry.timer);
    if (entry.owner !== undefined) {
      const left = (this.owners.get(entry.owner) ?? 1) - 1;
      if (left > 0) this.owners.set(entry.owner, left);
      else this.owners.delete(entry.owner);
    }
    if ("image" in outcome) entry.resolve(outcome.image);
    else entry.reject(outcome.error);
  }

  private expire(entry: Pending): void {
    const waiting = this.queue.indexOf(entry);
    if (waiting >= 0) {
      this.queue.splice(waiting, 1);
      this.settle(entry, { error: new ChartBusyError("timeout") });
      return;
    }
    if (this.current !== entry) return;
    // The render itself hangs: start over with a fresh worker.
    this.logger.warn({ timeoutMs: this.timeoutMs, kind: entry.job.kind }, "a chart took too long to draw; restarting the chart worker");
    this.current = undefined;
    const stuck = this.worker;
    this.worker = undefined;
    void stuck?.terminate();
    this.settle(entry, { error: new ChartBusyError("timeout") });
    this.pump();
  }

  /** Whether the worker thread is running (it starts with a chart and exits when idle). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  private pump(): void {
    if (this.current) return;
    if (!this.queue.length) {
      this.idleLater();
      return;
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const entry = this.queue.shift()!;
    this.current = entry;
    this.ensureWorker().postMessage({ id: entry.id, job: entry.job });
  }

  /** Once idle for `idleMs`, the worker's memory goes back: it exits, and the next chart starts a new one. */
  private idleLater(): void {
    if (!this.worker || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.current || this.queue.length) return;
      const idle = this.worker;
      this.worker = undefined;
      void idle?.terminate();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./worker.mjs", import.meta.url));
    worker.unref();
    worker.on("message", (msg: { id: number; image?: ReplyImage & { png: Uint8Array }; error?: string }) => {
      const entry = this.current;
      if (!entry || entry.id !== msg.id) return; // given up on already
      this.current = undefined;
      if (msg.image) this.settle(entry, { image: { ...msg.image, png: Buffer.from(msg.image.png) } });
      else this.settle(entry, { error: new Error(`chart rendering failed: ${msg.error}`) });
      this.pump();
    });
    const failed = (error: Error) => {
      if (this.worker !== worker) return; // terminated on purpose
      this.logger.error({ message: error.message }, "the chart worker failed");
      this.worker = undefined;
      const entry = this.current;
      this.current = undefined;
      if (entry) this.settle(entry, { error });
      this.pump();
    };
    worker.on("error", failed);
    worker.on("exit", (code) => failed(new Error(`the chart worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Starts the worker ahead of a chart (loading the renderer takes a moment); it exits again if no chart comes. */
  warm(): void {
    this.ensureWorker();
    if (!this.current && !this.queue.length) this.idleLater();
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    const left = [...(this.current ? [this.current] : []), ...this.queue.splice(0)];
    this.current = undefined;
    for (const entry of left) this.settle(entry, { error: new ChartBusyError("timeout") });
    await worker?.terminate();
  }
}
