// Retired held-out part (2026-11-22): its misses were seen while tuning, so it is now part of tuning.
import { anyOf as A, daysFact as inDays, each, levelFacts, make, NO_SCHEDULE, NOT_CURRENT, STEM_2026, pointsFact as points, PROPOSED, roundsFact as rounds, STALE, UNSURE } from "./build.ts";
import {
  averageFact, days, extreme, lastMonths, latest, longestWaits, mean, rid, ROUNDS, select, sum, typicalGaps, yearSlice,
} from "./rounds-facts.ts";
import {
  ADDITIONAL, AGE_POINTS, CANADIAN_WORK, CATEGORY_2026, clbOf, EDUCATION, educationCombo, FEES, firstLanguagePoints, fswAgePoints, languageTier,
  PROCESS, PROGRAM_MIN, POF_EFFECTIVE, POF_PREVIOUS, pofFor, secondLanguageTotal, SPOUSE_EDUCATION, spouseLanguagePoints, type Ability, type Test,
} from "./rules-facts.ts";
import { EVAL_NOW, type EvalCase, type Fact } from "./types.ts";

/**
 * The first held-out part (templates "h-…"), retired into tuning on 2026-11-22: while closing issue 11's first
 * round the lead read its misses and French phrasings from them reached the engine's cues, so it could no longer
 * measure generalisation honestly. It is now tuning material; a new held-out part (held-out.ts) was written
 * afresh by someone who had not seen the engine.
 */

const NOW = EVAL_NOW.slice(0, 10);

/** Longer names people use for categories in this part. */
const N: Record<string, { en: string; fr: string }> = {
  cec: { en: "Canadian Experience Class", fr: "catégorie de l'expérience canadienne" },
  pnp: { en: "provincial nominee", fr: "candidats des provinces" },
  french: { en: "French-language", fr: "francophones" },
  healthcare: { en: "health care and social services", fr: "soins de santé" },
  trades: { en: "trade occupations", fr: "métiers spécialisés" },
  stem: { en: "STEM", fr: "STIM" },
  physicians: { en: "doctors", fr: "médecins" },
  "senior-managers": { en: "senior managers", fr: "cadres supérieurs" },
  military: { en: "military recruits", fr: "recrues militaires" },
  education: { en: "teachers/education", fr: "éducation" },
  transport: { en: "transport", fr: "transport" },
  general: { en: "no-program-specified", fr: "tous programmes" },
};

// ---- Data -----------------------------------------------------------------------------------------

const mostRecent = each(["physicians", "senior-managers", "military", "education", "stem", "cec", "healthcare", "pnp"] as const, (cat, i) => {
  const r = latest(select({ cat }))!;
  return i % 2 === 0
    ? make("h-most-recent-en", "en", "latest", `${N[cat]!.en} — most recent round, what score did they go down to?`, [rid(r), String(r.crs)])
    : make("h-most-recent-fr", "fr", "latest", `La toute dernière ronde « ${N[cat]!.fr} », elle était à combien ?`, [rid(r), String(r.crs)]);
});

const finalOfYear = each([["pnp", 2025], ["cec", 2024], ["french", 2024], ["healthcare", 2025]] as const, ([cat, year], i) => {
  const r = latest(select(yearSlice(year, cat)))!;
  const newest = latest(select({ cat }))!;
  const not = newest.id !== r.id ? [rid(newest)] : [];
  return i % 2 === 0
    ? make("h-final-of-year-en", "en", "latest", `the final ${N[cat]!.en} round of ${year} — number and cutoff?`, [rid(r), String(r.crs)], { not })
    : make("h-final-of-year-fr", "fr", "latest", `Pour ${year}, quelle fut la toute dernière ronde « ${N[cat]!.fr} » (numéro et score) ?`, [rid(r), String(r.crs)], { not });
});

const recordLow = each(["cec", "french", "pnp", "healthcare"] as const, (cat, i) => {
  const lo = extreme(select({ cat }), (r) => r.crs, "min");
  return i % 2 === 0
    ? make("h-record-low-en", "en", "record", `what's the record low score ever seen in a ${N[cat]!.en} round?`, [String(lo.value)])
    : make("h-record-low-fr", "fr", "record", `Le plus petit score jamais invité dans une ronde ${N[cat]!.fr}, c'était combien ?`, [String(lo.value)]);
});

