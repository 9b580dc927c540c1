import type { Slots } from "./slots.ts";

/**
 * Which CRS factor(s) a question asks about, from the words people use for each factor (EN and FR,
 * normalised) and from the slots the question holds. Rules are data: a factor, and the words that
 * name it. The answer (answers/crs-points.ts) computes each factor's points from the rules tables.
 */

export type CrsFactor =
  | "age" | "education" | "firstLanguage" | "secondLanguage" | "canadianWork" | "foreignWork"
  | "spouseEducation" | "spouseLanguage" | "spouseCanadianWork"
  | "canadianStudy" | "certificateOfQualification" | "sibling" | "french" | "provincialNomination" | "jobOffer" | "transferability" | "spouseStatus" | "otherRelative";

/** The words that name each factor. Order matters only for ties at the same position. */
export const FACTOR_WORDS: ReadonlyArray<readonly [CrsFactor, RegExp]> = [
  ["certificateOfQualification", /\b(certif\w* (?:of |de )?qualif\w*|certif\w* de competence|certificates? of qualification|qualification certificates?|coq|certificats? de (?:competence|qualification)|red seal|sceau rouge|trades? (?:certificate|certification|ticket|licen[cs]e)|certificats? (?:de|d un) metier|journeyman|compagnon)\b/],
  ["transferability", /\b(transferab\w*|transferab|skills? transfer\w*|combination points|points? de combinaison)\b/],
  ["jobOffer", /\b(job offers?|offers? of employment|employment offers?|work offers?|offres? d emploi|offre demploi|lmia|eimt|arranged employment|emploi reserve|job contract|contrat de travail)\b/],
  ["provincialNomination", /\b(pnp|pcp|nominat\w*|nominee|nommee?|nomme par|designation|designee?|provincial (?:nomination|certificate|support)|province (?:nominates?|nominated|selects?|selected))\b/],
  ["otherRelative", /\b(cousins?|cousines?|uncles?|aunts?|oncles?|tantes?|parents?|mother|father|mom|dad|mere|pere|grand ?(?:parents?|mother|father|mere|pere)|nieces?|nephews?|neveux?|in laws?|beaux parents|friends?|amie?s?)\b/],
  ["sibling", /\b(siblings?|brothers?|sisters?|sis|bro in law|sister in law|freres?|soeurs?|frangine?s?|demi frere|demi soeur)\b/],
  ["secondLanguage", /\b(second|2nd|seconde?|deuxieme|2e|other|autre)\s+(?:official\s+|officielle\s+)?(?:language|langue)\b|\blangue (?:seconde|secondaire)\b|\bas (?:a |my )?second\b|\ben (?:deuxieme|seconde) langue\b|\bboth (?:official )?languages\b|\bles deux langues\b/],
  ["french", /\b(french|francais|francophone|bilingual|bilingue)\b/],
  ["canadianStudy", /\b(?:canadian|canada|cdn|canadien(?:ne)?s?)\s+(?:\w+\s+)?(?:degree|diploma|credential|education|study|studies|college|university|schooling|diplome|etudes|master\w*|bachelor\w*|phd|dec|aec)\b|\b(?:studied|study|studying|graduated|etudie|etudes|diplome|degree|diploma)\s+(?:\w+\s+){0,3}(?:in|au|from a|from)\s+canad\w*\b/],
  ["canadianWork", /\b(?:canadian|canada|cdn|canadienne?)\s+(?:skilled\s+)?(?:work|experience|exp|job|employment|travail)\b|\b(?:work|worked|working|experience|exp|travail|travaille)\s+(?:\w+\s+){0,4}(?:in canada|au canada|inside canada)\b|\bexperience (?:de travail )?canadienne\b/],
  ["foreignWork", /\b(?:foreign|overseas|abroad|outside canada|international|etrangere?|a l etranger|hors du canada|back home)\s+(?:\w+\s+){0,2}(?:work|experience|exp|job|employment|travail)?|\b(?:work|experience|exp|travail)\s+(?:\w+\s+){0,2}(?:abroad|overseas|outside canada|a l etranger|hors du canada|back home|in my (?:home )?country|dans mon pays)\b/],
  ["age", /\b(age|ages|aged|old|older|younger|years old|birthday|anniversaire|vieux|vieille|jeune|born)\b/],
  ["education", /\b(education|educational|degrees?|diplomas?|credentials?|studies|schooling|university|universite|college|bachelor\w*|master\w*|phd|doctora\w*|etudes|diplomes?|scolarite|baccalaureat|bac|licence|maitrise|dec|high school|secondaire)\b/],
  ["firstLanguage", /\b(language|languages|langue|langues|english|anglais|ielts|celpip|pte|tef|tcf|clb|nclc|test scores?|bands?|linguisti\w*)\b/],
];

