import type { Slots } from "./slots.ts";

/**
 * A range of CRS scores: "between 451 and 500", "entre 451 et 500", "from 470 to 480", "the 451-500 band".
 * Both ends must look like CRS scores (100–1200), the first below the second.
 */
export function extractScoreRange(text: string): Partial<Slots> {
  const m = /\b(?:between|from|entre|de|des)\s+(\d{3,4})\s+(?:and|to|et|a|au|-)\s+(\d{3,4})\b/.exec(text) ?? /\b(\d{3,4})\s*(?:-|to|a)\s*(\d{3,4})\b(?!\s*(?:invitations|itas|days|jours))/.exec(text)
    // "the 500-600 range" (the dash is gone once normalised)
    ?? /\b(\d{3,4})\s+(\d{3,4})\s+(?:range|band|bracket|tranche|group|groupe)\b/.exec(text)
    ?? /\b(?:range|band|bracket|tranche|group|groupe)\s+(?:of\s+|de\s+)?(\d{3,4})\s+(\d{3,4})\b/.exec(text);
  if (!m) return {};
  const [lo, hi] = [Number(m[1]), Number(m[2])];
  if (lo < 100 || hi > 1200 || lo >= hi || (lo >= 2010 && lo <= 2030)) return {};
  return { score: lo, scoreTo: hi };
}

const BELOW = "below|under|less than|lower than|beneath|sub|sous|en dessous de|en dessous d|en deca de|moins de|inferieure? a|plus bas que|plus basse que|<=?";
const ABOVE = "above|over|more than|higher than|at least|plus de|au dessus de|au dessus d|superieure? a|plus haut que|plus haute que|plus eleve que|plus elevee que|>=?";

/** A bound on a score: "below 400", "under 450", "au-dessus de 500", "plus de 520". */
export function extractBound(text: string): Partial<Slots> {
  // "A cutoff of exactly 400", "pile 500".
  const exact = /\b(?:exactly|precisely|exactement|pile|equal to|egale? a|juste)\s*(\d{3,4})\b/.exec(text) ?? /\b(\d{3,4})\s+(?:exactly|pile|exactement)\b/.exec(text);
  if (exact && Number(exact[1]) >= 100 && Number(exact[1]) <= 1200) return { bound: { op: "equal", value: Number(exact[1]) } };
  const m = new RegExp(`(?:^|\\s)(${BELOW}|${ABOVE})\\s*(\\d{3,4})\\b(?!\\s*(?:invitations|itas|ipds|people|candidates|candidats|personnes|days|jours))`).exec(text);
  if (!m) return {};
  const value = Number(m[2]);
  if (value < 100 || value > 1200) return {};
  return { bound: { op: new RegExp(`^(?:${BELOW})$`).test(m[1]!) ? "below" : "above", value } };
}

/** A bound on a round's size: "more than 5000 ITAs", "moins de 500 invitations", "at least 4,000 people". */
export function extractSizeBound(text: string): Partial<Slots> {
  const m = new RegExp(`(?:^|\\s)(${BELOW}|fewer than|${ABOVE})\\s*(\\d{2,5})\\s+(?:\\w+\\s+)?(?:invitations?|invites?|itas?|ipds?|people|persons|personnes|candidates|candidats|gens)\\b`).exec(text);
  if (!m) return {};
  return { sizeBound: { op: new RegExp(`^(?:${BELOW}|fewer than)$`).test(m[1]!) ? "below" : "above", value: Number(m[2]) } };
}
