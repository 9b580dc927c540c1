import { CUES, type CueName } from "./cues.ts";
import type { Slots } from "./understand/slots.ts";

/**
 * How sure an intent's answer is, beyond the intent's own base confidence. A confident answer must
 * use everything the question asks: a question that also asks something the intent does not answer
 * ("how many days between draw 433 and 434" answered with round #433), holds a number no slot took
 * ("the last draw before 430"), or is about life in Canada rather than Express Entry ("a job in
 * Canada") is answered, but not confidently.
 */

/** Below this, callers treat an answer as a guess. */
export const GUESS_CONFIDENCE = 0.45;

/** The cues that each make a different question about rounds ("how often", "since when", "lowest", …). */
const KIND_CUES: readonly CueName[] = ["gap", "daysSince", "min", "max", "average", "count", "next", "pool"];

/** The kinds of question each data intent answers: any other kind the question holds is left unanswered. */
const CONSUMES: Record<string, readonly CueName[]> = {
  round: ["count", "pool"],
  "round-by-date": ["count", "pool"],
  "last-n-rounds": ["count"],
  gaps: ["gap", "min", "max", "average", "count"],
  "last-gap": ["gap", "count"],
  "days-since": ["daysSince", "count"],
  record: ["min", "max", "count"],
  average: ["average", "count"],
  totals: ["count"],
  // A year in progress comes with its projection: "how many will there be by the end of the year" is answered.
  "year-stats": ["count", "min", "max", "average", "next"],
  // Two latest rounds side by side say which is higher or lower.
  "latest-round": ["count", "min", "max"],
  // The next round is not predicted, and the answer says so whatever is asked of it (its cutoff, its size, how many).
  "next-round": ["next", "gap", "min", "max", "count", "average"],
  "rounds-slice": ["count", "min", "max"],
  pool: ["pool", "count"],
};

/** Off-domain subjects: settling in Canada, not Express Entry. */
// Other immigration programs, whose own draws and scores are not Express Entry's (a province's stream is the PNP's, not here).
export const OFF_DOMAIN = /\b(arrima|pstq|psq|csq|iec|working holiday|pvt|sowp|open work permit|closed work permit|permis (?:de travail )?(?:ouvert|ferme)|pr card|carte (?:de )?rp|carte de resident permanent|pgp|parents? and grand ?parents?|parents et grands parents|super visa|atlantic immigration|aip|pipa|rnip|rcip|rural and northern|eoi|expression of interest|manifestation d interet|uk skilled worker|united kingdom|royaume uni|skilled migrant|subclass|h1b|h 1b|rent|rents|loyers?|apartments?|appartements?|housing|logements?|weather|meteo|tax|taxes|income tax|impots?|lawyers?|avocate?s?|consultants?|rcic|agents? d immigration|immigration agents?|australia|australie|new zealand|nouvelle zelande|uk visa|us visa|green card|bank accounts?|banks?|banques?|credit cards?|cartes? de credit|driving|driver s licen[cs]e|permis de conduire|health cards?|carte soleil|daycare|garderies?|flights?|billets? d avion|cars?|voitures?|(?:get|find|look for|looking for|search for) an? (?:job|work)|jobs? (?:in|au) canada|(?:trouver|chercher) (?:un |du )?(?:emploi|job|travail)|(?<!high )(?:salary|salaries|wages?))\b/;

/** Numbers of two or more digits in the question that no slot took (years and periods are slots or blanked). */
export function unusedNumbers(text: string, slots: Slots): string[] {
  const known = JSON.stringify(slots);
  return [...text.matchAll(/\b(\d{2,5})\b/g)].map((m) => m[1]!).filter((n) => !new RegExp(`(?<![\\d])${n}(?![\\d])`).test(known));
}

/** A month named without a year or day ("since March") is a period no slot could place. */
const LOOSE_MONTH = /\b(january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/;

/** A category left out ("not counting PNP", "hors PCP", "the last draw that wasn't French"): no slot reads it, so no answer honours it. */
const EXCLUSION = /\b(not counting|excluding|exclude|except|apart from|other than|besides|without (?:the )?(?:pnp|pcp|cec|pec|french|francophones?|category|categorie)|hors|sans compter|sauf|autres? que|wasn t|wasnt|was not|weren t|were not|isn t|n etait pas|n etaient pas|ne soit pas|qui n est pas|non (?:pnp|pcp|cec|pec|francophones?))\b/;
/** Two things compared ("which was higher, the last PNP or the last CEC cutoff"): one answer about one of them does not answer it. */
const COMPARISON = /\b(which (?:was|is|had|were) (?:higher|lower|more|bigger|larger|fewer|smaller)|which (?:one )?(?:had|has) (?:more|fewer)|compared (?:to|with)|versus|vs|le plus (?:haut|bas|eleve|gros) entre|la plus (?:haute|basse|elevee|grosse) entre|(?:lequel|laquelle) (?:\w+ ){0,4}(?:entre|ou)|entre (?:\w+ ){1,6}(?:lequel|laquelle))\b/;
/** Intents whose answers read two things or an exclusion themselves. */
const READS_BOTH = /pair|compare|versus|exclu/;

/** "Score minimal", "minimum CRS": the cutoff, not a superlative ("the lowest"). */
const CUTOFF_NAMES = /\b(score minimal|scores minimaux|note minimale|notes minimales|minimum (?:crs|score|cutoff)|crs minimum|score minimum|seuil minimal)\b/g;

/**
 * Lowers an intent's confidence when the question holds more than the intent answers. `asked`: the sentences that ask
 * (a long message's background — "in the pool since March with 478" — is not part of the question).
 */
export function calibrate(intentId: string, whole: string, slots: Slots, confidence: number, asked?: string): number {
  const text = (asked ?? whole).replace(CUTOFF_NAMES, " cutoff ").replace(/\b(tie ?breaks?|tie breaking|tiebreaker|departage)\b/g, " tiebreak ");
  const consumes = CONSUMES[intentId];
  if (!consumes) return OFF_DOMAIN.test(text) ? Math.min(confidence, GUESS_CONFIDENCE) : confidence;
  const rival = KIND_CUES.some((c) => !consumes.includes(c) && CUES[c].test(text));
  // Two periods ("2024 vs 2025") are read as such by the round intents.
  // Unless a slot read them: excluded categories, a second category or period.
  if (!READS_BOTH.test(intentId) && ((EXCLUSION.test(text) && !slots.excludedCategories?.length) || (COMPARISON.test(text) && !slots.period2 && !slots.category2))) return Math.min(confidence, GUESS_CONFIDENCE);
  const numbers = intentId === "last-n-rounds" ? [] : unusedNumbers(text, slots);
  if (LOOSE_MONTH.test(text) && !slots.roundDate) return Math.min(confidence, GUESS_CONFIDENCE);
  return rival || numbers.length || OFF_DOMAIN.test(text) ? Math.min(confidence, GUESS_CONFIDENCE) : confidence;
}
