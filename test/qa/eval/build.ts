import { clbOf, type Ability, type Test } from "./rules-facts.ts";
import type { EvalCase, Fact, Kind } from "./types.ts";

/** Any one of several wordings. */
export const anyOf = (...xs: Array<string | number>): Fact => ({ any: xs.map(String) });
/** A small number of points, stated as points (a bare "8" could be anything). */
export const pointsFact = (n: number): Fact =>
  anyOf(`${n} point`, `${n} pts`, `${n} crs`, `${n} scg`, `${n} additional`, `${n} extra`, `${n} de plus`, `+${n}`, `: ${n}`, `= ${n}`, `→ ${n}`, `worth ${n}`, `vaut ${n}`, `donne ${n}`);
/** A count of rounds, stated with its unit. */
export const roundsFact = (n: number): Fact => anyOf(`${n} rounds`, `${n} draws`, `${n} rondes`, `${n} tirages`, `${n} invitation rounds`);
/** A number of days, stated with its unit (any of the accepted values). */
export const daysFact = (...xs: number[]): Fact => anyOf(...[...new Set(xs)].flatMap((x) => [`${x} days`, `${x} jours`]));

/** Shared helpers for the generated parts: a case maker and the category words people use. */

export function make(template: string, lang: "en" | "fr", kind: Kind, q: string, facts: Fact[], extra: Partial<EvalCase> = {}): EvalCase {
  return { q, lang, kind, facts, template, ...extra };
}

/** Expands a list of slot values through a template function, dropping values it returns null for. */
export function each<T>(values: readonly T[], f: (v: T, i: number) => EvalCase | EvalCase[] | null): EvalCase[] {
  return values.flatMap((v, i) => f(v, i) ?? []);
}

export interface CategoryWords {
  key: string;
  en: string;
  fr: string;
}

/** How people name round categories in chat (EN, FR). */
export const CATEGORY_WORDS: Record<string, CategoryWords> = {
  cec: { key: "cec", en: "CEC", fr: "PEC" },
  pnp: { key: "pnp", en: "PNP", fr: "PCP" },
  french: { key: "french", en: "French", fr: "francophone" },
  healthcare: { key: "healthcare", en: "healthcare", fr: "santé" },
  trades: { key: "trades", en: "trades", fr: "métiers" },
  stem: { key: "stem", en: "STEM", fr: "STIM" },
  general: { key: "general", en: "all-program", fr: "général" },
  transport: { key: "transport", en: "transport", fr: "transport" },
  physicians: { key: "physicians", en: "physicians", fr: "médecins" },
  education: { key: "education", en: "education", fr: "éducation" },
};

/** Answers that say they may be out of date (the data is months old at EVAL_LATE). */
export const STALE: Fact = {
  any: ["out of date", "outdated", "may be old", "may not be current", "may be stale", "not be up to date", "not up to date", "could not reach", "couldn't reach",
    "stale", "might be old", "not been updated", "older than", "pas a jour", "plus a jour", "perime", "obsolete", "ne sont peut-etre plus",
    "date de plus", "n'a pas pu joindre", "depasse", "pas ete mis"],
};
/** Answers that say rounds follow no fixed schedule. */
export const NO_SCHEDULE: Fact = {
  any: ["no fixed schedule", "no set schedule", "no official schedule", "not on a fixed schedule", "doesn't publish a schedule", "does not publish a schedule",
    "doesn't announce", "does not announce", "not announced in advance", "no schedule", "no fixed", "no regular", "not scheduled", "unannounced", "irregular",
    "pas de calendrier", "aucun calendrier", "pas annonce", "n'annonce pas", "sans calendrier", "ne publie pas", "pas d'horaire", "aucune date", "pas de date"],
};
/** An honest "I don't know" (the judge also wants confidence below 0.5). */
export const UNSURE: Fact = {
  any: ["not sure", "don't know", "do not know", "can't answer", "cannot answer", "can't help with", "not something I can", "pas sur", "je ne sais pas", "ne peux pas repondre", "ne peux pas vous aider", "ne peux pas t'aider"],
};
/** Saying a category is over (wrong for STEM, renewed for 2026). */
export const NOT_CURRENT: Fact = anyOf("not among the newest", "no longer", "not a current", "not one of the 2026", "discontinued", "not active", "n'est plus", "ne fait plus partie", "pas parmi", "plus active");
/** STEM named as a 2026 category. */
export const STEM_2026: Fact = { near: [anyOf("stem", "stim"), "2026"], within: 120 };
/** A reform answer must present it as a proposal. */
export const PROPOSED: Fact = { any: ["propos"] };

/**
 * The CLB/NCLC level each score gives, each stated near the score itself (an IELTS 8 may be written 8.0), so
 * a page that only happens to mention the level does not count.
 */
export function levelFacts(test: Test, scores: Partial<Record<Ability, number>>): Fact[] {
  const facts = new Map<string, Fact>();
  for (const [ability, x] of Object.entries(scores) as Array<[Ability, number]>) {
    const level = clbOf(test, ability, x);
    facts.set(`${x}:${level}`, { near: [test === "ielts" ? anyOf(x, x.toFixed(1)) : String(x), `CLB ${level}`] });
  }
  return [...facts.values()];
}