/** Words that ask how many points something is worth, or whether it counts (beside a factor). */
export const POINTS_ASK = /\b(points?|pts|worth|vaut|valent|how much|combien|count|counts|counted|compte|comptent|add|adds|added|ajoute\w*|give|gives|donne|donnent|rapporte\w*|monte|boost\w*|increase\w*|augmente\w*|raise|gain\w*|get anything|get any|anything for|quelque chose|earn|earns|bonus|extra|helps?|aide|matter|matters|impact|difference|hurts?|affect\w*|reduce\w*|lower\w*|penali\w*|nuire|nuit|affecte\w*|lose|losing|perd\w*|drop\w*|baisse|max|maximum|highest|most points|on top|en plus|my (?:new )?score be|serait mon score|would i (?:have|get)|j aurais|le plus de points|new (?:crs|score|total)|nouveau (?:score|total|scg)|nouvelle note|passe de|passe a|passer a|become|becomes|devient|deviendrait|go up|goes up)\b/;

/** The factor named right after "points for / pour / de" ("how many points for my age", "combien pour le diplôme de ma femme"). */
const FOR = /\b(?:points?|pts|worth|vaut|combien|how much|how many)\s+(?:\w+\s+){0,3}?(?:for|pour|of|de|du|from|with|avec|on|in)\s+/g;

export interface FactorHit {
  factor: CrsFactor;
  at: number;
}

