import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { getDayOfYear } from "date-fns/getDayOfYear";
import { isLeapYear } from "date-fns/isLeapYear";
import { parseISO } from "date-fns/parseISO";
import type { Pool, Round } from "./round.ts";

/**
 * The questions the draw store answers, as pure functions over rounds sorted oldest first
 * (`DrawStore.all()`). Every command and answer is built on these.
 */

export type Rounds = readonly Round[];

const ofCategory = (category?: string) => (r: Round) => !category || r.category.key === category;

/** The latest round, overall or of one category, on or before `asOf` (ISO date) when given. */
export function latestRound(rounds: Rounds, category?: string, asOf?: string): Round | undefined {
  for (let i = rounds.length - 1; i >= 0; i--) {
    const r = rounds[i]!;
    if (ofCategory(category)(r) && (!asOf || r.date <= asOf)) return r;
  }
  return undefined;
}

export function findRound(rounds: Rounds, id: string | number): Round | undefined {
  const wanted = String(id).trim().toLowerCase().replace(/^#/, "");
  return rounds.find((r) => r.id === wanted);
}

export interface ListFilter {
  category?: string;
  year?: number;
  /** How many rounds at most (newest first). */
  limit?: number;
}

/** Rounds matching the filter, newest first. */
export function listRounds(rounds: Rounds, filter: ListFilter = {}): Round[] {
  const out: Round[] = [];
  for (let i = rounds.length - 1; i >= 0 && out.length < (filter.limit ?? Infinity); i--) {
    const r = rounds[i]!;
    if (ofCategory(filter.category)(r) && (!filter.year || r.date.startsWith(`${filter.year}-`))) out.push(r);
  }
  return out;
}

/** The round of the same category just before `round`. */
export function previousOfSameKind(rounds: Rounds, round: Round): Round | undefined {
  const at = rounds.findIndex((r) => r.id === round.id);
  for (let i = (at === -1 ? rounds.length : at) - 1; i >= 0; i--) {
    const r = rounds[i]!;
    if (r.category.key === round.category.key) return r;
  }
  return undefined;
}

export interface RoundWithChange {
  round: Round;
  /** The previous round of the same category, if any. */
  previous?: Round;
  /** CRS cutoff minus the previous round's (negative = lower). */
  crsChange?: number;
  sizeChange?: number;
}

export function withChange(rounds: Rounds, round: Round): RoundWithChange {
  const previous = previousOfSameKind(rounds, round);
  if (!previous) return { round };
  return { round, previous, crsChange: round.crs - previous.crs, sizeChange: round.size - previous.size };
}

export interface PeriodFigures {
  rounds: number;
  invitations: number;
}

export interface YearStats extends PeriodFigures {
  year: number;
  /** The date the figures are as of (ISO); rounds after it are not counted. */
  asOf: string;
  /** True while the year is not over on `asOf`. */
  partial: boolean;
  lowestCrs?: number;
  highestCrs?: number;
  byCategory: Array<PeriodFigures & { key: string; label: string; lowestCrs: number }>;
  /** Earlier years, newest first: the whole year, and the same period (1 January to the same day). */
  earlier: Array<{ year: number; whole: PeriodFigures; samePeriod: PeriodFigures }>;
  /** For a year in progress: the whole year if the pace so far continued (a straight line). */
  projection?: PeriodFigures;
}

function figures(rounds: Rounds): PeriodFigures {
  return { rounds: rounds.length, invitations: rounds.reduce((sum, r) => sum + r.size, 0) };
}

/** A year's figures as of `asOf` (ISO date). */
export function yearStats(rounds: Rounds, year: number, asOf: string): YearStats {
  const inYear = (y: number, upTo?: string) =>
    rounds.filter((r) => r.date.startsWith(`${y}-`) && r.date <= asOf && (!upTo || r.date.slice(5) <= upTo));
  const asOfYear = Number(asOf.slice(0, 4));
  const partial = year === asOfYear && asOf.slice(5) !== "12-31";
  const these = inYear(year);
  const monthDay = year === asOfYear ? asOf.slice(5) : "12-31";
  const categories = new Map<string, Round[]>();
  for (const r of these) categories.set(r.category.key, [...(categories.get(r.category.key) ?? []), r]);
  const firstYear = rounds[0] ? Number(rounds[0].date.slice(0, 4)) : year;
  const earlier: YearStats["earlier"] = [];
  for (let y = year - 1; y >= firstYear; y--) earlier.push({ year: y, whole: figures(inYear(y)), samePeriod: figures(inYear(y, monthDay)) });
  const stats: YearStats = {
    year,
    asOf,
    partial,
    ...figures(these),
    byCategory: [...categories.entries()]
      .map(([key, rs]) => ({ key, label: rs[rs.length - 1]!.category.label, lowestCrs: Math.min(...rs.map((r) => r.crs)), ...figures(rs) }))
      .sort((a, b) => b.invitations - a.invitations),
    earlier,
  };
  if (these.length) {
    stats.lowestCrs = Math.min(...these.map((r) => r.crs));
    stats.highestCrs = Math.max(...these.map((r) => r.crs));
  }
  if (partial && year === asOfYear) {
    const elapsed = getDayOfYear(parseISO(asOf));
    const factor = (isLeapYear(parseISO(asOf)) ? 366 : 365) / elapsed;
    stats.projection = { rounds: Math.round(stats.rounds * factor), invitations: Math.round(stats.invitations * factor) };
  }
  return stats;
}

export interface CategoryRecency {
  key: string;
  label: string;
  last: Round;
  days: number;
}

/** For each category, its last round on or before `asOf` and the days since, most recent first. */
export function daysSinceLast(rounds: Rounds, asOf: string): CategoryRecency[] {
  const last = new Map<string, Round>();
  for (const r of rounds) if (r.date <= asOf) last.set(r.category.key, r);
  return [...last.values()]
    .map((r) => ({ key: r.category.key, label: r.category.label, last: r, days: differenceInCalendarDays(parseISO(asOf), parseISO(r.date)) }))
    .sort((a, b) => a.days - b.days);
}

/** The latest round that published a pool distribution, and that pool. */
export function latestPool(rounds: Rounds): { round: Round; pool: Pool } | undefined {
  for (let i = rounds.length - 1; i >= 0; i--) {
    const r = rounds[i]!;
    if (r.pool) return { round: r, pool: r.pool };
  }
  return undefined;
}

export interface StandingInPool {
  /** Candidates certainly at or above the score (bands entirely at or above it). */
  atLeast: number;
  /** Candidates possibly at or above it (adding the band the score falls in). */
  atMost: number;
  /** The band the score falls in. */
  band?: { min: number; max: number; count: number };
  total: number;
}

/**
 * How many candidates in `pool` stand at or above `score`. IRCC publishes bands, not scores, so the
 * answer is exact only at a band's lower edge; otherwise it is a range.
 */
export function standingInPool(pool: Pool, score: number): StandingInPool {
  let atLeast = 0;
  let band: StandingInPool["band"];
  for (const b of pool.bands) {
    if (b.min >= score) atLeast += b.count;
    else if (b.max >= score) band = b;
  }
  return { atLeast, atMost: atLeast + (band?.count ?? 0), ...(band ? { band } : {}), total: pool.total };
}
