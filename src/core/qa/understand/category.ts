/**
 * Round categories as people say them (normalised, EN and FR), most specific first. The key is the
 * store's category key; an unknown category in the store still resolves through its own name.
 */
export const CATEGORY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(cec|canadian experience class|pec|(?:categorie|programme|classe) (?:de l )?experience canadienne)\b/, "cec"],
  [/\b(fsw|fswp|federal skilled workers?|ptqf|travailleurs qualifies)\b/, "fsw"],
  [/\b(fst|fstp|federal skilled trades?|ptmsf|metiers specialises)\b/, "fst"],
  [/\b(pnp|provincial nominees?|pcp|candidats des provinces|nominee)\b/, "pnp"],
  [/\b(physicians?|doctors?|medecins?)\b/, "physicians"],
  [/\b(senior managers?|managers?|cadres?(?: superieurs?)?|executives?)\b/, "senior-managers"],
  [/\b(military|militaires?|army|armed forces|soldiers?|recrues?)\b/, "military"],
  [/\b(researchers?|research|chercheurs?|recherche)\b/, "researchers"],
  [/\b(french|francophones?|francais|french language|french speaking|franco)\b/, "french"],
  [/\b(health ?care|health|sante|nurses?|infirmieres?|social services|services sociaux)\b/, "healthcare"],
  [/\b(stem|stim)\b/, "stem"],
  [/\b(trades?|metiers?|tradespeople|tradesperson)\b/, "trades"],
  [/\b(transport|transportation|truck|truckers?|trucking|camionneurs?|pilots?)\b/, "transport"],
  [/\b(agri\w*|agroalimentaire|farm\w*)\b/, "agriculture"],
  [/\b(education|teachers?|enseignants?|educateurs?)\b/, "education"],
  [/\b(general|all programs?|all program|no program specified|generale?s?|generaux|tous les programmes|non cible)\b/, "general"],
];

export function extractCategory(text: string): { category?: string } {
  for (const [pattern, key] of CATEGORY_WORDS) if (pattern.test(text)) return { category: key };
  return {};
}
