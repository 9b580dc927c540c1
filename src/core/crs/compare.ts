import { subMonths } from "date-fns/subMonths";
import { formatISO } from "date-fns/formatISO";
import { parseISO } from "date-fns/parseISO";
import { latestPool, standingInPool, type Rounds, type StandingInPool } from "../draws/queries.ts";
import type { Pool, Round } from "../draws/round.ts";

/**
 * A score against reality: which recent rounds of each category it would have cleared, and where
 * it stands in the latest published pool.
 */

export interface CategoryComparison {
  key: string;
  label: string;
  rounds: number;
  /** Rounds whose cutoff was below the score. */
  above: number;
  /** Rounds whose cutoff equalled the score (then the tie-break decided). */
  atCutoff: number;
  last: Round;
}

export interface ScoreComparison {
  score: number;
  since: string;
  asOf: string;
  categories: CategoryComparison[];
  pool?: { round: Round; pool: Pool; standing: StandingInPool };
}

export function compareWithRounds(score: number, rounds: Rounds, asOf: string, months = 12): ScoreComparison {
  const since = formatISO(subMonths(parseISO(asOf), months), { representation: "date" });
  const byCategory = new Map<string, CategoryComparison>();
  for (const r of rounds) {
    if (r.date <= since || r.date > asOf) continue;
    const c = byCategory.get(r.category.key) ?? { key: r.category.key, label: r.category.label, rounds: 0, above: 0, atCutoff: 0, last: r };
    c.rounds++;
    if (score > r.crs) c.above++;
    else if (score === r.crs) c.atCutoff++;
    c.last = r;
    c.label = r.category.label;
    byCategory.set(r.category.key, c);
  }
  const categories = [...byCategory.values()].sort((a, b) => (b.last.date < a.last.date ? -1 : b.last.date > a.last.date ? 1 : 0));
  const latest = latestPool(rounds.filter((r) => r.date <= asOf));
  return {
    score,
    since,
    asOf,
    categories,
    ...(latest ? { pool: { ...latest, standing: standingInPool(latest.pool, score) } } : {}),
  };
}