const highestOfYear = each([2024, 2025], (year, i) => {
  const hi = extreme(select(yearSlice(year)), (r) => r.crs, "max");
  return i % 2 === 0
    ? make("h-highest-year-en", "en", "record", `In ${year}, which round had the highest minimum score, and what was it?`, [String(hi.value)])
    : make("h-highest-year-fr", "fr", "record", `En ${year}, quel tirage a demandé la note la plus haute ?`, [String(hi.value)]);
});

const biggestEver = extreme(ROUNDS, (r) => r.size, "max");
const smallestOfYear = extreme(select(yearSlice(2026)), (r) => r.size, "min");
const sizeRecords = [
  make("h-biggest-ever-en", "en", "record", "what's the largest number of ITAs ever sent in one round?", [String(biggestEver.value)]),
  make("h-biggest-ever-fr", "fr", "record", "Le record d'invitations en une seule ronde, c'est combien ?", [String(biggestEver.value)]),
  make("h-smallest-year-en", "en", "record", "Which 2026 round invited the fewest people?", [A(...["invitation", "ITA", "people", "candidate"].map((w) => `${smallestOfYear.value} ${w}`), `Invitations: ${smallestOfYear.value}`)]),
];

const averageSince = each([["cec", 2024], ["french", 2025], ["pnp", 2024]] as const, ([cat, year], i) => {
  const avg = mean(select({ cat, from: `${year}-01-01` }).map((r) => r.crs));
  return i % 2 === 0
    ? make("h-average-since-en", "en", "aggregate", `mean cutoff of ${N[cat]!.en} draws since ${year}?`, [averageFact(avg)])
    : make("h-average-since-fr", "fr", "aggregate", `Depuis ${year}, le score moyen des rondes ${N[cat]!.fr} tourne autour de combien ?`, [averageFact(avg)]);
});

const categoryTotal = each([["cec", 2025], ["french", 2026], ["healthcare", 2024], ["pnp", 2026]] as const, ([cat, year], i) => {
  const total = sum(select(yearSlice(year, cat)));
  return i % 2 === 0
    ? make("h-category-total-en", "en", "aggregate", `${N[cat]!.en}: how many invitations in ${year} altogether?`, [String(total)])
    : make("h-category-total-fr", "fr", "aggregate", `Au total, combien de personnes ont été invitées en ${year} dans les rondes ${N[cat]!.fr} ?`, [String(total)]);
});

const countSince = each([2022, 2025, 2019], (year, i) => {
  const n = select({ from: `${year}-01-01` }).length;
  return i % 2 === 0
    ? make("h-count-since-en", "en", "aggregate", `number of rounds held from ${year} up to now?`, [rounds(n)])
    : make("h-count-since-fr", "fr", "aggregate", `Depuis janvier ${year}, IRCC a fait combien de rondes en tout ?`, [rounds(n)]);
});

const pastMonthsCases = each([["cec", 3], ["pnp", 6], ["french", 4], ["cec", 12], ["french", 9], ["pnp", 2]] as const, ([cat, n], i) => {
  const rs = lastMonths(n, EVAL_NOW, cat);
  if (!rs) return null;
  return i % 2 === 0
    ? make("h-past-months-en", "en", "aggregate", `${N[cat]!.en} rounds during the past ${n} months: how many were there?`, [rounds(rs.length)])
    : make("h-past-months-fr", "fr", "aggregate", `Ces ${n} derniers mois, combien de personnes invitées dans les rondes ${N[cat]!.fr} ?`, [String(sum(rs))]);
});

const longestWait = each(["cec", "french", "healthcare"] as const, (cat, i) => {
  const g = inDays(...longestWaits({ cat, from: "2023-01-01" }, EVAL_NOW));
  return i % 2 === 0
    ? make("h-longest-wait-en", "en", "gap", `since 2023, what's the longest stretch with no ${N[cat]!.en} draw?`, [g])
    : make("h-longest-wait-fr", "fr", "gap", `Depuis 2023, la plus longue attente entre deux rondes ${N[cat]!.fr}, c'était combien de jours ?`, [g]);
});

const usualSpacing = each([["pnp", 2026], ["cec", 2026]] as const, ([cat, year], i) => {
  const facts = [inDays(...typicalGaps(yearSlice(year, cat)))];
  return i % 2 === 0
    ? make("h-usual-spacing-en", "en", "gap", `${N[cat]!.en} draws in ${year} usually come how many days apart?`, facts)
    : make("h-usual-spacing-fr", "fr", "gap", `En ${year}, les tirages ${N[cat]!.fr} reviennent tous les combien de jours ?`, facts);
});

