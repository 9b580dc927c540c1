import type { RoundCategory } from "./categories.ts";
import type { DateTimeText } from "./date-text.ts";

/** One band of the pool distribution: candidates whose CRS is within [min, max]. */
export interface PoolBand {
  min: number;
  max: number;
  count: number;
}

/** The pool of candidates by CRS band that IRCC published with a round. */
export interface Pool {
  /** Date of the pool snapshot (ISO), or null when IRCC's text could not be read. */
  asOf: string | null;
  /** IRCC's text for that date. */
  asOfText: string;
  /** The 15 non-overlapping bands, highest first (IRCC's subtotals 451–500 and 401–450 are not repeated here). */
  bands: PoolBand[];
  /** IRCC's total. */
  total: number;
  /**
   * False when IRCC's subtotals or total disagree with the sum of its bands (it happens: #247's
   * 451–500 subtotal is 180 more than its five bands). Figures are shown as IRCC published them.
   */
  consistent: boolean;
}

/** An Express Entry round of invitations, normalised from the feed. */
export interface Round {
  /** IRCC's round number as text: "434", and "91a"/"91b" for the two rounds of 2018-05-30. */
  id: string;
  /** The numeric part of the id, for ordering. */
  number: number;
  /** The date of the round (ISO). The feed's `drawDate`, which is trusted over the date inside `drawDateTime`. */
  date: string;
  category: RoundCategory;
  /** Invitations issued. */
  size: number;
  /** The lowest CRS score invited. */
  crs: number;
  /** The programs the round covered (IRCC's text). */
  programs: string;
  /** When the round was run. Not the tie-break. */
  runAt: DateTimeText;
  /** The tie-breaking rule: candidates at the cutoff score were invited only if their profile was submitted before this. Null before #77. */
  tieBreak: DateTimeText | null;
  /** The pool distribution published with the round; null when IRCC published none (all zeros). */
  pool: Pool | null;
  /** The official page of the round (its Ministerial Instruction). */
  url: string;
  /** Set when IRCC took the round back out of its feed (a corrected typo): kept in history, out of answers. */
  withdrawn?: { at: string; reason: string };
}

/** A change IRCC made to a round after publishing it. */
export interface RoundEdit {
  field: string;
  old: unknown;
  new: unknown;
  /** When our sync first saw the new value (ISO). */
  seenAt: string;
}

/** Orders rounds by number, then suffix ("91a" before "91b"). */
export function compareRounds(a: Round, b: Round): number {
  return a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
