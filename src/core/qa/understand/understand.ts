import { extractCategory } from "./category.ts";
import { extractLanguage, LANGUAGE_WORDS } from "./language-test.ts";
import { extractDayRange, extractPeriods } from "./period.ts";
import { extractJobOfferInCanada, extractAge, extractEducation, extractFamily, extractProgram, extractProvince, extractScore, extractSpouse, extractWork, PERSON_WORDS } from "./person.ts";
import { extractLastN, extractRound, FULL_DATE, MONTH_WORDS } from "./round-ref.ts";
import { extractNoc } from "./noc.ts";
import { extractBound, extractScoreRange, extractSizeBound } from "./score-range.ts";
import type { Extractor, Period, SlotName, Slots } from "./slots.ts";

/** The extractors' own source, so the speller knows every word they look for. */
export const EXTRACTOR_SOURCES: readonly string[] = [extractCategory, extractLanguage, extractSpouse, extractAge, extractEducation, extractWork, extractFamily, extractScore, extractProvince, extractProgram, extractRound, extractScoreRange, extractBound, extractNoc, extractJobOfferInCanada, extractLastN, extractSizeBound]
  .map((f) => f.toString().toLowerCase())
  .concat(PERSON_WORDS, LANGUAGE_WORDS, MONTH_WORDS);

/** Every extractor, run on every question. Order does not matter: each fills its own slots. */
// A range of scores comes after the single score, and wins over it.
const EXTRACTORS: readonly Extractor[] = [extractCategory, extractLanguage, extractSpouse, extractAge, extractEducation, extractWork, extractFamily, extractScore, extractProvince, extractProgram, extractRound, extractScoreRange, extractBound, extractNoc, extractJobOfferInCanada, extractLastN, extractSizeBound];

export interface Understood {
  slots: Slots;
  /** The question with the period blanked out, for intent cues. */
  rest: string;
  /** The slots found, by name. */
  found: SlotName[];
}

const SINCE_BEFORE = /\b(?:since|from|after|depuis|a partir du?|des|apres)\s+(?:the\s+|le\s+|l\s+)?$/;
const SINCE_AFTER = /^\W*(?:\w+\W+){0,8}?(?:since then|since that (?:day|date)|depuis (?:ce jour|cette date|lors|ce moment)|since\s*$|depuis\s*$)/;

/** True when a word for rounds or counts stands within a few words of `phrase` in `text`. */
function nearRounds(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) return true;
  const words = text.split(" ");
  const start = text.slice(0, at).split(" ").length - 1;
  const end = start + phrase.split(" ").length - 1;
  return words.some((w, k) => (k < start ? start - k : k - end) <= 6 && /^(draws?|rounds?|tirages?|rondes?|itas?|ipds?|invitations?|invites?|invited|cut|cutoffs?|seuils?|combien|many|much|total|average|moyenne|lowest|highest|biggest|largest|smallest|fewest|most|least|record|bas|basse|haut|haute|gros|grosse|petit|petite|eleve|elevee|since|depuis)$/.test(w));
}

/** A normalised question → its slots. */
export function understand(text: string): Understood {
  // A range of days is a period, though each end looks like a round's date.
  const days = extractDayRange(text);
  // A full date names a round, not a period: keep its year out of the period extractor.
  let date = days ? null : FULL_DATE.exec(text);
  // …unless the date starts a period: "since May 1, 2026", "depuis le 15 juin 2026", "I entered the pool on May 1 2026, how many draws since then?"
  const since = date && (SINCE_BEFORE.test(text.slice(0, date.index)) || SINCE_AFTER.test(text.slice(date.index + date[0].length))) ? extractRound(date[0]).roundDate : undefined;
  const sincePeriod = since && !since.startsWith("?") ? { period: { kind: "since" as const, from: since, text: date![0] }, rest: text.replace(date![0], " ").replace(/\s+/g, " ").trim() } : undefined;
  if (sincePeriod) date = null;
  const { period, period2, rest }: { period?: Period; period2?: Period; rest: string } = days ?? sincePeriod ?? extractPeriods(date ? text.replace(date[0], " ") : text);
  // A month named alone far from any word for rounds ("J'ai eu 29 ans en mars, … le seuil du dernier tirage PEC ?") is
  // the person's story, not the rounds' period.
  const loose = period?.month !== undefined && !nearRounds(text, period.text);
  const slots: Slots = period && !loose ? { period, ...(period2 ? { period2 } : {}) } : {};
  for (const extract of EXTRACTORS) Object.assign(slots, extract(date ? `${rest} ${date[0]}` : rest));
  // A year is not a round number, an age, or a score.
  if (slots.round && /^20[12]\d$/.test(slots.round)) delete slots.round;
  if (slots.test && slots.score !== undefined && Object.values(slots.test.scores).includes(slots.score)) delete slots.score;
  if (slots.test && slots.test.all === slots.score) delete slots.score;
  // "2 years canadian experience" is Canadian work, not a program's months of experience.
  if (slots.workMonths !== undefined && (slots.canadianWorkYears !== undefined || slots.foreignWorkYears !== undefined) && !slots.program) delete slots.workMonths;
  return { slots, rest, found: Object.keys(slots) as SlotName[] };
}