const newest = latest(ROUNDS)!;
const whenNext = [
  make("h-when-next-en", "en", "next", "will there be a draw this week?", [NO_SCHEDULE]),
  make("h-when-next-en", "en", "next", "Do we know the date of the upcoming Express Entry round?", [NO_SCHEDULE]),
  make("h-when-next-fr", "fr", "next", "La prochaine ronde pour la catégorie de l'expérience canadienne, c'est prévu pour quand ?", [NO_SCHEDULE]),
  make("h-when-next-fr", "fr", "next", "Est-ce qu'IRCC publie un calendrier des rondes à venir ?", [NO_SCHEDULE]),
  make("h-when-next-typo-en", "en", "next", "when r they doin the next round bro", [NO_SCHEDULE], { typo: true }),
];

const sinceLast = each(["stem", "physicians", "pnp", "education"] as const, (cat, i) => {
  const r = latest(select({ cat }))!;
  const d = days(r.date, NOW);
  return i % 2 === 0
    ? make("h-since-last-en", "en", "days-since", `It's been how long without a ${N[cat]!.en} round?`, [inDays(d)])
    : make("h-since-last-fr", "fr", "days-since", `Ça fait combien de temps qu'il n'y a pas eu de ronde ${N[cat]!.fr} ?`, [inDays(d)]);
});

const stale = [
  make("h-stale-en", "en", "freshness", "any new draws?", [rid(newest), STALE], { clock: "late" }),
  make("h-stale-en", "en", "freshness", "French-language category, newest round please", [rid(latest(select({ cat: "french" }))!), STALE], { clock: "late" }),
  make("h-stale-fr", "fr", "freshness", "Quoi de neuf côté rondes d'invitations ?", [rid(newest), STALE], { clock: "late" }),
  make("h-stale-fr", "fr", "freshness", "La plus récente ronde des candidats des provinces ?", [rid(latest(select({ cat: "pnp" }))!), STALE], { clock: "late" }),
];

const roundDetails = each(["262", "340", "415", "88"], (id, i) => {
  const r = ROUNDS.find((x) => x.id === id)!;
  return i % 2 === 0
    ? make("h-round-details-en", "en", "round", `Draw no. ${id}: cutoff and size?`, [String(r.crs), String(r.size)])
    : make("h-round-details-fr", "fr", "round", `Ronde ${id} : score minimal et nombre d'invitations ?`, [String(r.crs), String(r.size)]);
});

const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const onDate = each(["2026-05-27", "2025-07-08", "2024-10-10"], (iso, i) => {
  const rs = select({ from: iso, to: iso });
  if (rs.length !== 1) return null;
  const r = rs[0]!;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return i % 2 === 0
    ? make("h-on-date-fr", "fr", "round", `Il s'est passé quoi le ${d} ${FR_MONTHS[m - 1]} ${y} dans Entrée express ?`, [rid(r), String(r.crs)])
    : make("h-on-date-en", "en", "round", `round held ${iso}, what was its minimum CRS?`, [rid(r), String(r.crs)]);
});

// ---- Rules ----------------------------------------------------------------------------------------

const score = (test: Test, s: Record<Ability, number>) => (Object.keys(s) as Ability[]).map((a) => clbOf(test, a, s[a]));
const same = (x: number): Record<Ability, number> => ({ listening: x, reading: x, writing: x, speaking: x });

const languagePoints = [
  make("h-first-lang-en", "en", "crs-points", "Single applicant, CELPIP 9 across all four skills. How many CRS points for language?", [String(score("celpip", same(9)).reduce((a, c) => a + firstLanguagePoints(c, false), 0))]),
  make("h-first-lang-fr", "fr", "crs-points", "Marié avec conjointe qui vient, NCLC 8 partout en première langue : combien de points de langue ?", [String(4 * firstLanguagePoints(8, true))]),
  make("h-second-lang-en", "en", "crs-points", "My English is my first language; I also have TEF with NCLC 5 in every skill. What does French as a second language add?", [points(secondLanguageTotal([5, 5, 5, 5], false))], { not: [String(4 * firstLanguagePoints(5, false))] }),
  make("h-second-lang-fr", "fr", "crs-points", "Deuxième langue officielle à NCLC 10 dans les quatre compétences, je suis célibataire : ça vaut combien ?", [points(secondLanguageTotal([10, 10, 10, 10], false))]),
];