/** Every factor word in the question, by position (a factor once, at its first mention). */
export function factorWordsIn(text: string): FactorHit[] {
  const hits: FactorHit[] = [];
  for (const [factor, re] of FACTOR_WORDS) {
    const m = re.exec(text);
    if (m) hits.push({ factor, at: m.index });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** A factor a more specific one covers: "Canadian work" is not also "foreign"; "second language" is not "first". */
const COVERS: Partial<Record<CrsFactor, readonly CrsFactor[]>> = {
  certificateOfQualification: ["firstLanguage", "education"],
  french: ["firstLanguage", "secondLanguage"],
  transferability: ["education", "firstLanguage", "foreignWork", "canadianWork"],
  secondLanguage: ["firstLanguage"],
  spouseEducation: ["education"],
  spouseLanguage: ["firstLanguage"],
  spouseCanadianWork: ["canadianWork"],
  jobOffer: ["canadianWork"],
};

const SPOUSE_OF: Partial<Record<CrsFactor, CrsFactor>> = { education: "spouseEducation", firstLanguage: "spouseLanguage", canadianWork: "spouseCanadianWork" };

export interface AskedFactors {
  /** The factors to answer, most relevant first. */
  factors: CrsFactor[];
  /** The question names the factor it asks about ("…points for my age?"): the other slots are background. */
  named: boolean;
}

/**
 * The factors a question asks about: those named by words or implied by slots (an age, a degree, a test
 * score…), the spouse's own factors when it is about the spouse, a specific factor (a second language,
 * a certificate) instead of the general one it covers. When a factor is named after "points for", only it.
 */
export function askedFactors(text: string, s: Slots): AskedFactors {
  const hits = factorWordsIn(text);
  const at = new Map<CrsFactor, number>(hits.map((h) => [h.factor, h.at]));
  const add = (f: CrsFactor, pos = Number.MAX_SAFE_INTEGER) => { if (!at.has(f)) at.set(f, pos); };
  if (s.age !== undefined || /\b(age limit|maximum age|limite d age|age maximum|minimum age|age minimum|age minimal|youngest|too young|trop jeune|how young|(?:am i|i m|im|i am) (?:\w+ )?too old|(?:je suis|suis je) (?:\w+ )?trop (?:vieux|vieille))\b/.test(text)) add("age");
  if (s.education) add("education");
  if (s.test || s.testName || s.clb !== undefined) add(s.secondLanguage ? "secondLanguage" : "firstLanguage");
  if (s.secondLanguage) add("secondLanguage");
  if (s.canadianWorkYears !== undefined) add("canadianWork");
  if (s.foreignWorkYears !== undefined) add("foreignWork");
  if (s.canadianEducation) add("canadianStudy");
  // "French" with a French test and a second-language cue is the second language; with a bonus word, the bonus.
  if (at.has("french") && at.has("secondLanguage") && !/\b(bonus|additional|extra|supplementaires?|additionnels?|en plus)\b/.test(text)) at.delete("french");
  // "Transferability points for a certificate of qualification": the certificate is the transferability asked.
  if (at.has("certificateOfQualification") && at.has("transferability") && !s.education && s.foreignWorkYears === undefined) at.delete("transferability");
  // The spouse's own factors.
  if (s.spouse) for (const [own, theirs] of Object.entries(SPOUSE_OF) as Array<[CrsFactor, CrsFactor]>) if (at.has(own)) { at.set(theirs, at.get(own)!); at.delete(own); }
  // A specific factor covers the general one.
  for (const [specific, covered] of Object.entries(COVERS) as Array<[CrsFactor, readonly CrsFactor[]]>) if (at.has(specific)) for (const c of covered) if (c !== specific) at.delete(c);
  // "What's the most a spouse can add?": the spouse's three factors (no other factor named).
  if (!at.size && !s.spouseExcluded && /\b(spouse|spouses|wife|husband|partner|conjointe?|epouse|epoux|mari|femme)\b/.test(text)) {
    at.set("spouseEducation", 0).set("spouseLanguage", 1).set("spouseCanadianWork", 2);
  }
  // A spouse who does not come or is Canadian: being scored as single is (part of) the answer.
  if (s.spouseExcluded && ![...at.keys()].some((f) => f !== "firstLanguage" || s.test || s.clb !== undefined)) at.set("spouseStatus", -1);
  // A Canadian credential: its additional points first; the level's own points too unless only the bonus is asked.
  if (at.has("canadianStudy") && at.has("education")) {
    if (/\b(extra|bonus|additional|on top|en plus|supplementaires?|additionnels?)\b/.test(text)) at.delete("education");
    else at.set("canadianStudy", Math.min(at.get("canadianStudy")!, at.get("education")!) - 0.5);
  }
  const ordered = [...at.entries()].sort((a, b) => a[1] - b[1]).map(([f]) => f);
  // Named after "points for …": the asked factor whose word comes first after it (not its first mention: "I'm 41 with a PhD, points for the doctorate?").
  const words = new Map<CrsFactor, RegExp>(FACTOR_WORDS);
  // "points for the work experience": the work the slots describe (foreign or Canadian).
  const work = /\b(work|experience|exp|travail|job|emploi)\b/;
  if (s.foreignWorkYears !== undefined && s.canadianWorkYears === undefined && !words.has("foreignWork")) words.set("foreignWork", work);
  else if (s.foreignWorkYears !== undefined && s.canadianWorkYears === undefined) words.set("foreignWork", new RegExp(`${FACTOR_WORDS.find(([f]) => f === "foreignWork")![1].source}|${work.source}`));
  if (s.canadianWorkYears !== undefined && s.foreignWorkYears === undefined) words.set("canadianWork", new RegExp(`${FACTOR_WORDS.find(([f]) => f === "canadianWork")![1].source}|${work.source}`));
  words.set("spouseEducation", words.get("education")!).set("spouseLanguage", words.get("firstLanguage")!).set("spouseCanadianWork", words.get("canadianWork")!);
  for (const m of text.matchAll(FOR)) {
    const after = m.index + m[0].length;
    const window = text.slice(after, after + 40);
    const found = ordered.map((f) => ({ f, m: words.get(f)?.exec(window) })).filter((x) => x.m).sort((a, b) => a.m!.index - b.m!.index)[0];
    if (found && found.f === "education" && ordered.includes("canadianStudy")) return { factors: ordered.filter((f) => f === "canadianStudy" || f === "education"), named: true };
    if (found) {
      // "points for age 26 and a 2-year diploma" names two; "pour mon âge, j'ai 34 ans et une maîtrise" names one (the rest is background).
      // From the factor's first word (a factor's pattern may run over "plus 1"): a conjunction within the next few words.
      const joined = /^\S+\s+(?:\S+\s+){0,3}?(?:and|et|plus|also|aussi|&)\s+(.*)$/.exec(text.slice(after + found.m!.index));
      const more = joined ? ordered.filter((f) => f !== found.f && words.get(f)?.exec(joined[1]!.split(" ").slice(0, 4).join(" "))) : [];
      return { factors: [found.f, ...more], named: more.length === 0 };
    }
  }
  // Named right before the word for points: "age pts?", "language points", "my sibling points".
  for (const m of text.matchAll(/\b(\w+)\s+(?:points?|pts)\b/g)) {
    const found = ordered.find((f) => words.get(f)?.test(m[1]!));
    if (found && ordered.length > 1) return { factors: [found], named: true };
  }
  return { factors: ordered, named: false };
}
