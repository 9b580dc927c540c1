/**
 * Ports the core depends on. Adapters (pino, the real clock, global fetch) are passed in by the
 * composition root; tests pass real components with a fixed clock.
 */

/** A structured logger (pino's shape): `log.warn({ url }, "message")`. */
export interface Logger {
  trace(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** The current time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The fetch function used for outgoing HTTP (the global one in production). */
export type Fetch = typeof fetch;

/** A logger that drops everything (for scripts that must keep stdout clean and have no logger). */
export const silentLogger: Logger = {
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};

/**
 * What the operations endpoint counts (`/metrics`): updates handled and replies sent, by platform,
 * and the outcome of each announcement cycle. The default counts nothing.
 */
export interface Telemetry {
  /** An update or interaction reached the bot (`kind`: message, callback_query, command, autocomplete…). */
  updateHandled(platform: string, kind: string): void;
  /** The bot answered someone (not announcements). */
  replySent(platform: string): void;
  /** An announcement cycle of this copy ended with these deliveries. */
  deliveries(report: { sent: number; dropped: number; pending: number }): void;
}

export const noTelemetry: Telemetry = {
  updateHandled() {},
  replySent() {},
  deliveries() {},
};

/** Today's date (ISO, UTC) by a clock. */
export const isoDate = (clock: Clock) => clock().toISOString().slice(0, 10);
