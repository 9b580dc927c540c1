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

/** Words that leave a category out: "not counting PNP draws", "hors PCP", "the last draw that wasn't a CEC one". */
const EXCLUDING = /\b(?:not counting|excluding|exclude|except|other than|apart from|aside from|besides|leaving out|hors|sauf|sans compter|a part|excepte|en dehors|wasn t|was not|isn t|is not|weren t|were not|n etait pas|n est pas|pas un|pas une|not a|not an|not the|non)\b/g;
/** How many words before a category an excluding word still reaches ("wasn't a PNP or a CEC one"). */
const EXCLUDE_REACH = 6;

/**
 * The categories a question names: the first (and a second, to compare: "French vs healthcare draws"), and those it
 * leaves out ("highest cutoff of 2025, not counting PNP draws").
 */
export function extractCategory(question: string): { category?: string; category2?: string; excludedCategories?: string[] } {
  const text = question.replace(ADVERBS, " ");
  const wordAt = (index: number) => text.slice(0, index).split(" ").length - 1;
  // Each category named, where it is first named (a category named by two patterns counts once).
  const found = new Map<string, number>();
  const taken: Array<[number, number]> = [];
  for (const [pattern, key] of CATEGORY_WORDS) {
    for (const m of text.matchAll(new RegExp(pattern.source, "g"))) {
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m.index < b && end > a)) continue;
      taken.push([m.index, end]);
      if (!found.has(key) || found.get(key)! > m.index) found.set(key, m.index);
    }
  }
  const excluders = [...text.matchAll(EXCLUDING)].map((m) => wordAt(m.index + m[0].length));
  const named = [...found.entries()].sort((a, b) => a[1] - b[1]);
  const excluded = named.filter(([, at]) => excluders.some((e) => wordAt(at) >= e && wordAt(at) - e <= EXCLUDE_REACH)).map(([key]) => key);
  const kept = named.map(([key]) => key).filter((key) => !excluded.includes(key));
  return {
    ...(kept[0] ? { category: kept[0] } : {}),
    ...(kept[1] ? { category2: kept[1] } : {}),
    ...(excluded.length ? { excludedCategories: excluded } : {}),
  };
}
