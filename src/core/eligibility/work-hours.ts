/**
 * Counting work as ELIGIBILITY-PROFILE.md defines it, exactly. A job gives `hoursPerWeek / 7` hours
 * on each day it is active; the jobs counted together give at most 30/7 h a day. To stay in whole
 * numbers we count "week-hours": Σ over days of min(30, Σ hoursPerWeek) — 1 year (1,560 h) is
 * 10,920 of them, and hours = week-hours / 7.
 */

export const WEEK_HOURS_PER_YEAR = 10_920;
const DAILY_CAP = 30;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same month and day `years` earlier (29 February → 28 February when that year has none). */
export function yearsBefore(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) - years;
  let md = iso.slice(5);
  if (md === "02-29" && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) md = "02-28";
  return `${String(y).padStart(4, "0")}-${md}`;
}

/** A job as days: first and last day (inclusive) and its weekly hours. */
export interface Span {
  from: number;
  to: number;
  hoursPerWeek: number;
}

export interface WorkCount {
  /** Σ over days of min(30, Σ hoursPerWeek of the active jobs). */
  weekHours: number;
  /** The largest such sum over one run of consecutive days, each with at least one job active. */
  longestRun: number;
  /** The last day of that run (day number), or null without work. */
  longestRunEnd: number | null;
}

/** Guards float sums (37.5 + 7.5 …) against 1e-12 drift. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** Counts the spans within [start, end] (day numbers, inclusive). */
export function countWork(spans: readonly Span[], start: number, end: number): WorkCount {
  const clipped = spans.map((s) => ({ from: Math.max(s.from, start), to: Math.min(s.to, end), h: s.hoursPerWeek })).filter((s) => s.from <= s.to);
  const bounds = [...new Set(clipped.flatMap((s) => [s.from, s.to + 1]))].sort((a, b) => a - b);
  let weekHours = 0;
  let run = 0;
  let longestRun = 0;
  let longestRunEnd: number | null = null;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const day = bounds[i]!;
    const next = bounds[i + 1]!;
    let sum = 0;
    for (const s of clipped) if (s.from <= day && day <= s.to) sum += s.h;
    if (sum > 0) {
      const add = (next - day) * Math.min(DAILY_CAP, sum);
      weekHours += add;
      run += add;
      if (run > longestRun) {
        longestRun = run;
        longestRunEnd = next - 1;
      }
    } else run = 0;
  }
  return { weekHours: tidy(weekHours), longestRun: tidy(longestRun), longestRunEnd };
}

/** Hours (rounded down) for people. */
export const hoursOf = (weekHours: number) => Math.floor(weekHours / 7 + 1e-9);
