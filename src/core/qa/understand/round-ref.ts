import { NUMBER, numberOf } from "./numbers.ts";
import { re } from "./regex-cache.ts";
import type { Slots } from "./slots.ts";

/** A round by number ("draw 434", "round #91a", "tirage no 176", "the 300th draw") or by date ("draw on March 5, 2025", "tirage du 5 mars 2025"). */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, janvier: 1, february: 2, feb: 2, fevrier: 2, march: 3, mar: 3, mars: 3, april: 4, apr: 4, avril: 4, may: 5, mai: 5,
  june: 6, jun: 6, juin: 6, july: 7, jul: 7, juillet: 7, august: 8, aug: 8, aout: 8, september: 9, sep: 9, sept: 9, septembre: 9,
  october: 10, oct: 10, octobre: 10, november: 11, nov: 11, novembre: 11, december: 12, dec: 12, decembre: 12,
};
const MONTH = `(${Object.keys(MONTHS).join("|")})`;
const pad = (n: number) => String(n).padStart(2, "0");

/** "17/03/2026", "06/02/2026" (slashes are spaces once normalised): day first unless the day cannot be the first number. */
const NUMERIC_DATE = /\b(\d{1,2}) (\d{1,2}) (20[12]\d)\b/;

/** A full date ("March 21, 2025", "8 juillet 2024", "2025-03-21"), so its year is not read as a period. */
export const FULL_DATE = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+|\\s*,\\s*)20[12]\\d\\b|\\b\\d{1,2}(?:er)?\\s+${MONTH}\\s+20[12]\\d\\b|\\b20[12]\\d[- ]\\d{2}[- ]\\d{2}\\b|${NUMERIC_DATE.source}`);

export function extractRound(question: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  // A numeric date's numbers are no round numbers ("draw 07/20/2026").
  const dated = NUMERIC_DATE.exec(question);
  const text = dated ? question.replace(dated[0], " ") : question;
  const n = /(?:\b(?:draws?|rounds?|tirages?|rondes?|itas?)\s*(?:no|number|numero|nº|n)?\s*#?\s*|#\s*|\b(?:no|numero|number)\s*)(\d{1,3}[ab]?)\b(?!\s*(?:invitations|itas|people|candidates|points|days|jours|months|mois|ans|years|\.\d|%))/.exec(text)
    ?? /\b(\d{1,3})(?:st|nd|rd|th|e|eme)\s+(?:draw|round|tirage|ronde)\b/.exec(text);
  if (n) out.round = n[1]!;
  // Relative: "the draw before #430", "la ronde après la 429", "the round preceding 400".
  const rel = /\b(?:draws?|rounds?|tirages?|rondes?|one|celle|celui)\s+(before|after|preceding|following|prior to|avant|apres|precedant|suivant)\s+(?:the\s+|la\s+|le\s+|l\s+)?(?:(?:draws?|rounds?|tirages?|rondes?|no|number|numero)\s*)?#?\s*(\d{1,3}[ab]?)\b/.exec(text);
  if (rel) {
    out.round = rel[2]!;
    out.roundStep = /^(before|preceding|prior to|avant|precedant)$/.test(rel[1]!) ? -1 : 1;
  }
  // "The draw before the last one", "l'avant-dernier tirage", "the second to last round", "penultimate".
  if (/\b(?:before the (?:last|latest) (?:one|draw|round)|second (?:to )?last|2nd (?:to )?last|penultimate|avant dernier\w*|avant derniere?s?)\b/.test(text)) {
    out.round = "latest";
    out.roundStep = -1;
  }
  // A pair: "between draw 433 and 434", "rounds #400 to #410", "entre la ronde 420 et la 424".
  const pair = /\b(?:draws?|rounds?|tirages?|rondes?|#|no|numeros?)\s*#?\s*(\d{1,3}[ab]?)\s+(?:and|to|et|a|au|vs|versus|-|&)\s+(?:(?:the|la|le|l)\s+)?(?:(?:draws?|rounds?|tirages?|rondes?|no|numero)\s*)?#?\s*(\d{1,3}[ab]?)\b(?!\s*(?:invitations|itas|people|candidates|points|days|jours|months|mois|ans|years|\.\d|%))/.exec(text);
  if (pair && pair[1] !== pair[2] && !/^20[12]\d$/.test(pair[2]!)) {
    out.round = pair[1]!;
    out.roundTo = pair[2]!;
  }
  const iso = /\b(20[12]\d)[- ](\d{2})[- ](\d{2})\b/.exec(text);
  const en = re(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|\\s*,\\s*)?(20[12]\\d)?\\b`).exec(text);
  // "9 juillet 2026", "1er mars", "the 9th of July"
  const fr = re(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s*(20[12]\\d)?\\b`).exec(text);
  const numeric = dated;
  const [a, b] = numeric ? [Number(numeric[1]), Number(numeric[2])] : [0, 0];
  if (iso) out.roundDate = `${iso[1]}-${iso[2]}-${iso[3]}`;
  else if (numeric && a >= 1 && b >= 1 && (a <= 12 || b <= 12) && a <= 31 && b <= 31) {
    const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : [a, b];
    out.roundDate = `${numeric[3]}-${pad(month)}-${pad(day)}`;
  }
  else if (en && MONTHS[en[1]!] && Number(en[2]) <= 31) out.roundDate = `${en[3] ?? "?"}-${pad(MONTHS[en[1]!]!)}-${pad(Number(en[2]))}`;
  else if (fr && MONTHS[fr[2]!] && Number(fr[1]) <= 31) out.roundDate = `${fr[3] ?? "?"}-${pad(MONTHS[fr[2]!]!)}-${pad(Number(fr[1]))}`;
  return out;
}

/** The month names these extractors read, for the speller. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);

const LAST = "(?:last|latest|most recent|recent|previous|past|prior|dernier|derniers|dernieres|plus recents|plus recentes)";
const LISTED = "(?:\\w+\\s+){0,2}(?:draws|rounds|tirages|rondes|cut ?offs|cutoffs|scores|results|resultats|seuils|itas)\\b";

/** "The last 5 draws" / "les 5 derniers tirages" / "the four most recent CEC rounds": how many of the newest rounds. */
export function lastCount(text: string): number | undefined {
  const m = re(`\\b${LAST}\\s+${NUMBER}\\s+${LISTED}`).exec(text) ?? re(`\\b${NUMBER}\\s+${LAST}\\s+${LISTED}`).exec(text);
  const n = numberOf(m?.[1]);
  return n !== undefined && n >= 1 && n <= 99 && Number.isInteger(n) ? n : undefined;
}

/** The newest N rounds as a slice of the question ("the average of the last 10 CEC draws"). */
export function extractLastN(text: string): Partial<Slots> {
  const n = lastCount(text);
  return n === undefined ? {} : { lastN: n };
}
