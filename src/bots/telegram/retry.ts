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
      if (result.ok || attempt >= maxRetries) return result;
      if (result.error_code === 429) {
        const wait = Math.min(maxWait, result.parameters?.retry_after ?? 1);
        opts.logger.warn({ method, retry_after: wait }, "Telegram rate limit (429); waiting before retrying");
        await sleep(wait * 1000);
      } else if (result.error_code >= 500) {
        await sleep(250 * 2 ** attempt);
      } else return result;
    }
  };
}