const partner = [
  make("h-partner-lang-en", "en", "crs-points", "My partner got CELPIP 9 across the board — what does that add to my score?", [points(score("celpip", same(9)).reduce((a, c) => a + spouseLanguagePoints(c), 0))], { not: [String(4 * firstLanguagePoints(9, true))] }),
  make("h-partner-lang-fr", "fr", "crs-points", "Mon mari a NCLC 6 partout, combien de points ça me rapporte comme conjoint ?", [points(4 * spouseLanguagePoints(6))]),
  make("h-partner-edu-en", "en", "crs-points", "Wife has a PhD. Spouse education points?", [points(SPOUSE_EDUCATION.doctoral)]),
  make("h-partner-edu-fr", "fr", "crs-points", "Ma conjointe a un diplôme de 2 ans, combien de points pour ses études ?", [points(SPOUSE_EDUCATION.two_year)]),
];

const coreFactors = [
  make("h-own-cdn-work-en", "en", "crs-points", "2 years of Canadian skilled work, no spouse — points for that?", [String(CANADIAN_WORK[2]![1])]),
  make("h-own-cdn-work-fr", "fr", "crs-points", "J'ai 4 ans d'expérience qualifiée au Canada et je suis célibataire, ça donne combien ?", [String(CANADIAN_WORK[4]![1])]),
  make("h-age-married-en", "en", "crs-points", "I'm 33 and married (spouse coming). Age points?", [String(AGE_POINTS[33]![0])]),
  make("h-age-fr", "fr", "crs-points", "J'ai 41 ans, célibataire, il me reste combien de points pour l'âge ?", [String(AGE_POINTS[41]![1])]),
  make("h-cdn-diploma-en", "en", "crs-points", "Does a 3-year diploma from a Canadian college give extra points?", [points(ADDITIONAL.canadianStudyLong)]),
  make("h-french-low-english-fr", "fr", "crs-points", "NCLC 9 en français mais seulement CLB 4 en anglais, j'ai droit au bonus francophone ?", [points(ADDITIONAL.frenchOnly)]),
  make("h-job-offer-fr", "fr", "crs-points", "Une offre d'emploi avec EIMT, ça rapporte encore des points SCG ?", [A("0 point", "aucun point", "plus de points", "ne donne plus"), ADDITIONAL.jobOfferSince]),
  make("h-transfer-en", "en", "crs-points", "PhD plus CLB 7 in every ability: how much skill transferability for education?", [points(educationCombo("multi", languageTier(7), 0))]),
  make("h-nomination-fr", "fr", "pnp", "Avec une désignation d'une province, mon score monte de combien ?", [points(ADDITIONAL.nomination)]),
];

const testLevels = [
  make("h-ielts-level-en", "en", "clb", "Got my IELTS GT: listening 8.5, reading 8, writing 7.5, speaking 7.5. Is that CLB 10?", levelFacts("ielts", { listening: 8.5, reading: 8, writing: 7.5, speaking: 7.5 })),
  make("h-ielts-level-fr", "fr", "clb", "IELTS général : écoute 6, lecture 5, écriture 5.5, oral 6. Ça correspond à quels niveaux CLB ?", levelFacts("ielts", { listening: 6, reading: 5, writing: 5.5, speaking: 6 })),
  make("h-pte-level-en", "en", "clb", "PTE Core 60 in all sections — CLB?", levelFacts("pte", same(60))),
  make("h-celpip-level-fr", "fr", "clb", "CELPIP 11 partout, ça fait quel CLB ?", levelFacts("celpip", same(11))),
  make("h-tcf-level-fr", "fr", "clb", "TCF Canada : compréhension orale 460, à quel NCLC ça correspond ?", levelFacts("tcf", { listening: 460 })),
  make("h-tef-level-en", "en", "clb", "TEF Canada expression orale 400 — which NCLC is that?", levelFacts("tef", { speaking: 400 })),
];

