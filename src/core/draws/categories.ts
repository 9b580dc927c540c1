/**
 * Round categories: a stable key for every round type IRCC has used since 2015, whatever it was
 * called at the time ("Healthcare occupations (2023-1)", "(Version 1)", "…, 2026-Version 3"), and
 * IRCC's own label kept beside it. A name we have never seen still works: its key is made from
 * the name and it is shown as IRCC wrote it.
 */

export interface CategoryInfo {
  key: string;
  en: string;
  fr: string;
  /** Whether rounds of this kind are still held (current categories are listed first). */
  current: boolean;
}

/** Known categories, current ones first. Labels are ours; IRCC's label for each round is kept on the round. */
export const CATEGORIES: readonly CategoryInfo[] = [
  { key: "general", en: "General (all programs)", fr: "Générale (tous les programmes)", current: true },
  { key: "cec", en: "Canadian Experience Class", fr: "Catégorie de l’expérience canadienne", current: true },
  { key: "pnp", en: "Provincial Nominee Program", fr: "Programme des candidats des provinces", current: true },
  { key: "french", en: "French-language proficiency", fr: "Connaissance du français", current: true },
  { key: "healthcare", en: "Healthcare and social services occupations", fr: "Professions des soins de santé et des services sociaux", current: true },
  { key: "trades", en: "Trade occupations", fr: "Métiers", current: true },
  { key: "transport", en: "Transport occupations", fr: "Professions du transport", current: true },
  { key: "education", en: "Education occupations", fr: "Professions de l’éducation", current: true },
  { key: "physicians", en: "Physicians with Canadian work experience", fr: "Médecins ayant une expérience de travail au Canada", current: true },
  { key: "senior-managers", en: "Senior managers with Canadian work experience", fr: "Cadres supérieurs ayant une expérience de travail au Canada", current: true },
  { key: "military", en: "Skilled military recruits", fr: "Recrues militaires qualifiées", current: true },
  { key: "stem", en: "STEM occupations", fr: "Professions STIM", current: false },
  { key: "agriculture", en: "Agriculture and agri-food occupations", fr: "Professions de l’agriculture et de l’agroalimentaire", current: false },
  { key: "fsw", en: "Federal Skilled Worker Program", fr: "Programme des travailleurs qualifiés (fédéral)", current: false },
  { key: "fst", en: "Federal Skilled Trades Program", fr: "Programme des travailleurs de métiers spécialisés (fédéral)", current: false },
];

const BY_KEY = new Map(CATEGORIES.map((c) => [c.key, c]));

/** Patterns over a normalised name (lower case, accents and punctuation removed), most specific first. */
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bno program specified\b|^general\b|^all programs?\b|^generale?\b|aucun programme/, "general"],
  [/canadian experience class|experience canadienne/, "cec"],
  [/federal skilled worker|travailleurs qualifies/, "fsw"],
  [/federal skilled trades|metiers specialises/, "fst"],
  [/provincial nominee|candidats des provinces/, "pnp"],
  [/physician|medecin/, "physicians"],
  [/senior manager|cadres superieurs/, "senior-managers"],
  [/military|militaire/, "military"],
  [/french|francais/, "french"],
  [/health ?care|sante/, "healthcare"],
  [/\bstem\b|\bstim\b/, "stem"],
  [/\btrades? occupations\b|\bmetiers\b/, "trades"],
  [/transport/, "transport"],
  [/agri/, "agriculture"],
  [/education/, "education"],
];

export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Removes IRCC's version suffixes: "(Version 1)", "(2023-1)", ", 2026-Version 3", " 2026-Version 2". */
export function stripVersion(name: string): string {
  // Linear in the name's length: the suffixes are short, so they are looked for in the last few
  // characters only, and separators are skipped by hand (a regex such as /[\s,]*…$/ retries from
  // every position of a long run of spaces: 30 s for 100,000 of them).
  let end = skipBack(name, name.length, WHITESPACE);
  end = cutSuffix(name, end, /\((?:version\s*\d+|\d{4}-\d+)\)$/i, WHITESPACE);
  end = cutSuffix(name, end, /\d{4}\s*-\s*version\s*\d+$/i, SEPARATOR);
  return name.slice(0, end).trim();
}

const WHITESPACE = /\s/;
const SEPARATOR = /[\s,]/;
/** How far back a version suffix may start (the longest real one is about 20 characters). */
const SUFFIX_WINDOW = 120;

function skipBack(text: string, end: number, chars: RegExp): number {
  while (end > 0 && chars.test(text[end - 1]!)) end--;
  return end;
}

/** Where `text[0, end)` ends once the suffix `pattern` and the `before` characters ahead of it are cut. */
function cutSuffix(text: string, end: number, pattern: RegExp, before: RegExp): number {
  const start = Math.max(0, end - SUFFIX_WINDOW);
  const match = pattern.exec(text.slice(start, end));
  return match ? skipBack(text, start + match.index, before) : end;
}

export interface RoundCategory {
  /** Stable key: one of CATEGORIES, or a slug of IRCC's name for a category we do not know yet. */
  key: string;
  /** IRCC's label for this round, exactly as the feed wrote it. */
  label: string;
  /** False for a name no pattern recognised. */
  known: boolean;
}

export function categorize(name: string): RoundCategory {
  const label = name.replace(/\s+/g, " ").trim();
  const normalised = normaliseName(label);
  for (const [pattern, key] of PATTERNS) {
    if (pattern.test(normalised)) return { key, label, known: true };
  }
  const slug = normaliseName(stripVersion(label)).replace(/ /g, "-") || "unknown";
  return { key: slug, label, known: false };
}

/** A category's display name in a language; for an unknown key, the label IRCC used (without its version). */
export function categoryName(key: string, lang: "en" | "fr", ircLabel?: string): string {
  const info = BY_KEY.get(key);
  if (info) return info[lang];
  return ircLabel ? stripVersion(ircLabel) : key;
}

/**
 * Resolves what a user typed ("CEC", "healthcare", "Trades Occupations", "francais") to a category key,
 * among the known ones and those present in `extraKeys` (keys of unknown categories in the store).
 */
export function resolveCategory(input: string, extraKeys: Iterable<string> = []): string | undefined {
  const text = normaliseName(input);
  if (!text) return undefined;
  const dashed = text.replace(/ /g, "-");
  if (BY_KEY.has(dashed)) return dashed;
  for (const key of extraKeys) if (key === dashed) return key;
  const aliases: Record<string, string> = {
    "all": "general", "no program": "general", "ee": "general", "senior managers": "senior-managers",
    "managers": "senior-managers", "doctors": "physicians", "health": "healthcare", "trade": "trades",
    "fr": "french", "francophone": "french", "pec": "cec", "ptqf": "fsw", "ptmsf": "fst", "pcp": "pnp",
    "pnp": "pnp", "agri": "agriculture", "teachers": "education", "soldiers": "military",
  };
  if (aliases[text]) return aliases[text];
  const categorised = categorize(input);
  return categorised.known ? categorised.key : undefined;
}
