import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFeedText } from "../../../src/core/draws/parse-feed.ts";
import type { Round } from "../../../src/core/draws/round.ts";

/**
 * The eval's own computations over the bundled snapshot (rounds #1–#434, newest 2026-08-07), written
 * apart from the engine's queries: expected data facts are computed here, never typed by hand. Only the
 * feed parser is shared (it turns IRCC's file into rounds with a category key).
 */

const SNAPSHOT = fileURLToPath(new URL("../../../data/ee_rounds_123_en.json", import.meta.url));
export const ROUNDS: readonly Round[] = parseFeedText(readFileSync(SNAPSHOT, "utf8")).rounds;

const DAY = 86_400_000;
export const days = (fromIso: string, toIso: string) => Math.round((Date.parse(toIso.slice(0, 10)) - Date.parse(fromIso.slice(0, 10))) / DAY);
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface Slice {
  cat?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
}

export const yearSlice = (year: number, cat?: string): Slice => ({ cat, from: `${year}-01-01`, to: `${year}-12-31` });

export function select(s: Slice): Round[] {
  return ROUNDS.filter((r) => (!s.cat || r.category.key === s.cat) && (!s.from || r.date >= s.from) && (!s.to || r.date <= s.to));
}

export const rid = (r: Round) => `#${r.id}`;
export const latest = (rs: readonly Round[]) => rs.at(-1);
export const sum = (rs: readonly Round[]) => rs.reduce((a, r) => a + r.size, 0);
export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The round(s) reaching an extreme of a value; the round id is a fact only when it is the only one. */
export function extreme(rs: readonly Round[], value: (r: Round) => number, dir: "min" | "max") {
  const best = dir === "min" ? Math.min(...rs.map(value)) : Math.max(...rs.map(value));
  const at = rs.filter((r) => value(r) === best);
  return { value: best, rounds: at, unique: at.length === 1 ? at[0] : undefined };
}

/** Days between consecutive distinct round dates. */
export function gaps(rs: readonly Round[]): Array<{ days: number; from: string; to: string }> {
  const dates = [...new Set(rs.map((r) => r.date))].sort();
  return dates.slice(1).map((d, i) => ({ days: days(dates[i]!, d), from: dates[i]!, to: d }));
}

/** Accepted ways to state an average: rounded, or to one decimal. */
export function averageFact(x: number): { any: string[] } {
  const alts = new Set([String(Math.round(x)), x.toFixed(1)]);
  return { any: [...alts] };
}

/** Years in which a category held rounds. */
export const yearsOf = (cat?: string) => [...new Set(select({ cat }).map((r) => Number(r.date.slice(0, 4))))];

export const ROUND_DATES = new Set(ROUNDS.map((r) => r.date));
/** True when no round lies within `margin` days of a date (so "since"/"last N months" is not boundary-sensitive). */
export const clearOfRounds = (iso: string, margin = 3) => ROUNDS.every((r) => Math.abs(days(iso, r.date)) > margin);

/**
 * Rounds "in the last N months": only when the window gives the same rounds counted from the clock and from
 * the newest round, and no round sits on its first day (so either reading of the question has one answer).
 */
export function lastMonths(n: number, nowIso: string, cat?: string): Round[] | undefined {
  const from = (iso: string) => {
    const d = new Date(iso.slice(0, 10) + "T00:00:00Z");
    d.setUTCMonth(d.getUTCMonth() - n);
    return isoDay(d);
  };
  const a = select({ cat, from: from(nowIso) });
  const b = select({ cat, from: from(latest(ROUNDS)!.date) });
  return a.length === b.length && clearOfRounds(from(nowIso), 1) ? a : undefined;
}

/**
 * The longest wait in a slice, as every fair reading of the question gives it: between its rounds only; or
 * counting from the slice's first day, or from the round before it; or up to the clock when the slice is open.
 */
export function longestWaits(s: Slice, nowIso: string): number[] {
  const rs = select(s);
  const between = Math.max(0, ...gaps(rs).map((g) => g.days));
  const out = new Set([between]);
  const first = rs[0];
  if (s.from && first) {
    out.add(Math.max(between, days(s.from, first.date)));
    const before = select({ cat: s.cat, to: isoDay(new Date(Date.parse(s.from) - DAY)) }).at(-1);
    if (before) out.add(Math.max(between, days(before.date, first.date)));
  }
  const last = rs.at(-1);
  if (last && (!s.to || s.to >= nowIso.slice(0, 10))) out.add(Math.max(between, days(last.date, nowIso)));
  return [...out];
}

/** The usual spacing of a slice's rounds: median and mean between distinct dates, and the mean over all rounds. */
export function typicalGaps(s: Slice): number[] {
  const rs = select(s);
  const g = gaps(rs).map((x) => x.days);
  const span = days(rs[0]!.date, rs.at(-1)!.date) / (rs.length - 1);
  return [median(g), Math.round(mean(g)), Number(mean(g).toFixed(1)), Math.round(span), Number(span.toFixed(1))];
}

/** One round by IRCC's number ("434", "91b"); throws when the snapshot has none, so a typo cannot yield an empty fact. */
export function byId(id: string): Round {
  const r = ROUNDS.find((x) => x.id === id);
  if (!r) throw new Error(`no round ${id} in the snapshot`);
  return r;
}

/** The one round held on a date; throws when there is none or several (a question by date must have one answer). */
export function onDate(iso: string): Round {
  const rs = select({ from: iso, to: iso });
  if (rs.length !== 1) throw new Error(`${rs.length} rounds on ${iso}`);
  return rs[0]!;
}

/** Candidates of a round's published pool whose CRS band lies wholly within [min, max]; throws when a band straddles a bound. */
export function poolCount(r: Round, min: number, max: number): number {
  if (!r.pool) throw new Error(`round ${r.id} has no pool`);
  let n = 0;
  for (const b of r.pool.bands) {
    if (b.min >= min && b.max <= max) n += b.count;
    else if (b.max >= min && b.min <= max) throw new Error(`band ${b.min}-${b.max} straddles ${min}-${max}`);
  }
  return n;
}
