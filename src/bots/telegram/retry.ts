import type { Transformer } from "grammy";
import type { Logger } from "../../core/ports.ts";

/**
 * An API transformer that honours Telegram's 429 (waits `retry_after`) and retries 5xx answers
 * with backoff. Other errors (403 blocked, 400 chat not found…) are returned at once: they are
 * answers, not faults.
 */
export function retryTransformer(opts: { logger: Logger; maxRetries?: number; maxWaitSeconds?: number; sleep?: (ms: number) => Promise<void> }): Transformer {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxRetries = opts.maxRetries ?? 3;
  const maxWait = opts.maxWaitSeconds ?? 60;
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      const result = await prev(method, payload, signal);
      if (result.ok || attempt >= maxRetries || signal?.aborted) return result;
      if (result.error_code === 429) {
        const wait = Math.min(maxWait, result.parameters?.retry_after ?? 1);
        opts.logger.warn({ method, retry_after: wait }, "Telegram rate limit (429); waiting before retrying");
        await abortable(sleep(wait * 1000), signal);
      } else if (result.error_code >= 500) {
        await abortable(sleep(250 * 2 ** attempt), signal);
      } else return result;
    }
  };
}

/** Waits for `wait`, or less if `signal` aborts first (a shutdown must not wait out a long retry_after). */
function abortable(wait: Promise<void>, signal?: { aborted: boolean; addEventListener(type: "abort", listener: () => void): void }): Promise<void> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.resolve();
  return Promise.race([wait, new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve()))]);
}
