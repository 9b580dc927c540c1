import { normalise } from "../text.ts";
import { SPOUSE_WORD } from "./person.ts";
import { expandSlang } from "./slang.ts";
import type { Slots } from "./slots.ts";

/**
 * Whose facts each part of a message gives: "wife has a bachelor's and IELTS 6 each, I have a master's and CELPIP 9,
 * 2 years Canadian experience" gives the spouse a bachelor's and IELTS 6, the person a master's, CELPIP 9 and the
 * Canadian work. The message is cut into clauses (punctuation, and "and/but" before a new subject); a clause naming
 * the spouse (or "she/he" after the spouse) is the spouse's, one in the first person is the person's, and a clause
 * with neither continues the one before.
 */

const CLAUSES = /\s*[,.;!?\n]+\s*|\s+(?=(?:and|et|but|mais|while|whereas|alors que|tandis que)\s+(?:i|i m|im|i ve|my|me|mine|j|je|moi|she|he|her|his|elle|il|lui|ma|mon|mes|sa|son|ses)\b)/;
const SPOUSE_RE = new RegExp(`\\b${SPOUSE_WORD}\\b`);
const THIRD = /\b(she|he|her|him|his|hers|elle|il|lui)\b/;
const FIRST = /\b(i|i m|im|i ve|ive|my|me|mine|j|je|moi|mon|ma|mes|myself)\b/;

export interface SubjectClauses {
  spouse: string[];
  self: string[];
}

export function clausesBySubject(raw: string): SubjectClauses {
  const out: SubjectClauses = { spouse: [], self: [] };
  let current: keyof SubjectClauses | undefined;
  let spouseSeen = false;
  for (const part of raw.split(CLAUSES)) {
    const c = expandSlang(normalise(part).replace(/'/g, " ")).trim();
    if (!c) continue;
    // "my wife has…", "wife: IELTS 6", "she has…" / "points for him" once a spouse is named: the spouse's; "I have…", "mine is…": the person's.
    const spouse: boolean = SPOUSE_RE.test(c) || (spouseSeen && THIRD.test(c) && !/\b(i|i m|im|je|j|moi)\b/.test(c));
    spouseSeen ||= spouse;
    const self = !spouse && FIRST.test(c);
    current = spouse ? "spouse" : self ? "self" : current;
    if (current) out[current].push(c);
  }
  return out;
}

/** The slots of the factors a person's clauses give (education, language, Canadian work). */
export const FACTOR_SLOT_NAMES = ["education", "test", "testName", "clb", "clbLevels", "ability", "canadianWorkYears", "englishClb", "frenchNclc"] as const satisfies ReadonlyArray<keyof Slots>;
