/**
 * Round categories as people say them (normalised, EN and FR), most specific first. The key is the
 * store's category key; an unknown category in the store still resolves through its own name.
 *
 * Acronyms first, then occupations (so "physicians with Canadian experience" is not the CEC), then
 * the long names of the programs, then the general ("no program specified") rounds.
 */
export const CATEGORY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(cec|pec)\b/, "cec"],
  [/\b(pnp|pcp|pnps)\b/, "pnp"],
  [/\b(fsw|fswp|ptqf)\b/, "fsw"],
  [/\b(fst|fstp|ptmsf)\b/, "fst"],
  [/\b(physicians?|doctors?|medecins?|docs?(?= (?:draws?|rounds?|tirages?|rondes?|categor\w*|only))|medical doctors?)\b/, "physicians"],
  [/\b(senior managers?|managers?|cadres?(?: superieurs?)?|executives?|gestionnaires?)\b/, "senior-managers"],
  [/\b(military|militaires?|army|armed forces|soldiers?|recrues?)\b/, "military"],
  [/\b(researchers?|research|chercheurs?|recherche)\b/, "researchers"],
  [/\b(canadian experience(?: class)?|(?:l )?experience canadienne|canadian exp)\b/, "cec"],
  [/\b(federal skilled workers?|(?:programme des )?travailleurs qualifies)\b/, "fsw"],
  [/\b(federal skilled trades?|(?:programme|travailleurs) (?:des |de |du )?(?:travailleurs de )?metiers specialises(?: \(?federal\)?)?)\b/, "fst"],
  [/\b(provincial nominees?|provincial nominations?|nominations? provinciales?|provincial (?:draws?|rounds?|stream|category|program)|candidats? (?:des|d une|de la) provinces?|candidats provinciaux|nominee|nominees)\b/, "pnp"],
  [/\b(french|francophones?|francais|french language|french speaking|franco|francos)\b/, "french"],
  [/\b(health ?care|health|sante|nurses?|nursing|infirmier\w*|social services|services sociaux|soins)\b/, "healthcare"],
  [/\b(stem|stim)\b/, "stem"],
  [/\b(trades?|metiers?|tradespeople|tradesperson|tradesmen|electricians?|plumbers?|welders?|carpenters?|charpentiers?|plombiers?|soudeurs?|electriciens?)\b/, "trades"],
  [/\b(transport|transportation|truck|truckers?|trucking|camionneurs?|pilots?)\b/, "transport"],
  [/\b(agri\w*|agroalimentaire|farm\w*)\b/, "agriculture"],
  [/\b(education|teachers?|teaching|enseignants?|enseignement|educateurs?|educatrices?)\b/, "education"],
  [/\b(general|all programs?|all program|any program|no program specified|program not specified|no specific program|generale?s?|generaux|tous (?:les )?programmes|aucun programme|sans programme|programme non specifie|non cible)\b/, "general"],
];

/** "In general", "en général", "en règle générale" are adverbs, not the general category. */
const ADVERBS = /\b(?:in general|en general|en regle generale|de facon generale|de maniere generale|generally|generalement)\b(?!\s+(?:draws?|rounds?|tirages?|rondes?))/g;

export function extractCategory(question: string): { category?: string } {
  const text = question.replace(ADVERBS, " ");
  for (const [pattern, key] of CATEGORY_WORDS) if (pattern.test(text)) return { category: key };
  return {};
}
