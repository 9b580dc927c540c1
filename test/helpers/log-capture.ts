import { Writable } from "node:stream";
import { createLogger } from "../../src/logger.ts";
import type { Logger } from "../../src/core/ports.ts";

/** A real pino logger whose JSON lines are kept for assertions. */
export function captureLogger(level = "debug", secrets: string[] = []): { logger: Logger; lines: Array<Record<string, unknown>>; text: () => string } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      raw.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(level, secrets, stream);
  return {
    logger,
    get lines() {
      return raw.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    text: () => raw.join("\n"),
  };
}