const minimums = [
  make("h-fst-language-en", "en", "program-min", "what language level do you need for the skilled trades program?", [`CLB ${PROGRAM_MIN.fst.clbSpeakListen}`, `CLB ${PROGRAM_MIN.fst.clbReadWrite}`]),
  make("h-cec-teer-fr", "fr", "program-min", "Pour la CEC avec un emploi FEER 3, il faut quel niveau de langue minimum ?", [`CLB ${PROGRAM_MIN.cec.clbTeer23}`]),
  make("h-cec-window-en", "en", "program-min", "For CEC, my canadian experience has to be within how many years?", [A("3 years", "three years", "36 months")]),
  make("h-fsw-continuous-fr", "fr", "program-min", "Pour le fédéral travailleurs qualifiés, l'expérience doit être continue ? combien au minimum ?", [A("1 an", "un an", "12 mois", "1 560")]),
  make("h-fsw-pass-en", "en", "fsw-grid", "I scored 65 on the FSW six factors — do I pass?", [String(PROGRAM_MIN.fsw.passMark)]),
  make("h-fsw-age-fr", "fr", "fsw-grid", "Grille des six facteurs : j'ai 37 ans, combien de points pour l'âge ?", [points(fswAgePoints(37))]),
];

const funds = each([5, 7, 8, 2], (n, i) => {
  const facts: Fact[] = [String(pofFor(n)), POF_EFFECTIVE];
  const not = n <= 7 ? [String(POF_PREVIOUS[n - 1]!)] : [];
  return i % 2 === 0
    ? make("h-funds-en", "en", "pof", `Settlement funds needed with ${n} people in the family?`, facts, { not })
    : make("h-funds-fr", "fr", "pof", `Nous sommes ${n} dans la famille, il faut montrer combien d'argent ?`, facts, { not });
});

const money = [
  make("h-fees-en", "en", "fees", "What's the government processing fee for the main applicant these days?", [String(FEES.processing)]),
  make("h-fees-fr", "fr", "fees", "Les frais relatifs au droit de résidence permanente, c'est combien maintenant ?", [String(FEES.rprf)]),
  make("h-fees-fr", "fr", "fees", "Combien coûtent les données biométriques par personne ?", [String(FEES.biometrics)]),
];

const steps = [
  make("h-profile-expiry-en", "en", "process", "My profile was created last September, does it expire at some point?", [A(`${PROCESS.profileMonths} months`, "one year", "1 year")]),
  make("h-deadline-fr", "fr", "process", "J'ai reçu mon invitation hier, quel est le délai pour soumettre la demande complète ?", [`${PROCESS.daysToApply} jours`]),
  make("h-medical-fr", "fr", "process", "L'examen médical est-il obligatoire pour la résidence permanente ?", [A("medical", "médical")]),
  make("h-police-en", "en", "process", "Which countries do I need police clearance from?", ["police"]),
  make("h-teer-en", "en", "process", "Is a TEER 4 job eligible for CEC?", [A("TEER 0, 1, 2", "TEER 0-3", "TEER 0 to 3", "0, 1, 2 or 3", "0, 1, 2, 3")]),
];

const cats = [
  make("h-cats-en", "en", "category", "What are the NOC codes for the senior managers category?", [...CATEGORY_2026.seniorManagers]),
  make("h-cats-fr", "fr", "category", "Il existe une catégorie pour les chercheurs cette année ?", [A("chercheur", "researcher"), A("2026", ...CATEGORY_2026.researchers)], { not: [NOT_CURRENT] }),
  make("h-cats-en", "en", "category", "military recruits category — which occupations?", [A(...CATEGORY_2026.military)]),
  make("h-cats-fr", "fr", "category", "Pour les catégories 2026, l'expérience doit-elle être continue ? combien de mois ?", [`${CATEGORY_2026.experienceMonths} mois`]),
  make("h-cats-en", "en", "category", "Did IRCC keep STEM as a category for 2026?", [STEM_2026], { not: [NOT_CURRENT] }),
];

const provinces = [
  make("h-pnp-en", "en", "pnp", "Enhanced PNP vs base PNP, how does a nomination affect my Express Entry score?", [points(ADDITIONAL.nomination)]),
  make("h-pnp-fr", "fr", "pnp", "Le programme des candidats des provinces, ça marche comment avec Entrée express ?", [points(ADDITIONAL.nomination)]),
];

const proposals = [
  make("h-reform-en", "en", "reform", "Is the new Federal High-Skilled class already in force?", [PROPOSED]),
  make("h-reform-fr", "fr", "reform", "J'ai lu qu'il y aura des points pour les professions à salaire élevé, c'est officiel ?", [PROPOSED]),
  make("h-reform-en", "en", "reform", "will the 67 point grid be removed? heard about a consultation", [PROPOSED]),
];

