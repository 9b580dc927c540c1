import { Worker } from "node:worker_threads";
import type { Logger } from "../ports.ts";
import type { ReplyImage } from "../reply.ts";
import type { ChartJob } from "./jobs.ts";

/**
 * Draws charts in a worker thread, so the bots keep answering while a chart renders, and keeps
 * the last images in memory: the same chart of the same data is drawn once.
 */
export class ChartRenderer {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (image: ReplyImage) => void; reject: (error: Error) => void }>();
  private readonly cache = new Map<string, Promise<ReplyImage>>();

  constructor(
    private readonly logger: Logger,
    private readonly maxCached = 50,
  ) {}

  /** The image for `job`; `key` identifies the chart and its data (e.g. the store's version). */
  render(key: string, job: ChartJob): Promise<ReplyImage> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const pending = this.run(job);
    pending.catch(() => this.cache.delete(key));
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, pending);
    return pending;
  }

  private run(job: ChartJob): Promise<ReplyImage> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./worker.mjs", import.meta.url));
    worker.unref();
    worker.on("message", (msg: { id: number; image?: ReplyImage & { png: Uint8Array }; error?: string }) => {
      const waiter = this.waiting.get(msg.id);
      if (!waiter) return;
      this.waiting.delete(msg.id);
      if (msg.image) waiter.resolve({ ...msg.image, png: Buffer.from(msg.image.png) });
      else waiter.reject(new Error(`chart rendering failed: ${msg.error}`));
    });
    worker.on("error", (error) => {
      this.logger.error({ message: error.message }, "the chart worker failed");
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }

  /** Starts the worker ahead of the first chart (loading the renderer takes a moment). */
  warm(): void {
    this.ensureWorker();
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
