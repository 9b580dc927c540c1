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

const CLAUSES = /\s*[,.;!?\n]+\s*|\s+(?=(?:and|et|but|mais|while|whereas|alors que|tandis que)\s+(?:i|i m|im|i ve|my|me|mine|j|je|moi|she|he|her|his|elle|il|lui|ma|mon|mes|sa|son|ses)\b)/i;
const SPOUSE_RE = new RegExp(`\\b${SPOUSE_WORD}\\b`);
const THIRD = /\b(she|he|her|him|his|hers|elle|il|lui)\b/;
const FIRST = /\b(i|i m|im|i ve|ive|my|me|mine|j|je|moi|mon|ma|mes|myself)\b/;

export interface SubjectClauses {
  spouse: string[];
  self: string[];
  /** Whose points the question asks: the subject of the last clause that asks ("…, points for my education?"). */
  asks?: "spouse" | "self";
}

const ASKS = /\b(points?|pts|how many|how much|combien|cb|add|adds|worth|vaut|rapporte|score|crs|scg)\b/;
/** A factor owned in the asking clause: "my language", "mes études" (mine); "his education", "sa langue" (the spouse's). "For me" only says who benefits. */
const FACTOR = "(?:own\\s+)?(?:language|english|french|education|degree|diploma|age|work|experience|ielts|celpip|pte|tef|tcf|clb|nclc|test|etudes|diplome|langue|anglais|francais|travail|experience|master\\w*|bachelor\\w*)";
const MINE = new RegExp(`\\b(?:my|mon|ma|mes)\\s+${FACTOR}\\b`);
const THEIRS = new RegExp(`\\b(?:his|her|their|sa|son|ses)\\s+${FACTOR}\\b`);

export function clausesBySubject(raw: string): SubjectClauses {
  const out: SubjectClauses = { spouse: [], self: [] };
  let current: "spouse" | "self" | undefined;
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
    // The asking clause's own subject ("points for my education?" is mine; "how much does he add?" is the spouse's).
    if (ASKS.test(c) && (MINE.test(c) || THEIRS.test(c) || SPOUSE_RE.test(c))) out.asks = MINE.test(c) && !THEIRS.test(c) && !SPOUSE_RE.test(c) ? "self" : "spouse";
  }
  return out;
}

/** The slots of the factors a person's clauses give (education, language, Canadian work). */
export const FACTOR_SLOT_NAMES = ["education", "test", "testName", "clb", "clbLevels", "ability", "canadianWorkYears", "englishClb", "frenchNclc"] as const satisfies ReadonlyArray<keyof Slots>;
