import pino from "pino";
import type { Logger } from "./core/ports.ts";

/**
 * Structured JSON logs on stderr (stdout stays clean for the CLI's answers and `--json`).
 * Tokens never reach the log: known secret values are replaced wherever they appear, and fields
 * named like secrets are redacted.
 */
export function createLogger(level: string, secrets: readonly string[] = [], destination: number | NodeJS.WritableStream = 2): Logger {
  const scrub = (line: string) => secrets.reduce((text, secret) => text.split(secret).join("[redacted]"), line);
  const stream = typeof destination === "number" ? pino.destination({ dest: destination, sync: true }) : destination;
  return pino(
    {
      level,
      base: { app: "ee-bot" },
      redact: { paths: ["token", "*.token", "authorization", "*.authorization", "headers.authorization"], censor: "[redacted]" },
      hooks: { streamWrite: scrub },
    },
    stream,
  ) as unknown as Logger;
}
