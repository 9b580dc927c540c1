import type { Round } from "./round.ts";

/**
 * Records over the rounds: the lowest and highest CRS cutoff, the largest and smallest round. A
 * record shared by several rounds is the first round that set it, with how many others equal it.
 */

export interface RoundRecord {
  round: Round;
  /** Other rounds with the same value. */
  ties: number;
}

export interface Records {
  rounds: number;
  first: Round;
  last: Round;
  lowestCrs: RoundRecord;
  highestCrs: RoundRecord;
  largest: RoundRecord;
  smallest: RoundRecord;
}

function best(rounds: readonly Round[], value: (r: Round) => number, better: (a: number, b: number) => boolean): RoundRecord {
  let top = rounds[0]!;
  for (const r of rounds) if (better(value(r), value(top))) top = r;
  return { round: top, ties: rounds.filter((r) => r !== top && value(r) === value(top)).length };
}

/** Records of `rounds` (in store order, oldest first); undefined when there are none. */
export function roundRecords(rounds: readonly Round[]): Records | undefined {
  if (!rounds.length) return undefined;
  return {
    rounds: rounds.length,
    first: rounds[0]!,
    last: rounds[rounds.length - 1]!,
    lowestCrs: best(rounds, (r) => r.crs, (a, b) => a < b),
    highestCrs: best(rounds, (r) => r.crs, (a, b) => a > b),
    largest: best(rounds, (r) => r.size, (a, b) => a > b),
    smallest: best(rounds, (r) => r.size, (a, b) => a < b),
  };
}

/** Records per category, in the order each category first appeared. */
export function recordsByCategory(rounds: readonly Round[]): Array<{ key: string; label: string; records: Records }> {
  const groups = new Map<string, Round[]>();
  for (const r of rounds) groups.set(r.category.key, [...(groups.get(r.category.key) ?? []), r]);
  return [...groups].map(([key, list]) => ({ key, label: list[0]!.category.label, records: roundRecords(list)! }));
}
