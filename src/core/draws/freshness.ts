import type { Round } from "./round.ts";
import { daysBetween } from "./slices.ts";

/**
 * How fresh the rounds are. The data covers up to today when the feed was reached today; otherwise
 * only up to the newest round known, and figures "as of today" would claim more than we know.
 */

/** When the feed was last read successfully (ISO instant), if ever in this process. */
export interface FeedStatus {
  lastReachedAt(): string | undefined;
}

/** Past this many days since the newest round, with no recent feed read, answers warn that data may be old. */
export const STALE_AFTER_DAYS = 14;
/** A feed read within this many hours counts as recent. */
export const RECENT_FEED_HOURS = 24;

export interface Freshness {
  /** The date the data covers up to (ISO). */
  asOf: string;
  newest?: Round;
  /** True when the newest round is old and the feed was not reached recently. */
  maybeStale: boolean;
  daysSinceNewest?: number;
}

export function freshness(rounds: readonly Round[], now: Date, feed?: FeedStatus): Freshness {
  const today = now.toISOString().slice(0, 10);
  const newest = rounds[rounds.length - 1];
  const reached = feed?.lastReachedAt();
  const recent = reached !== undefined && now.getTime() - Date.parse(reached) <= RECENT_FEED_HOURS * 3_600_000;
  if (!newest) return { asOf: today, maybeStale: !recent };
  const daysSinceNewest = daysBetween(newest.date, today);
  return {
    asOf: recent ? today : newest.date < today ? newest.date : today,
    newest,
    maybeStale: !recent && daysSinceNewest > STALE_AFTER_DAYS,
    daysSinceNewest,
  };
}
