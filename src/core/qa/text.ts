import type { Lang } from "../reply.ts";

/**
 * Text helpers for questions: normalising (case, accents, apostrophes), telling English from
 * French, and correcting typos against the words the bot knows.
 */

export { normalise, tokens } from "../normalise.ts";
import { normalise, tokens } from "../normalise.ts";

const FRENCH_WORDS = new Set([
  "c", "est", "quoi", "quel", "quelle", "quels", "quelles", "quand", "dernier", "derniere", "ronde", "rondes", "tirage", "tirages",
  "combien", "le", "la", "les", "des", "du", "pour", "avec", "une", "je", "mon", "ma", "mes", "et", "ou", "entre", "depuis",
  "jours", "apres", "qu", "comment", "faire", "pourquoi", "bassin", "annee", "ans", "au", "aux", "dans", "sur", "qui", "que",
  "note", "vaut", "faut", "suis", "j", "ai", "l", "d", "qu'est", "ce", "difference", "programme", "nomination", "offre", "emploi",
  "francais", "anglais", "etudes", "diplome", "maitrise", "encore", "temps", "il", "y", "a", "eu", "fait", "peux", "puis", "cette",
  "bonjour", "salut", "merci", "svp", "stp", "allo", "mes", "nos", "vos", "sont", "etait", "sera", "peut", "dois", "doit", "aussi", "mais",
  "plus", "bas", "basse", "haut", "haute", "gros", "grosse", "moyenne", "prochain", "prochaine", "jamais", "pec", "scg", "pcp", "seuil", "bilan", "statistiques",
  // SMS French, before the slang is expanded
  "cmb", "koi", "quoa", "qd", "pk", "pkoi", "bcp", "tjrs", "mtn", "jsuis", "chui", "ca", "grille", "langue", "partout", "donne", "niveau",
]);
const ENGLISH_WORDS = new Set([
  "the", "what", "whats", "when", "was", "is", "how", "many", "much", "last", "latest", "draw", "draws", "round", "rounds", "for",
  "my", "i", "of", "in", "do", "does", "after", "between", "since", "days", "which", "who", "can", "did", "are", "there", "get",
  "it", "to", "and", "or", "with", "worth", "still", "job", "offer", "year", "this", "that", "an", "be", "will", "should", "need",
  "difference", "program", "score", "pool", "about", "tell", "me", "you", "recent", "cutoff", "long", "next", "have", "has",
]);
const SHARED = new Set(["a", "difference", "points", "invitations"]);

/**
 * English or French, from the words and accents used; `fallback` (English by default) when unsure.
 * `known` tells which language's vocabulary alone holds a word (half a vote each).
 */
export function detectLanguage(text: string, fallback: Lang = "en", known?: (word: string) => Lang | undefined): Lang {
  const accents = (text.match(/[éèêàâçùûôîœ]/gi) ?? []).length;
  // A French elision ("l'âge", "j'ai", "qu'il") is French; a single letter alone ("9 L, 8 R") is not.
  const elisions = (text.match(/(?:^|[\s(])(?:[ldjcmnst]|qu)['’]\s*[a-zàâçéèêëîïôûùüÿœ]/gi) ?? []).length;
  let fr = accents * 2 + elisions;
  let en = 0;
  for (const word of tokens(normalise(text))) {
    if (SHARED.has(word) || word.length === 1) continue;
    if (FRENCH_WORDS.has(word)) fr++;
    else if (ENGLISH_WORDS.has(word)) en++;
    else if (known && word.length >= 2) {
      const lang = known(word);
      if (lang === "fr") fr += 0.5;
      if (lang === "en") en += 0.5;
    }
  }
  return fr > en ? "fr" : en > fr ? "en" : fallback;
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early past `max`. Three rolling rows, no allocation per cell. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Corrects words that are one or two edits from a known word ("lastest" → "latest", "tirrage" → "tirage"). */
const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

export class Speller {
  private readonly words: Set<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly keep: ReadonlySet<string>;

  /** `keep`: everyday words that are right as written (never corrected, never a correction). */
  /** `preferred`: the words the rules look for; on a tie a typo goes to one of them ("drow" → "draw", not "drop"). */
  private readonly preferred: ReadonlySet<string>;

  constructor(vocabulary: Iterable<string>, keep: Iterable<string> = [], preferred: Iterable<string> = []) {
    this.words = new Set(vocabulary);
    this.keep = new Set(keep);
    this.preferred = new Set(preferred);
    for (const w of this.words) {
      // An everyday word the bot also writes ("drop", "look") is still no correction's target, unless a rule looks for it.
      if (this.keep.has(w) && !this.preferred.has(w)) continue;
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
  }

  knows(word: string): boolean {
    return this.words.has(word) || this.keep.has(word);
  }

  private readonly corrections = new Map<string, string>();

  correct(word: string): string {
    if (word.length < 4 || this.words.has(word) || this.keep.has(word) || /\d/.test(word)) return word;
    const known = this.corrections.get(word);
    if (known !== undefined) return known;
    const corrected = this.closest(word);
    if (this.corrections.size > 5_000) this.corrections.clear();
    this.corrections.set(word, corrected);
    return corrected;
  }

  private closest(word: string): string {
    // A French elision written without its apostrophe: "dinvitations" → "d invitations", "lage" → "l age".
    const elided = /^(qu|[dljcmnst])(.+)$/.exec(word);
    if (elided && /^[aeiouyh]/.test(elided[2]!) && this.knows(elided[2]!)) return `${elided[1]} ${elided[2]}`;
    // Two edits only for long words: "longest" must not become "lowest".
    const max = word.length >= 9 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    let bestPrefix = -1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        // A typo rarely changes both of the first two letters: skip the rest cheaply.
        if (candidate[0] !== word[0] && candidate[1] !== word[1] && candidate[0] !== word[1]) continue;
        // A two-edit correction must keep the first letter ("weather" is not "teacher").
        const limit = candidate[0] === word[0] ? max : 1;
        const d = editDistance(word, candidate, limit);
        if (d > limit) continue;
        // On a tie, the candidate sharing the longer start ("snce" → "since", not "once"), then a word the rules look for.
        const prefix = commonPrefix(word, candidate);
        const better = d < bestDistance || (d === bestDistance && (prefix > bestPrefix || (prefix === bestPrefix && this.preferred.has(candidate) && !this.preferred.has(best))));
        if (better) {
          best = candidate;
          bestDistance = d;
          bestPrefix = prefix;
        }
      }
    }
    return best;
  }

  correctText(normalised: string): string {
    return tokens(normalised).map((w) => this.correct(w)).join(" ");
  }
}
