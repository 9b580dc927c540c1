import type { Round } from "./round.ts";

/**
 * Records and aggregates over any slice of rounds (a category, a period, both, or all): lowest and
 * highest cutoff, largest and smallest round, averages, totals, and the gaps between rounds.
 * Pure functions over rounds sorted oldest first.
 */

export interface Slice {
  category?: string;
  /** Categories left out. */
  exclude?: readonly string[];
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
}

export function sliceRounds(rounds: readonly Round[], s: Slice): Round[] {
  return rounds.filter((r) => (!s.category || r.category.key === s.category) && !s.exclude?.includes(r.category.key) && (!s.from || r.date >= s.from) && (!s.to || r.date <= s.to));
}

export type Measure = "crs" | "size";

/** The rounds holding the lowest or highest value (several when tied), oldest first. */
export function record(rounds: readonly Round[], measure: Measure, which: "min" | "max"): { value: number; rounds: Round[] } | undefined {
  if (!rounds.length) return undefined;
  const values = rounds.map((r) => r[measure]);
  const value = which === "min" ? Math.min(...values) : Math.max(...values);
  return { value, rounds: rounds.filter((r) => r[measure] === value) };
}

export interface Totals {
  rounds: number;
  invitations: number;
  averageCrs?: number;
  averageSize?: number;
  medianCrs?: number;
  first?: Round;
  last?: Round;
}

export function totals(rounds: readonly Round[]): Totals {
  const invitations = rounds.reduce((s, r) => s + r.size, 0);
  if (!rounds.length) return { rounds: 0, invitations: 0 };
  const crs = rounds.map((r) => r.crs).sort((a, b) => a - b);
  const mid = Math.floor(crs.length / 2);
  return {
    rounds: rounds.length,
    invitations,
    averageCrs: crs.reduce((s, x) => s + x, 0) / crs.length,
    averageSize: invitations / rounds.length,
    medianCrs: crs.length % 2 ? crs[mid]! : (crs[mid - 1]! + crs[mid]!) / 2,
    first: rounds[0]!,
    last: rounds[rounds.length - 1]!,
  };
}

export interface Gap {
  days: number;
  before: Round;
  after: Round;
}

/** The gaps in days between consecutive round dates (rounds on the same day count once). */
export function gaps(rounds: readonly Round[]): Gap[] {
  const out: Gap[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const days = daysBetween(rounds[i - 1]!.date, rounds[i]!.date);
    if (days > 0) out.push({ days, before: rounds[i - 1]!, after: rounds[i]! });
  }
  return out;
}

export interface GapSummary {
  count: number;
  median: number;
  average: number;
  longest: Gap;
  shortest: Gap;
}

export function gapSummary(rounds: readonly Round[]): GapSummary | undefined {
  const g = gaps(rounds);
  if (!g.length) return undefined;
  const days = g.map((x) => x.days).sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const longest = g.reduce((a, b) => (b.days > a.days ? b : a));
  const shortest = g.reduce((a, b) => (b.days < a.days ? b : a));
  return { count: g.length, median: days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2, average: days.reduce((s, x) => s + x, 0) / days.length, longest, shortest };
}

/** Calendar days from one ISO date to another (both read as UTC midnight: exact, and fast enough for every round). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** ISO date `days` before `iso`. */
export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Rounds this many days or fewer apart belong to one burst (a Friday and the next Monday are 3 days apart). */
export const BURST_GAP_DAYS = 3;

/**
 * Rounds grouped into bursts: IRCC now holds several categories' rounds on consecutive days, then
 * pauses, so the gap between single rounds (often 1 day) says little about when the next ones come.
 * Oldest first; each burst's rounds oldest first.
 */
export function bursts(rounds: readonly Round[], maxGapDays = BURST_GAP_DAYS): Round[][] {
  const out: Round[][] = [];
  for (const r of rounds) {
    const current = out[out.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && daysBetween(last.date, r.date) <= maxGapDays) current.push(r);
    else out.push([r]);
  }
  return out;
}

export interface BurstRhythm {
  /** The bursts considered, oldest first. */
  bursts: Round[][];
  /** Days between the first rounds of successive bursts. */
  gaps: number[];
  median: number;
  shortest: number;
  longest: number;
}

/** The rhythm of the last `count` bursts: days between their first rounds. Undefined with fewer than two bursts. */
export function burstRhythm(rounds: readonly Round[], count = 6): BurstRhythm | undefined {
  const recent = bursts(rounds).slice(-(count + 1));
  if (recent.length < 2) return undefined;
  const gapDays = recent.slice(1).map((b, i) => daysBetween(recent[i]![0]!.date, b[0]!.date));
  const sorted = [...gapDays].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return {
    bursts: recent,
    gaps: gapDays,
    median: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    shortest: sorted[0]!,
    longest: sorted[sorted.length - 1]!,
  };
}
