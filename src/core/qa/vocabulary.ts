import { qaMessages } from "../../content/qa-messages.ts";
import { messages } from "../../content/messages.ts";
import { TOPICS } from "../../content/topics.ts";
import { CATEGORY_WORDS } from "./understand/category.ts";
import { FACTOR_WORDS, POINTS_ASK } from "./understand/crs-factor.ts";
import { CUES } from "./cues.ts";
import { INTENTS } from "./intents.ts";
import { PERIOD_RULES } from "./understand/period.ts";
import { SLANG } from "./understand/slang.ts";
import { ABROAD_ABBREVIATIONS, CANADIAN_PLACES } from "./understand/places.ts";
import { EXTRACTOR_SOURCES } from "./understand/understand.ts";
import { normalise, tokens } from "./text.ts";

/**
 * The words the speller corrects to, per language: every word of the program knowledge in that
 * language, and every word the intents and extractors look for. Built from the data, so a new cue
 * or topic is spelled right without a word list to keep in step.
 */

const wordsOf = (text: string) => tokens(normalise(text)).filter((w) => w.length >= 3 && !/\d/.test(w));

/** Literal words inside a regex source ("\\b(draws?|rounds?)\\b" → draws, rounds). */
function patternWords(re: RegExp | string): string[] {
  // A stem ("derni\\w*", "frequen\\w+") is not a word: kept, "dernir" would become "derni" rather than "dernier".
  // Accents off first: "dernière" in a function's source is "derniere", not "derni".
  const src = (typeof re === "string" ? re : re.source).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[a-z]+(?:\\w| )[*+]/g, " ").replace(/\\[a-zA-Z]/g, " ").replace(/\(\?[:!=<]+/g, " ").replace(/\[[^\]]*\]/g, " ");
  // "draws?" stands for "draw" and "draws".
  return (src.match(/[a-z]{3,}\??/g) ?? []).flatMap((w) => (w.endsWith("?") ? [w.slice(0, -1), w.slice(0, -2)] : [w])).filter((w) => w.length >= 3);
}

/** A function's source as the runtime gives it may spell "è" as "\\xE8" or "\\u00E8" ("derni\\xE8re" would give "derni"). */
const unescaped = (src: string) => src.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g, (_, u?: string, x?: string) => String.fromCharCode(parseInt(u ?? x!, 16)));

/** The string and regex literals of a function's source: its code words ("const", "slice", "return") are no vocabulary. */
const literals = (src: string) => !/^\s*(?:function\b|\(|async\b)/.test(src) ? src : (src.match(/\/(?:\\.|\[[^\]]*\]|[^/\n\\])+\/[dgimsuy]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`/g) ?? []).join(" ");

/** Per language, and `core`: the words the rules themselves look for (cues, categories, periods, intents, slang). */
let cached: { en: Set<string>; fr: Set<string>; core: Set<string> } | undefined;

export function buildVocabulary(): { en: Set<string>; fr: Set<string>; core: Set<string> } {
  if (cached) return cached;
  const shared = new Set<string>();
  for (const re of Object.values(CUES)) patternWords(re).forEach((w) => shared.add(w));
  for (const [re] of CATEGORY_WORDS) patternWords(re).forEach((w) => shared.add(w));
  for (const [, re] of FACTOR_WORDS) patternWords(re).forEach((w) => shared.add(w));
  patternWords(POINTS_ASK).forEach((w) => shared.add(w));
  for (const [re] of PERIOD_RULES) patternWords(re).forEach((w) => shared.add(w));
  // Extractors' own source text (a function's source is not a regex: read its words as text).
  for (const src of EXTRACTOR_SOURCES) patternWords(literals(unescaped(src)).replace(/\\./g, " ")).forEach((w) => shared.add(w));
  // Every word an intent's rule looks for ("marks" must not become "mars").
  for (const intent of INTENTS) patternWords(literals(unescaped(intent.when.toString())).toLowerCase().replace(/\\./g, " ")).forEach((w) => shared.add(w));
  // Places: Canadian provinces and cities, and countries written short ("États-Unis" must not become "état unit").
  patternWords(CANADIAN_PLACES).forEach((w) => shared.add(w));
  patternWords(ABROAD_ABBREVIATIONS).forEach((w) => shared.add(w));
  for (const w of Object.values(SLANG)) wordsOf(w).forEach((x) => shared.add(x));
  // Slang words are known too (expanded after spelling), so an elision before one splits: "dinvit" → "d invit".
  for (const w of Object.keys(SLANG)) if (w.length >= 3) shared.add(w);
  const perLang = (lang: "en" | "fr") => {
    const words = new Set(shared);
    for (const t of TOPICS) {
      for (const k of t.keywords[lang]) wordsOf(k).forEach((w) => words.add(w));
      for (const text of [t.title[lang], t.short[lang], t.long[lang]]) wordsOf(text).forEach((w) => words.add(w));
    }
    // Every word the bot itself writes (its sentences are functions: read their source).
    for (const v of [...Object.values(qaMessages(lang)), ...Object.values(messages(lang))]) wordsOf(typeof v === "function" ? unescaped(v.toString()) : typeof v === "string" ? v : "").forEach((w) => words.add(w));
    return words;
  };
  cached = { en: perLang("en"), fr: perLang("fr"), core: shared };
  return cached;
}
