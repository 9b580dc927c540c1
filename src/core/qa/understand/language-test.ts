import { re } from "./regex-cache.ts";
import { ABILITIES, type Ability } from "../../crs/language.ts";
import type { Slots, TestScores } from "./slots.ts";

/**
 * Language tests and levels: the test named (IELTS, CELPIP, PTE Core, TEF Canada, TCF Canada), its
 * scores per ability ("L8 R7 W7 S7", "7.5 in listening", "TEF 500 en compréhension orale", "6.5 in
 * all"), a CLB/NCLC level, and whether it is the second official language.
 */

const TESTS: ReadonlyArray<readonly [RegExp, TestScores["test"]]> = [
  [/\bielts\b|\bilets\b|\bielst\b|\boverall band\b|\bband scores?\b/, "ielts"],
  [/\bcelpip\b|\bcelpi\b/, "celpip"],
  [/\bpte\b|\bpearson\b/, "pte_core"],
  [/\btef\b/, "tef_canada"],
  [/\btcf\b/, "tcf_canada"],
];

/** Ability names and abbreviations, EN and FR (TEF/TCF use CO/CE/EE/EO). */
const ABILITY_WORDS: ReadonlyArray<readonly [string, Ability]> = [
  ["comprehension orale", "listening"], ["comprehension de l oral", "listening"], ["comprehension ecrite", "reading"], ["comprehension de l ecrit", "reading"],
  ["expression ecrite", "writing"], ["expression orale", "speaking"],
  ["listening", "listening"], ["ecoute", "listening"], ["reading", "reading"], ["lecture", "reading"], ["writing", "writing"], ["ecriture", "writing"],
  ["speaking", "speaking"], ["oral", "speaking"], ["ecrit", "writing"], ["ecrite", "writing"],
  ["co", "listening"], ["ce", "reading"], ["ee", "writing"], ["eo", "speaking"], ["l", "listening"], ["r", "reading"], ["w", "writing"], ["s", "speaking"],
];
const ABILITY = ABILITY_WORDS.map(([w]) => w.replace(/ /g, "\\s")).join("|");
const SCORE = "(\\d{1,3}(?:\\.\\d)?)";
const ABILITY_OF = new Map(ABILITY_WORDS);
/** The test named between a score and what it covers: "65 on the PTE in all", "450 au TEF partout". */
const ON_TEST = "(?:(?:on|in|at|au|a|en|sur|de|du|pour|with)\\s+(?:the\\s+|le\\s+|l\\s+|my\\s+|mon\\s+)?(?:ielts|celpip|pte|tef|tcf)(?:\\s+(?:core|canada|general(?:\\s+training)?))?\\s*)?";

function scoresIn(text: string): Partial<Record<Ability, number>> {
  const after = re(`\\b(${ABILITY})\\s*(?:=|:|of|de|en|is|a)?\\s*${SCORE}\\b`, "g");
  // "7.5 in listening", "400 au TEF en compréhension écrite", "65 on the PTE for speaking".
  const before = re(`(?<!(?:clb|nclc)\\s*)\\b${SCORE}\\s*(?:in|en|for|pour|on|a|au|de)?\\s*(?:(?:the|l|la|my|mon|ma)\\s+)?(?:(?:ielts|celpip|pte|tef|tcf)(?:\\s+(?:core|canada|general))?\\s+(?:(?:in|en|for|pour|on|a|au|de)\\s+)?)?(?:(?:the|l|la)\\s+)?(${ABILITY})\\b`, "g");
  const read = (re: RegExp, abilityGroup: number, scoreGroup: number, minLength: number) => {
    const out: Partial<Record<Ability, number>> = {};
    let first = Infinity;
    for (const m of text.matchAll(re)) {
      const word = m[abilityGroup]!.replace(/\s+/g, " ");
      const a = ABILITY_OF.get(word);
      if (!a || out[a] !== undefined || word.length < minLength) continue;
      out[a] = Number(m[scoreGroup]);
      first = Math.min(first, m.index);
    }
    return { out, first };
  };
  const a = read(after, 1, 2, 1);
  // "7.5 listening 8 reading …" is written score-first; "L8 R7 …" ability-first. One convention per message:
  // the one whose first match comes first in the text.
  const b = read(before, 2, 1, 2);
  if (Object.keys(b.out).length >= Object.keys(a.out).length && b.first < a.first) return b.out;
  return Object.keys(a.out).length ? a.out : b.out;
}

