import { describe, expect, it } from "vitest";
import { retryTransformer } from "../../../src/bots/telegram/retry.ts";
import { captureLogger } from "../../helpers/log-capture.ts";

type Result = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };
const ok: Result = { ok: true, result: { message_id: 1 } };
const err = (code: number, retry_after?: number): Result => ({ ok: false, error_code: code, description: `error ${code}`, ...(retry_after !== undefined ? { parameters: { retry_after } } : {}) });

/** Runs one API call through the transformer, Telegram answering `answers` in turn; the waits are recorded, not slept. */
async function call(answers: Result[], opts: { maxRetries?: number; maxWaitSeconds?: number; signal?: AbortSignal } = {}) {
  const waits: number[] = [];
  const log = captureLogger("debug", []);
  let calls = 0;
  const transformer = retryTransformer({ logger: log.logger, sleep: async (ms) => void waits.push(ms), ...opts });
  const prev = async () => answers[Math.min(calls++, answers.length - 1)]!;
  const result = await transformer(prev as never, "sendMessage", { chat_id: 1, text: "hi" } as never, opts.signal as never);
  return { result: result as unknown as Result, waits, calls, log };
}

describe("retryTransformer", () => {
  it("GIVEN a 429 with retry_after THEN waits that long and retries once", async () => {
    const r = await call([err(429, 3), ok]);
    expect(r.result).toEqual(ok);
    expect(r.waits).toEqual([3000]);
    expect(r.calls).toBe(2);
  });

  it("GIVEN a huge retry_after THEN waits at most maxWaitSeconds", async () => {
    const r = await call([err(429, 3600), ok], { maxWaitSeconds: 10 });
    expect(r.waits).toEqual([10_000]);
  });

  it("GIVEN 5xx answers THEN backs off 250 ms, 500 ms, … and gives up after maxRetries with the last answer", async () => {
    const r = await call([err(502), err(502), err(503)], { maxRetries: 2 });
    expect(r.waits).toEqual([250, 500]);
    expect(r.calls).toBe(3);
    expect(r.result).toMatchObject({ ok: false, error_code: 503 });
  });

  it("GIVEN a 403 or a 400 THEN answers at once: they are answers, not faults", async () => {
    for (const code of [403, 400]) {
      const r = await call([err(code), ok]);
      expect(r.result).toMatchObject({ ok: false, error_code: code });
      expect(r.calls).toBe(1);
      expect(r.waits).toEqual([]);
    }
  });

  it("GIVEN an aborted request (shutdown) THEN does not retry", async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await call([err(429, 30), ok], { signal: controller.signal });
    expect(r.calls).toBe(1);
    expect(r.result).toMatchObject({ error_code: 429 });
  });
});
