import { CUES } from "../cues.ts";

/**
 * What a superlative question asks: the lowest or the highest, of the cutoff or of the round's size.
 * The noun next to the superlative decides the measure ("the smallest score" is a cutoff, "the lowest
 * number of ITAs" a size, "la note la plus haute" a cutoff); without one, the adjective does
 * ("the biggest draw" is a size, "the lowest draw" a cutoff).
 */

export type Measure = "crs" | "size";

const SIZE_NOUN = /^(invitations?|invits?|itas?|ipds?|people|persons|personnes|gens|candidates|candidats|invitees?|invited|size|sizes|taille|issued|emises|sent|envoyees)$/;
const CRS_NOUN = /^(cut|cutoffs?|crs|scg|scores?|notes?|seuils?|points?|pts|minimum|minimal|minimale)$/;
/** Adjectives that, alone, are about a round's size. */
const SIZE_ADJECTIVE = /\b(biggest|largest|smallest|fewest|most|least|plus gros|plus grosse|plus grande?|plus petite?|le plus d|la plus d|le moins d|record d)\b/;
/** How far (in words) a noun may stand from the superlative and still be what it qualifies. */
const WINDOW = 4;

const SUPERLATIVE = new RegExp(`${CUES.min.source}|${CUES.max.source}|\\brecord\\b`, "g");

/** The direction: "min" when the first superlative is a low one ("the lowest… and its size" asks the lowest). */
export function directionOf(text: string): "min" | "max" | undefined {
  const lo = text.search(CUES.min);
  const hi = text.search(CUES.max);
  if (lo < 0 && hi < 0) return /\brecord\b/.test(text) ? "max" : undefined;
  if (hi < 0) return "min";
  if (lo < 0) return "max";
  return lo < hi ? "min" : "max";
}

export function measureOf(text: string): Measure {
  const words = text.split(" ");
  // Word index of every superlative.
  const at: Array<{ start: number; end: number; phrase: string }> = [];
  for (const m of text.matchAll(SUPERLATIVE)) {
    const start = text.slice(0, m.index).split(" ").length - 1;
    at.push({ start, end: start + m[0].trim().split(" ").length - 1, phrase: m[0] });
  }
  let best: { distance: number; measure: Measure } | undefined;
  for (const s of at) {
    for (let i = Math.max(0, s.start - WINDOW); i <= Math.min(words.length - 1, s.end + WINDOW); i++) {
      if (i >= s.start && i <= s.end) continue;
      const w = words[i]!;
      const measure: Measure | undefined = SIZE_NOUN.test(w) ? "size" : CRS_NOUN.test(w) ? "crs" : undefined;
      if (!measure) continue;
      // A noun after the superlative (English order) is a little closer than one before it (French order).
      const distance = i > s.end ? i - s.end : s.start - i + 0.5;
      if (!best || distance < best.distance) best = { distance, measure };
    }
  }
  if (best) return best.measure;
  return at.some((s) => SIZE_ADJECTIVE.test(s.phrase) || SIZE_ADJECTIVE.test(words.slice(s.start, s.end + 2).join(" "))) ? "size" : "crs";
}