export function extractLanguage(text: string): Partial<Slots> {
  const out: Partial<Slots> = {};
  if (/\b(second|2nd|seconde?|deuxieme|2e|other official|autre langue officielle)\s+(official\s+)?(language|langue)|\blangue seconde\b|\bsecond langue\b|\bas (a )?second\b/.test(text)) out.secondLanguage = true;
  const clb = /\b(?:clb|nclc)\s*(\d{1,2})\b/.exec(text);
  if (clb) out.clb = Number(clb[1]);
  const named = TESTS.find(([p]) => p.test(text));
  if (named) {
    const test = named[1];
    out.testName = test;
    const scores = scoresIn(text);
    // From the test's name on ("overall band is 7": from "overall").
    const after = text.slice(Math.max(0, text.search(named[0])));
    // One score for everything: "ielts 6.5 in all", "celpip 9 each", "ielts 7", "pte 65 in all"
    const all = re(`^\\w+(?:\\s+(?:core|canada|general|gt|general training|academic|academique|band|bands|score|scores))?(?:\\s+(?:band|bands|score|scores))?\\s*(?:score\\s*)?(?:of\\s+|de\\s+|is\\s+|was\\s+|est\\s+|=\\s*|:\\s*)?${SCORE}\\b`).exec(after)
      ?? re(`\\b${SCORE}\\s*${ON_TEST}(?:in all|in each|each|all|everywhere|in everything|partout|dans chaque|dans toutes|en tout|in every|across|overall|bands? each|(?:dans|sur|aux|in|on|for) (?:les |the |all |toutes les )?(?:4|four|quatre)\\b)`).exec(text)
      // A lone score said before the test, no ability named: "I have 7 on IELTS", "j'ai eu 450 au TEF".
      ?? (Object.keys(scores).length === 0 ? re(`\\b(?:got|have|had|scored|score|obtenu|eu|ai|fait)\\s+(?:an?\\s+)?${SCORE}\\s*${ON_TEST.replace(/\)\?$/, ")")}`).exec(text) : null)
      // A score written right before the test's name: "is 6.5 IELTS enough?", "7 ielts partout" (not "2 IELTS tests").
      ?? (Object.keys(scores).length === 0 ? re(`(?<![\\d.])${SCORE}\\s+(?:ielts|celpip|pte|tef|tcf)\\b(?!\\s+(?:tests?|exams?|times|fois|sessions?|attempts?|essais?))`).exec(text) : null);
    const t: TestScores = { test, scores };
    // "TEF with NCLC 5 in every skill": a level, not a test score.
    const isLevel = all && /\b(?:clb|nclc)\s*$/.test(text.slice(0, all.index + all[0].indexOf(all[1]!)));
    if (Object.keys(scores).length === 0 && all && !isLevel) t.all = Number(all[1]);
    // "7 in listening and 6.5 in everything else": the rest of the abilities.
    const rest = re(`\\b${SCORE}\\s+(?:in|for|on|dans|en|pour|a)?\\s*(?:everything else|the rest|all (?:the )?others?|others|other (?:three|3|bands|skills|sections|abilities)|le reste|les autres|partout ailleurs|ailleurs|everywhere else)\\b`).exec(text);
    if (rest && Object.keys(scores).length) for (const a of ABILITIES) if (scores[a] === undefined) scores[a] = Number(rest[1]);
    // Four numbers in a row after (or right before) the test: "ielts 8 7 7 7", "8/7/7/7 ielts" (IELTS order L R W S).
    const FOUR = /\b(\d{1,3}(?:\.\d)?)[\s/,-]+(\d{1,3}(?:\.\d)?)[\s/,-]+(\d{1,3}(?:\.\d)?)[\s/,-]+(\d{1,3}(?:\.\d)?)\b/;
    const four = FOUR.exec(after) ?? re(`${FOUR.source}\\s+(?:(?:in|on|at|au|a|en)\\s+)?(?:the\\s+|l\\s+)?(?:ielts|celpip|pte|tef|tcf)\\b`).exec(text);
    if (four && Object.keys(scores).length === 0) {
      t.scores = { listening: Number(four[1]), reading: Number(four[2]), writing: Number(four[3]), speaking: Number(four[4]) };
      delete t.all;
    }
    // A test named without a score of its own (or only with a CLB/NCLC level) is a name, not scores.
    if (t.all !== undefined || Object.keys(t.scores).length) out.test = t;
  } else {
    const scores = scoresIn(text);
    // Per-ability scores without a test name: IELTS bands look like 0–9 in halves — unless the message speaks of CLB/NCLC levels.
    if (Object.keys(scores).length >= 2 && Object.values(scores).every((v) => v! <= 9) && out.clb === undefined) out.test = { test: "ielts", scores, assumed: true };
    // French scores out of 699 ("CO 520, CE 480, EE 450, EO 500"): TEF Canada when writing or speaking is above TCF's 20.
    else if (Object.keys(scores).length >= 2 && Object.values(scores).every((v) => v! >= 100 && v! <= 699) && (scores.writing ?? 0) > 20 && (scores.speaking ?? 0) > 20) out.test = { test: "tef_canada", scores, assumed: true };
    // Listening/reading out of 699 and writing/speaking out of 20: TCF Canada's scales.
    else if (Object.keys(scores).length >= 2 && [scores.listening, scores.reading].every((v) => v === undefined || (v >= 100 && v <= 699)) && [scores.writing, scores.speaking].every((v) => v === undefined || v <= 20) && (scores.listening ?? scores.reading) !== undefined && (scores.writing ?? scores.speaking) !== undefined) out.test = { test: "tcf_canada", scores, assumed: true };
  }
  // A level per official language: each "CLB/NCLC N" belongs to the nearest language named around it ("NCLC 9 en français",
  // "en anglais j'ai CLB 7"), else to its own scale (NCLC is French, CLB English).
  const levels = [...text.matchAll(/\b(clb|nclc)\s*(\d{1,2})\b/g)].map((m) => {
    const before = text.slice(Math.max(0, m.index - 30), m.index), after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const near = (t: string, fromEnd: boolean) => {
      const hits = [...t.matchAll(/\b(french|francais|tef|tcf|english|anglais|ielts|celpip|pte)\b/g)];
      const h = fromEnd ? hits.at(-1) : hits[0];
      return h ? (/^(french|francais|tef|tcf)$/.test(h[1]!) ? "fr" : "en") : undefined;
    };
    const right = /^\s*(?:(?:partout|everywhere|all|each|every|in all|in every|dans|les|quatre|four|skills?|abilities|ability|competences?)\s+){0,3}(?:(?:en|in)\s+)?(?:french|francais|english|anglais)\b/.test(after);
    const lang = (right ? near(after, false) : undefined) ?? near(before, true) ?? (m[1] === "nclc" ? "fr" : "en");
    return { lang, level: Number(m[2]) };
  });
  const frLevel = levels.find((l) => l.lang === "fr"), enLevel = levels.find((l) => l.lang === "en");
  if (frLevel && enLevel) {
    out.frenchNclc = frLevel.level;
    out.englishClb = enLevel.level;
  }
  if (/\b(?:french|francais)\s+(?:is\s+)?(?:my\s+)?(?:first|premiere|1st|1re)\b/.test(text)) out.firstLanguageIs = "fr";
  else if (/\b(?:english|anglais)\s+(?:is\s+)?(?:my\s+)?(?:first|premiere|1st|1re)\b/.test(text)) out.firstLanguageIs = "en";
  else if (/\b(francophone(?! (?:draws?|rounds?|tirages?|rondes?|categor\w*|stream|program\w*|invitations?))|french speaker|french is my (?:first|main|native)|my (?:first|main|native) language is french|langue maternelle (?:est )?(?:le )?francais|francais (?:comme |en )?(?:premiere|1re) langue|premiere langue (?:est )?(?:le )?francais)\b/.test(text)) out.firstLanguageIs = "fr";
  else if (/\b(anglophone|english speaker|english is my (?:first|main|native)|my (?:first|main|native) language is english|langue maternelle (?:est )?(?:l )?anglais|anglais (?:comme |en )?(?:premiere|1re) langue|premiere langue (?:est )?(?:l )?anglais)\b/.test(text)) out.firstLanguageIs = "en";
  else if (/\b(?:french|francais) (?:as|comme|en) (?:a |my |ma )?(?:second|seconde|deuxieme|2e)\b|\b(?:second|seconde|deuxieme|2e) langue (?:est )?(?:le )?francais\b|\bsecond (?:official )?language (?:is )?french\b/.test(text)) out.firstLanguageIs = "en";
  else if (/\b(?:english|anglais) (?:as|comme|en) (?:a |my |ma )?(?:second|seconde|deuxieme|2e)\b|\b(?:second|seconde|deuxieme|2e) langue (?:est )?(?:l )?anglais\b|\bsecond (?:official )?language (?:is )?english\b/.test(text)) out.firstLanguageIs = "fr";
  // Levels per ability: "NCLC 6 en expression orale et NCLC 8 dans le reste", "CLB 9 listening, 8 reading, 7 writing and speaking",
  // "CLB 7 everywhere except writing 6".
  if (out.clb !== undefined && !out.test) {
    const per: Partial<Record<Ability, number>> = {};
    const set = (word: string, level: string) => { const a = ABILITY_OF.get(word.replace(/\s+/g, " ")); if (a && per[a] === undefined && Number(level) <= 12) per[a] = Number(level); };
    // Single letters ("9 L, 8 R, 7 W, 9 S") only when three or more are written that way.
    const letters = [...text.matchAll(/\b\d{1,2}\s*([lrws])\b|\b([lrws])\s*\d{1,2}\b/g)].length >= 3;
    for (const m of text.matchAll(re(`\\b(?:clb|nclc)?\\s*(\\d{1,2})\\s+(?:in|en|for|pour|a|au)?\\s*(?:the\\s+|l\\s+|la\\s+|le\\s+)?(${ABILITY})(?:\\s*(?:and|et|,|&)\\s*(?:the\\s+|l\\s+|la\\s+|en\\s+|in\\s+)?(${ABILITY}))?\\b`, "g"))) {
      if (m[2]!.length > 1 || letters) set(m[2]!, m[1]!);
      if (m[3] && (m[3].length > 1 || letters)) set(m[3], m[1]!);
    }
    if (letters) for (const m of text.matchAll(/\b([lrws])\s*(\d{1,2})\b/g)) set(m[1]!, m[2]!);
    for (const m of text.matchAll(re(`\\b(${ABILITY})\\s*(?::|=|is|a|de|at)?\\s*(?:clb|nclc)\\s*(\\d{1,2})\\b`, "g"))) if (m[1]!.length > 1) set(m[1]!, m[2]!);
    const except = re(`\\b(?:clb|nclc)\\s*(\\d{1,2})\\s+(?:everywhere|partout|in all|in everything|in each|each|all)\\s+(?:except|sauf|but|excepte)\\s+(?:the\\s+|l\\s+|la\\s+|en\\s+|in\\s+)?(${ABILITY})\\s+(?:at|a|with|avec|:|=)?\\s*(?:clb|nclc)?\\s*(\\d{1,2})\\b`).exec(text);
    if (except) { set(except[2]!, except[3]!); for (const a of ABILITIES) if (per[a] === undefined) per[a] = Number(except[1]); }
    const rest = re(`\\b(?:clb|nclc)?\\s*(\\d{1,2})\\s+(?:in\\s+|dans\\s+|for\\s+|pour\\s+|en\\s+)?(?:the\\s+|le\\s+|les\\s+)?(?:rest|others?|reste|autres|everything else|all the others|partout ailleurs|ailleurs|everywhere else|other abilities|autres competences|(?:other\\s+|autres\\s+)?(?:3|three|trois)\\s+(?:skills|abilities|competences|sections|epreuves|others|autres|modules))\\b`).exec(text);
    if (rest && Object.keys(per).length) for (const a of ABILITIES) if (per[a] === undefined) per[a] = Number(rest[1]);
    const levels = Object.values(per);
    if (levels.length >= 2 && new Set(levels).size > 1) {
      out.clbLevels = per;
      out.clb = Math.min(...levels);
      delete out.ability;
    }
  }
  // One ability named beside a level without a test: "CLB 10 in speaking only", "speaking CLB 8".
  if (out.clb !== undefined && !out.test && !out.clbLevels) {
    // Full names, or the TEF/TCF abbreviations after "en"/"in" ("NCLC 9 en CO").
    const named = [...new Set(ABILITY_WORDS.filter(([w]) => (w.length > 2 && re(`\\b${w}\\b`).test(text)) || (w.length === 2 && re(`\\b(?:en|in)\\s+${w}\\b`).test(text))).map(([, a]) => a))];
    if (named.length === 1 && !/\b(all|each|every|partout|chaque|toutes?|across|overall)\b/.test(text)) out.ability = named[0];
  }
  return out;
}

/** The words these extractors look for, for the speller. */
export const LANGUAGE_WORDS: readonly string[] = [...TESTS.map(([p]) => p.source), ...ABILITY_WORDS.map(([w]) => w)];
