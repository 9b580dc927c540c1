import { Writable } from "node:stream";
import pino from "pino";
import type { Logger } from "./core/ports.ts";

/**
 * Structured JSON logs on stderr (stdout stays clean for the CLI's answers and `--json`).
 * Tokens never reach the log: known secret values are replaced wherever they appear, and fields
 * named like secrets are redacted.
 */
export function createLogger(level: string, secrets: readonly string[] = [], destination: number | NodeJS.WritableStream = 2): Logger {
  const scrub = secretScrubber(secrets);
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

/**
 * Replaces every known secret in a text: as given, URL-encoded, and a Telegram token's secret half
 * (after the colon) on its own, which is what leaks when a URL is cut or re-encoded.
 */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    const half = secret.slice(secret.indexOf(":") + 1);
    if (half !== secret && half.length >= 16) forms.add(half);
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, secret) => (out.includes(secret) ? out.split(secret).join("[redacted]") : out), text);
}

/** A stream that writes to `target` with every secret scrubbed (for messages printed outside the logger). */
export function scrubbingStream(target: NodeJS.WritableStream, scrub: (text: string) => string): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      target.write(scrub(String(chunk)), () => done());
    },
  });
}
