/**
 * One evaluation case. An answer is right when it is in the question's language and its text holds every
 * fact of `facts` and none of `not` (see match.ts for how a fact matches). Topic ids are only hints: the
 * engine is judged by what it says, not by how it names its intents.
 */

/**
 * A fact: a text the answer must contain (tolerant to number, date and accent formats), any one of several, or
 * two facts stated close together (e.g. a test score and the CLB level it gives, so a generic page that happens
 * to mention "CLB 9" does not count as converting the user's score).
 */
export type Fact = string | { any: string[] } | { near: [Fact, Fact]; within?: number };

export type Kind =
  | "latest" | "round" | "record" | "aggregate" | "gap" | "next" | "days-since" | "freshness" | "pool"
  | "crs-points" | "clb" | "program-min" | "fsw-grid" | "pof" | "fees" | "process" | "category" | "pnp"
  | "reform" | "topic" | "help" | "unsure";

export interface EvalCase {
  q: string;
  lang: "en" | "fr";
  kind: Kind;
  /** Each must appear in the answer (an empty list is refused by the integrity tests). */
  facts: Fact[];
  /** None of these may appear (e.g. another year's round). */
  not?: Fact[];
  /** The question has typos or slang. */
  typo?: boolean;
  /** The template (or hand-written group) the case comes from; tuning and held-out never share one. */
  template: string;
  /** Which clock the question is asked at: the usual one, or long after the data (freshness). */
  clock?: "now" | "late";
  /** The old topic id of the first 132 cases, shown beside a miss as a hint only. */
  topic?: string;
}

/** The usual clock: 13 days after the newest round of the snapshot (#434, 2026-08-07). */
export const EVAL_NOW = "2026-08-20T12:00:00Z";
/** Long after the data: answers must say they may be out of date. */
export const EVAL_LATE = "2026-11-21T12:00:00Z";