const outOfScope = [
  make("h-out-en", "en", "unsure", "How do I apply for a super visa for my parents?", [UNSURE]),
  make("h-out-en", "en", "unsure", "can you recommend a good immigration lawyer in Calgary", [UNSURE]),
  make("h-out-en", "en", "unsure", "What's the processing time for a US tourist visa from Lagos?", [UNSURE]),
  make("h-out-fr", "fr", "unsure", "Comment obtenir un permis de conduire en Ontario ?", [UNSURE]),
  make("h-out-fr", "fr", "unsure", "Combien coûte un loyer à Montréal en ce moment ?", [UNSURE]),
  make("h-out-fr", "fr", "unsure", "Qui va gagner la coupe Stanley cette année ?", [UNSURE]),
];

// ---- Typos and slang, written differently from the tuning part ---------------------------------------

const cecNow = latest(select({ cat: "cec" }))!;
const slang = [
  make("h-slang-en", "en", "latest", "yo did cec go out again?? whats the score", [rid(cecNow), String(cecNow.crs)], { typo: true }),
  make("h-slang-en", "en", "latest", "doc draw latest one?", [rid(latest(select({ cat: "physicians" }))!)], { typo: true }),
  make("h-slang-en", "en", "aggregate", "how many pnp rouds in 2025 total", [rounds(select(yearSlice(2025, "pnp")).length)], { typo: true }),
  make("h-slang-en", "en", "record", "wats the lowest crs ever for french ppl", [String(extreme(select({ cat: "french" }), (r) => r.crs, "min").value)], { typo: true }),
  make("h-slang-en", "en", "pof", "how much $$ 4 pof if im alone", [String(pofFor(1))], { typo: true }),
  make("h-slang-en", "en", "clb", "pte core 79 80 76 72 clb plz", levelFacts("pte", { listening: 79, reading: 80, writing: 76, speaking: 72 }), { typo: true }),
  make("h-slang-en", "en", "crs-points", "bro my sis is PR in BC do i get anything for that", [points(ADDITIONAL.sibling)], { typo: true }),
  make("h-slang-en", "en", "process", "itas good for how many days again?", [`${PROCESS.daysToApply} days`], { typo: true }),
  make("h-slang-en", "en", "fees", "biometric fee for me + wife + kid total?", [String(FEES.biometricsFamily)], { typo: true }),
  make("h-slang-en", "en", "unsure", "lol can u do my taxes", [UNSURE], { typo: true }),
  make("h-slang-fr", "fr", "latest", "dernier tiragee francofone cetait cmb", [String(latest(select({ cat: "french" }))!.crs)], { typo: true }),
  make("h-slang-fr", "fr", "aggregate", "yen a eu cmb dinvit en 2026 pr lé PEC", [String(sum(select(yearSlice(2026, "cec"))))], { typo: true }),
  make("h-slang-fr", "fr", "record", "le + gros tirage de tout les temps cétait cmb", [String(biggestEver.value)], { typo: true }),
  make("h-slang-fr", "fr", "pof", "preuv de fond pr 3 perssonnes stp", [String(pofFor(3))], { typo: true }),
  make("h-slang-fr", "fr", "clb", "tcf ce 530 co 530 ee 15 eo 15 sa donne nclc cmb", levelFacts("tcf", { reading: 530, listening: 530, writing: 15, speaking: 15 }), { typo: true }),
  make("h-slang-fr", "fr", "crs-points", "ma blonde a un bac universitaire de 4 ans, ca ajoute cmb de pts", [points(SPOUSE_EDUCATION.bachelors)], { typo: true }),
  make("h-slang-fr", "fr", "process", "le profil ee reste valide cmb de temps", [A(`${PROCESS.profileMonths} mois`, "un an", "1 an")], { typo: true }),
  make("h-slang-fr", "fr", "reform", "la reforme 2026 cé deja en vigueur ou pas", [PROPOSED], { typo: true }),
  make("h-slang-fr", "fr", "next", "proch tirage cé qd svp", [NO_SCHEDULE], { typo: true }),
  make("h-slang-fr", "fr", "unsure", "ya tu qqun qui vend un char a qc", [UNSURE], { typo: true }),
  make("h-slang-fr", "fr", "gap", "en 2025 cetait quoi la plus longe pause sans tirage", [inDays(...longestWaits(yearSlice(2025), EVAL_NOW))], { typo: true }),
  make("h-slang-en", "en", "gap", "longest we ever waited btw 2 draws since 2020??", [inDays(...longestWaits({ from: "2020-01-01" }, EVAL_NOW))], { typo: true }),
  make("h-slang-en", "en", "program-min", "fst need how many yrs exp", [A("2 years", "two years", "3,120")], { typo: true }),
  make("h-slang-en", "en", "crs-points", "transfrability pts masters + clb 9 all?", [points(educationCombo("multi", languageTier(9), 0))], { typo: true }),
  make("h-slang-en", "en", "clb", "my celpip is 7 in evry section what clb", levelFacts("celpip", same(7)), { typo: true }),
  make("h-slang-en", "en", "crs-points", "age 30 crs pts if maried?", [String(AGE_POINTS[30]![0])], { typo: true }),
  make("h-slang-en", "en", "aggregate", "healthcare draws 2025 hw many", [rounds(select(yearSlice(2025, "healthcare")).length)], { typo: true }),
  make("h-slang-fr", "fr", "crs-points", "points pr 2 ans dexperience canadienne celib", [String(CANADIAN_WORK[2]![1])], { typo: true }),
  make("h-slang-fr", "fr", "fees", "frais rprf c cmb mtn", [String(FEES.rprf)], { typo: true }),
  make("h-slang-fr", "fr", "latest", "dernier tirage metier c t quand", [rid(latest(select({ cat: "trades" }))!)], { typo: true }),
  make("h-slang-fr", "fr", "category", "les codes cnp pour la categ medecins cé koi", [...CATEGORY_2026.physicians], { typo: true }),
];

// ---- Long, chatty messages with the question in the middle -----------------------------------------

const french2025 = select(yearSlice(2025, "french"));
const chat = [
  make("h-chat-en", "en", "aggregate", `Hi all 👋 long time reader. My husband and I are both in the pool since March, he's the principal applicant with French. We keep seeing people say the French draws were huge last year — how many invitations did French-language rounds give out in 2025 in total? We're trying to plan around it. Appreciate this community so much`, [String(sum(french2025))]),
  make("h-chat-en", "en", "clb", `So I finally got my results back after 13 days of refreshing the portal lol. IELTS General: L 7.5, R 7, W 6.5, S 7. Before I update my profile, what CLB does that work out to for each skill? Don't want to mess this up. Thanks guys!`, levelFacts("ielts", { listening: 7.5, reading: 7, writing: 6.5, speaking: 7 })),
  make("h-chat-fr", "fr", "pof", `Bonsoir tout le monde, on est une famille de 5 (moi, mon mari et nos trois enfants) et on vise le PTQF depuis l'Algérie. On a de l'épargne mais on ne sait pas si c'est suffisant, quel montant de preuve de fonds faut-il exactement pour 5 personnes ? Merci beaucoup pour votre aide et bon courage à tous`, [String(pofFor(5)), POF_EFFECTIVE]),
  make("h-chat-fr", "fr", "record", `Salut la team. Je suis dans le bassin avec 478, je suis infirmière et je regarde les rondes santé tous les jours... Ma question : quel a été le score le plus bas pour une ronde santé jusqu'ici ? Ça me donnerait un peu d'espoir. Merci et bonne soirée !`, [String(extreme(select({ cat: "healthcare" }), (r) => r.crs, "min").value)]),
  make("h-chat-fr", "fr", "crs-points", `Allô ! Je prépare mon profil avec l'aide d'une amie, j'ai 29 ans, un master fait en France et je suis célibataire. Elle me dit que mon master compte pour beaucoup de points mais je ne sais pas combien exactement, c'est combien de points pour un master dans le SCG ? Merci d'avance 🙏`, [String(EDUCATION.masters[1])]),
];

export const RETIRED_HELD_OUT: EvalCase[] = [
  ...mostRecent, ...finalOfYear, ...recordLow, ...highestOfYear, ...sizeRecords, ...averageSince, ...categoryTotal, ...countSince,
  ...pastMonthsCases, ...longestWait, ...usualSpacing, ...whenNext, ...sinceLast, ...stale, ...roundDetails, ...onDate,
  ...languagePoints, ...partner, ...coreFactors, ...testLevels, ...minimums, ...funds, ...money, ...steps, ...cats, ...provinces,
  ...proposals, ...outOfScope, ...slang, ...chat,
];
