import { CATEGORY_WORDS as C, daysFact, each, levelFacts, make, NO_SCHEDULE, NOT_CURRENT, STEM_2026, pointsFact as pts, PROPOSED, roundsFact, UNSURE, STALE } from "./build.ts";
import { LEGACY_CASES } from "./legacy.ts";
import { RETIRED_HELD_OUT } from "./tuning-retired-held-out.ts";
import { TUNING_FRESH } from "./tuning-fresh.ts";
import { TUNING_KNOWLEDGE } from "./tuning-knowledge.ts";
import { TUNING_TRICKY } from "./tuning-tricky.ts";
import {
  averageFact, days, extreme, lastMonths, latest, longestWaits, mean, rid, ROUNDS, select, sum, typicalGaps, yearSlice,
} from "./rounds-facts.ts";
import {
  ADDITIONAL, CANADIAN_WORK, clbOf, coqPoints, educationCombo, foreignCombo, fswAgePoints, fswExperiencePoints, languageTier, FEES, firstLanguagePoints, PROCESS, PROGRAM_MIN, POF_EFFECTIVE, POF_PREVIOUS, pofFor,
  secondLanguageTotal, SPOUSE_CANADIAN_WORK, SPOUSE_EDUCATION, spouseLanguagePoints, CATEGORY_2026, type Ability,
} from "./rules-facts.ts";
import { EVAL_NOW, type EvalCase, type Fact } from "./types.ts";

/**
 * The tuning part of the evaluation: the first 132 cases plus questions generated from templates × slots,
 * with every expected fact computed from the snapshot (rounds-facts.ts) or the rules (rules-facts.ts).
 * The engine may be tuned on this part. Template ids start with "t-".
 */

const NOW = EVAL_NOW.slice(0, 10);

// ---- Data questions -------------------------------------------------------------------------------

const latestInYear = each(
  [["cec", 2025], ["pnp", 2024], ["french", 2025], ["healthcare", 2024], ["general", 2023], ["trades", 2025]] as const,
  ([cat, year], i) => {
    const r = latest(select(yearSlice(year, cat)))!;
    const newest = latest(select({ cat }))!;
    const not = newest.id !== r.id ? [`#${newest.id}`] : [];
    return i % 2 === 0
      ? make("t-latest-in-year-en", "en", "latest", `what was the last ${C[cat]!.en} draw in ${year}?`, [rid(r), String(r.crs)], { not })
      : make("t-latest-in-year-fr", "fr", "latest", `c'était quoi le dernier tirage ${C[cat]!.fr} de ${year} ?`, [rid(r), String(r.crs)], { not });
  },
);

const lowestInYear = each(
  [["cec", 2025], ["french", 2025], ["healthcare", 2025], ["pnp", 2026], ["french", 2024], ["cec", 2024]] as const,
  ([cat, year], i) => {
    const lo = extreme(select(yearSlice(year, cat)), (r) => r.crs, "min");
    const allTime = extreme(select({ cat }), (r) => r.crs, "min");
    const facts: Fact[] = [String(lo.value)];
    const not = allTime.value !== lo.value ? [String(allTime.value)] : [];
    return i % 2 === 0
      ? make("t-lowest-year-en", "en", "record", `lowest CRS cutoff for ${C[cat]!.en} draws in ${year}?`, facts, { not })
      : make("t-lowest-year-fr", "fr", "record", `quelle a été la note minimale la plus basse pour les tirages ${C[cat]!.fr} en ${year} ?`, facts, { not });
  },
);

const highestEver = each(["cec", "french", "healthcare", "trades"] as const, (cat, i) => {
  const hi = extreme(select({ cat }), (r) => r.crs, "max");
  const facts: Fact[] = [String(hi.value)];
  return i % 2 === 0
    ? make("t-highest-ever-en", "en", "record", `highest cutoff ever for a ${C[cat]!.en} draw`, facts)
    : make("t-highest-ever-fr", "fr", "record", `quel est le score le plus élevé jamais demandé dans un tirage ${C[cat]!.fr} ?`, facts);
});

const largestInYear = each([2023, 2024, 2025, 2026], (year, i) => {
  const big = extreme(select(yearSlice(year)), (r) => r.size, "max");
  const facts: Fact[] = [String(big.value)];
  return i % 2 === 0
    ? make("t-largest-year-en", "en", "record", `biggest draw of ${year}? how many ITAs`, facts)
    : make("t-largest-year-fr", "fr", "record", `quel a été le plus gros tirage de ${year} ?`, facts);
});

const smallestEver = each(["french", "healthcare", "cec"] as const, (cat) => {
  const small = extreme(select({ cat }), (r) => r.size, "min");
  return make("t-smallest-cat-en", "en", "record", `smallest ${C[cat]!.en} round ever (fewest invitations)?`, [String(small.value)]);
});

const averageCutoff = each(
  [["cec", 2025], ["french", 2026], ["pnp", 2025], ["healthcare", 2025], ["cec", 2026], ["french", 2024]] as const,
  ([cat, year], i) => {
    const avg = mean(select(yearSlice(year, cat)).map((r) => r.crs));
    return i % 2 === 0
      ? make("t-average-en", "en", "aggregate", `average ${C[cat]!.en} cutoff in ${year}`, [averageFact(avg)])
      : make("t-average-fr", "fr", "aggregate", `moyenne des scores de coupure ${C[cat]!.fr} en ${year}`, [averageFact(avg)]);
  },
);

const totalSince = each([2015, 2020, 2023, 2024, 2025], (year, i) => {
  const total = sum(select({ from: `${year}-01-01` }));
  const yearOnly = sum(select(yearSlice(year)));
  return i % 2 === 0
    ? make("t-total-since-en", "en", "aggregate", `how many ITAs were issued in total since ${year}`, [String(total)], { not: [String(yearOnly)] })
    : make("t-total-since-fr", "fr", "aggregate", `combien d'invitations au total depuis ${year} ?`, [String(total)], { not: [String(yearOnly)] });
});

const countInYear = each(
  [["cec", 2025], ["french", 2025], ["pnp", 2024], ["healthcare", 2026], ["cec", 2024]] as const,
  ([cat, year], i) => {
    const n = select(yearSlice(year, cat)).length;
    return i % 2 === 0
      ? make("t-count-year-en", "en", "aggregate", `how many ${C[cat]!.en} draws were there in ${year}?`, [roundsFact(n)])
      : make("t-count-year-fr", "fr", "aggregate", `il y a eu combien de tirages ${C[cat]!.fr} en ${year} ?`, [roundsFact(n)]);
  },
);

const lastMonthsCases = each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 18, 24], (n, i) => {
  const rs = lastMonths(n, EVAL_NOW);
  if (!rs) return null;
  return i % 2 === 0
    ? make("t-last-months-en", "en", "aggregate", `how many invitations in the last ${n} months?`, [String(sum(rs))])
    : make("t-last-months-fr", "fr", "aggregate", `combien de rondes dans les ${n} derniers mois ?`, [roundsFact(rs.length)]);
});

const longestGap = each([2025, 2024, 2023, 2026], (year, i) => {
  const g = daysFact(...longestWaits(yearSlice(year), EVAL_NOW));
  return i % 2 === 0
    ? make("t-longest-gap-en", "en", "gap", `longest gap between draws in ${year}?`, [g])
    : make("t-longest-gap-fr", "fr", "gap", `plus longue pause entre deux tirages en ${year} ?`, [g]);
});

const typicalGap = each([["cec", 2025], ["french", 2026], [undefined, 2025]] as const, ([cat, year], i) => {
  const facts: Fact[] = [daysFact(...typicalGaps(yearSlice(year, cat)))];
  const what = cat ? `${C[cat]!.en} draws` : "draws";
  return i === 1
    ? make("t-typical-gap-fr", "fr", "gap", `en ${year}, il y a combien de jours en moyenne entre deux tirages ${cat ? C[cat]!.fr : ""} ?`.replace(/  +/g, " "), facts)
    : make("t-typical-gap-en", "en", "gap", `how often were ${what} held in ${year}? like every how many days`, facts);
});

const newest = latest(ROUNDS)!;
const nextDraw = [
  make("t-next-en", "en", "next", "when is the next draw?", [NO_SCHEDULE, rid(newest)]),
  make("t-next-en", "en", "next", "any idea when the next express entry draw will be", [NO_SCHEDULE, rid(newest)]),
  make("t-next-fr", "fr", "next", "c'est quand le prochain tirage ?", [NO_SCHEDULE, rid(newest)]),
  make("t-next-fr", "fr", "next", "prochain tirage entrée express prévu quand svp", [NO_SCHEDULE, rid(newest)], { typo: true }),
];

const daysSince = each(["cec", "healthcare", "trades", "french"] as const, (cat, i) => {
  const r = latest(select({ cat }))!;
  const d = days(r.date, NOW);
  return i % 2 === 0
    ? make("t-days-since-en", "en", "days-since", `how many days since the last ${C[cat]!.en} draw??`, [`${d} days`, rid(r)])
    : make("t-days-since-fr", "fr", "days-since", `ca fait cmb de jours depuis le dernier tirage ${C[cat]!.fr}`, [`${d} jours`, rid(r)], { typo: true });
});

const freshness = [
  make("t-fresh-en", "en", "freshness", "what's the latest draw?", [rid(newest), STALE], { clock: "late" }),
  make("t-fresh-en", "en", "freshness", "latest CEC draw cutoff", [rid(latest(select({ cat: "cec" }))!), STALE], { clock: "late" }),
  make("t-fresh-fr", "fr", "freshness", "c'est quoi le dernier tirage ?", [rid(newest), STALE], { clock: "late" }),
  make("t-fresh-fr", "fr", "freshness", "dernier tirage PCP score", [rid(latest(select({ cat: "pnp" }))!), STALE], { clock: "late" }),
];

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const byDate = each(["2025-03-21", "2024-07-08", "2026-03-04", "2025-11-12", "2023-06-28"], (iso, i) => {
  const rs = select({ from: iso, to: iso });
  if (rs.length !== 1) return null;
  const r = rs[0]!;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return i % 2 === 0
    ? make("t-by-date-en", "en", "round", `what was the cutoff of the draw on ${EN_MONTHS[m - 1]} ${d}, ${y}?`, [rid(r), String(r.crs)])
    : make("t-by-date-fr", "fr", "round", `le tirage du ${d} ${FR_MONTHS[m - 1]} ${y}, c'était combien le score ?`, [rid(r), String(r.crs)]);
});

const roundByNumber = each(["350", "401", "199", "120"], (id, i) => {
  const r = ROUNDS.find((x) => x.id === id)!;
  return i % 2 === 0
    ? make("t-round-number-en", "en", "round", `how many people got invited in round ${id}?`, [String(r.size)])
    : make("t-round-number-fr", "fr", "round", `combien d'invitations à la ronde ${id} ?`, [String(r.size)]);
});

// ---- Rules questions ------------------------------------------------------------------------------

const secondLanguage = each([[7, false], [9, true], [5, false], [8, false]] as const, ([clb, married], i) => {
  const total = secondLanguageTotal([clb, clb, clb, clb], married);
  const wrong = String(4 * firstLanguagePoints(clb, married));
  const who = married ? "married, wife coming with me" : "single";
  return i % 2 === 0
    ? make("t-second-lang-en", "en", "crs-points", `points for clb ${clb} second language in all 4? (${who})`, [pts(total)], { not: [wrong] })
    : make("t-second-lang-fr", "fr", "crs-points", `combien de points pour NCLC ${clb} partout en deuxième langue officielle ? (${married ? "marié, conjoint accompagnant" : "célibataire"})`, [pts(total)], { not: [wrong] });
});

const ieltsAll = (band: number) => (["listening", "reading", "writing", "speaking"] as Ability[]).map((a) => clbOf("ielts", a, band));
const spouseLanguage = each([6, 7, 5.5, 8], (band, i) => {
  const points = ieltsAll(band).reduce((a, c) => a + spouseLanguagePoints(c), 0);
  const wrong = String(ieltsAll(band).reduce((a, c) => a + firstLanguagePoints(c, true), 0));
  return i % 2 === 0
    ? make("t-spouse-ielts-en", "en", "crs-points", `my wife has ielts ${band} in all how many points does she add`, [pts(points)], { not: [wrong], typo: true })
    : make("t-spouse-ielts-fr", "fr", "crs-points", `ma femme a ${String(band).replace(".", ",")} partout à l'IELTS, ça ajoute combien de points pour moi ?`, [pts(points)], { not: [wrong] });
});

const spouseEducation = each([["bachelors", "a bachelor's degree", "une licence"], ["masters", "a master's", "un master"], ["secondary", "only high school", "juste le bac (secondaire)"]] as const, ([edu, en, fr], i) => {
  const points = SPOUSE_EDUCATION[edu];
  return i % 2 === 0
    ? make("t-spouse-edu-en", "en", "crs-points", `my husband has ${en}, how many CRS points is his education worth?`, [pts(points)])
    : make("t-spouse-edu-fr", "fr", "crs-points", `mon conjoint a ${fr}, ça donne combien de points SCG ?`, [pts(points)]);
});

const spouseWork = each([1, 3, 5], (y, i) =>
  i % 2 === 0
    ? make("t-spouse-work-en", "en", "crs-points", `spouse has ${y} year${y > 1 ? "s" : ""} of canadian work experience, points?`, [pts(SPOUSE_CANADIAN_WORK[y]!)], { not: [String(CANADIAN_WORK[y]![0])] })
    : make("t-spouse-work-fr", "fr", "crs-points", `points pour ${y} ans d'expérience canadienne de mon époux ?`, [pts(SPOUSE_CANADIAN_WORK[y]!)], { not: [String(CANADIAN_WORK[y]![0])] }),
);

const canadianCredential = [
  make("t-cdn-study-en", "en", "crs-points", "how many extra points for a 2 year college diploma from canada?", [pts(ADDITIONAL.canadianStudyShort)]),
  make("t-cdn-study-en", "en", "crs-points", "bonus points for a canadian master's degree?", [pts(ADDITIONAL.canadianStudyLong)]),
  make("t-cdn-study-fr", "fr", "crs-points", "combien de points en plus pour un DEC de 1 an fait au Canada ?", [pts(ADDITIONAL.canadianStudyShort)]),
  make("t-cdn-study-fr", "fr", "crs-points", "j'ai un bac de 4 ans au Canada, ça donne combien de points supplémentaires ?", [pts(ADDITIONAL.canadianStudyLong)]),
];

const coq = [
  make("t-coq-en", "en", "crs-points", "points for a certificate of qualification with CLB 7 in everything", [pts(coqPoints(7))]),
  make("t-coq-en", "en", "crs-points", "certificate of qualification + clb 5 how many pts", [pts(coqPoints(5))], { typo: true }),
  make("t-coq-fr", "fr", "crs-points", "certificat de qualification avec NCLC 6 partout, combien de points ?", [pts(coqPoints(6))]),
];

const frenchBonus = [
  make("t-french-bonus-fr", "fr", "crs-points", "NCLC 7 en français et CLB 5 en anglais, combien de points bonus ?", [pts(ADDITIONAL.frenchWithEnglish)]),
  make("t-french-bonus-fr", "fr", "crs-points", "j'ai NCLC 8 en français mais pas de test d'anglais, j'ai droit à combien de points en plus ?", [pts(ADDITIONAL.frenchOnly)]),
  make("t-french-bonus-en", "en", "crs-points", "I have NCLC 7 french and CLB 9 english, how much is the french bonus", [pts(ADDITIONAL.frenchWithEnglish)]),
];

const nominationSibling = [
  make("t-additional-en", "en", "crs-points", "how much does a PNP nomination add to my CRS?", [pts(ADDITIONAL.nomination)]),
  make("t-additional-fr", "fr", "crs-points", "ma sœur est résidente permanente au Canada, ça donne des points ?", [pts(ADDITIONAL.sibling)]),
];

const scoreToClb = [
  make("t-ielts-clb-en", "en", "clb", "IELTS L7.5 R6.5 W6.5 S6.5 what CLB is that", levelFacts("ielts", { listening: 7.5, reading: 6.5, writing: 6.5, speaking: 6.5 })),
  make("t-ielts-clb-en", "en", "clb", "IELTS 6.5 in all, what's my CLB?", levelFacts("ielts", { listening: 6.5, reading: 6.5, writing: 6.5, speaking: 6.5 })),
  make("t-ielts-clb-en", "en", "clb", "ielts L8 R7 W7 S7 clb?", levelFacts("ielts", { listening: 8, reading: 7, writing: 7, speaking: 7 }), { typo: true }),
  make("t-celpip-clb-en", "en", "clb", "celpip 10 10 9 9 what clb is it", levelFacts("celpip", { listening: 10, reading: 10, writing: 9, speaking: 9 }), { typo: true }),
  make("t-pte-clb-en", "en", "clb", "PTE Core listening 75 reading 70 writing 80 speaking 77, which CLB?", levelFacts("pte", { listening: 75, reading: 70, writing: 80, speaking: 77 })),
  make("t-tef-clb-fr", "fr", "clb", "TEF 450 en compréhension orale c'est quel NCLC ?", levelFacts("tef", { listening: 450 })),
  make("t-tef-clb-fr", "fr", "clb", "TEF Canada : CO 520, CE 470, EE 430, EO 460, ça fait quel NCLC ?", levelFacts("tef", { listening: 520, reading: 470, writing: 430, speaking: 460 })),
  make("t-tcf-clb-fr", "fr", "clb", "TCF Canada compréhension écrite 500, expression orale 12, quel niveau NCLC ?", levelFacts("tcf", { reading: 500, speaking: 12 })),
  make("t-tcf-clb-fr", "fr", "clb", "tcf 14 en expression ecrite = nclc combien", levelFacts("tcf", { writing: 14 }), { typo: true }),
];

const oneYear: Fact = { any: ["1 year", "one year", "12 months", "1,560", "1 an", "un an", "12 mois"] };
const programMin = [
  make("t-cec-months-en", "en", "program-min", "can I apply to CEC with 10 months of canadian experience?", [oneYear]),
  make("t-cec-months-en", "en", "program-min", "is 8 months of work in canada enough for CEC", [oneYear]),
  make("t-cec-months-fr", "fr", "program-min", "est-ce que 9 mois d'expérience au Canada suffisent pour la CEC ?", [oneYear]),
  make("t-fsw-min-en", "en", "program-min", "FSW with 1 year of experience, is that enough? what's the minimum language", [oneYear, `CLB ${PROGRAM_MIN.fsw.clb}`]),
  make("t-fsw-min-fr", "fr", "program-min", "quelles sont les conditions minimales du programme des travailleurs qualifiés (fédéral) ?", [`CLB ${PROGRAM_MIN.fsw.clb}`, String(PROGRAM_MIN.fsw.passMark)]),
  make("t-fst-min-en", "en", "program-min", "what are the minimum requirements for the federal skilled trades program?", [{ any: ["2 years", "two years", "3,120"] }, `CLB ${PROGRAM_MIN.fst.clbSpeakListen}`]),
  make("t-fst-min-fr", "fr", "program-min", "combien d'années d'expérience pour le PTMSF ?", [{ any: ["2 ans", "deux ans", "3 120"] }, { any: ["5 ans", "cinq ans", "5 dernieres"] }]),
  make("t-fsw-67-en", "en", "fsw-grid", "what's the pass mark for FSW points grid", [String(PROGRAM_MIN.fsw.passMark)]),
  make("t-fsw-67-fr", "fr", "fsw-grid", "il faut combien de points sur la grille des 100 points pour le fédéral travailleurs qualifiés ?", [String(PROGRAM_MIN.fsw.passMark)]),
];

const pof = each([1, 3, 4, 2, 6], (n, i) => {
  const facts: Fact[] = [String(pofFor(n)), POF_EFFECTIVE];
  const not = [String(POF_PREVIOUS[n - 1]!)];
  return i % 2 === 0
    ? make("t-pof-en", "en", "pof", `proof of funds for a family of ${n}?`, facts, { not })
    : make("t-pof-fr", "fr", "pof", `preuve de fonds pour une famille de ${n} personnes ?`, facts, { not });
});

const fees = [
  make("t-fees-en", "en", "fees", "how much is the right of permanent residence fee?", [String(FEES.rprf)]),
  make("t-fees-en", "en", "fees", "biometrics fee for a family?", [String(FEES.biometricsFamily)]),
  make("t-fees-fr", "fr", "fees", "combien coûtent les frais de traitement pour le demandeur principal ?", [String(FEES.processing)]),
];

const process = [
  make("t-profile-valid-en", "en", "process", "how long is my express entry profile valid?", [{ any: [`${PROCESS.profileMonths} months`, "one year", "1 year"] }]),
  make("t-profile-valid-fr", "fr", "process", "mon profil entrée express expire après combien de temps ?", [{ any: [`${PROCESS.profileMonths} mois`, "un an", "1 an"] }]),
  make("t-ita-deadline-en", "en", "process", "how many days do I have to submit after ITA?", [`${PROCESS.daysToApply} days`]),
  make("t-ita-deadline-fr", "fr", "process", "après l'invitation j'ai combien de temps pour envoyer ma demande ?", [`${PROCESS.daysToApply} jours`]),
  make("t-medical-en", "en", "process", "do I need a medical exam for express entry?", ["medical"]),
  make("t-police-fr", "fr", "process", "faut-il des certificats de police pour la RP ?", ["police"]),
  make("t-biometrics-en", "en", "process", "do i need to give biometrics and how much", [String(FEES.biometrics)], { typo: true }),
];

const categories = [
  make("t-category-en", "en", "category", "is there a researchers category in 2026?", [{ any: ["researcher", "chercheur"] }, { any: ["2026", ...CATEGORY_2026.researchers] }], { not: [NOT_CURRENT] }),
  make("t-category-en", "en", "category", "which NOC codes are in the physicians category", [...CATEGORY_2026.physicians]),
  make("t-category-fr", "fr", "category", "la catégorie STIM existe encore en 2026 ?", [STEM_2026], { not: [NOT_CURRENT] }),
  make("t-category-fr", "fr", "category", "combien de mois d'expérience pour les catégories en 2026 ?", [`${CATEGORY_2026.experienceMonths} mois`]),
];

const pnp = [
  make("t-pnp-en", "en", "pnp", "if I get a provincial nomination through express entry how much is my crs boosted", [pts(ADDITIONAL.nomination)]),
  make("t-pnp-fr", "fr", "pnp", "c'est quoi l'avantage d'une nomination provinciale dans entrée express ?", [pts(ADDITIONAL.nomination)]),
];

const reform = [
  make("t-reform-en", "en", "reform", "is FSW being abolished in the 2026 reform?", [PROPOSED]),
  make("t-reform-fr", "fr", "reform", "c'est vrai que la CEC va disparaître avec la réforme 2026 ?", [PROPOSED]),
];

const unsure = [
  make("t-unsure-en", "en", "unsure", "how do I renew my PGWP online?", [UNSURE]),
  make("t-unsure-en", "en", "unsure", "what's the exchange rate CAD to INR today", [UNSURE]),
  make("t-unsure-fr", "fr", "unsure", "comment je fais pour inscrire mon fils à la garderie à Laval ?", [UNSURE]),
  make("t-unsure-fr", "fr", "unsure", "quel est le meilleur forfait cellulaire au Québec ?", [UNSURE]),
];

// ---- Long chatty messages with the question in the middle -------------------------------------------

const cec = latest(select({ cat: "cec" }))!;
const chatty = [
  make("t-chatty-en", "en", "latest", `hey everyone, been lurking here for months, finally got my ECA back last week 🙏 quick one — what was the cutoff in the last CEC draw? trying to figure out if I should retake IELTS. thanks and good luck all!`, [rid(cec), String(cec.crs)]),
  make("t-chatty-en", "en", "pof", `ok so me and my wife plus our 2 kids are planning FSW, we have some savings but not sure it's enough. how much proof of funds do we need for 4 people? sorry if this was asked before`, [String(pofFor(4)), POF_EFFECTIVE]),
  make("t-chatty-fr", "fr", "crs-points", `Bonjour à tous, je suis au Maroc et je prépare mon profil depuis 3 mois. Ma question : combien de points je gagne avec NCLC 7 en français et CLB 5 en anglais ? Merci d'avance, vous êtes super`, [pts(ADDITIONAL.frenchWithEnglish)]),
  make("t-chatty-fr", "fr", "aggregate", `Salut le groupe ! Petite question pour les connaisseurs, on m'a dit que les PEC ont été nombreux cette année : il y a eu combien de tirages PEC en 2025 ? Je stresse un peu, merci`, [roundsFact(select(yearSlice(2025, "cec")).length)]),
];

const transferability = [
  make("t-transfer-en", "en", "crs-points", "skill transferability points for a master's with CLB 9 in all abilities?", [pts(educationCombo("multi", languageTier(9), 0))]),
  make("t-transfer-en", "en", "crs-points", "how many transferability points do I get with 3 years foreign experience and CLB 7 in everything", [pts(foreignCombo(3, languageTier(7), 0))]),
  make("t-transfer-fr", "fr", "crs-points", "points de transférabilité pour un baccalauréat et 1 an d'expérience canadienne ?", [pts(educationCombo("single", 0, 1))]),
  make("t-transfer-fr", "fr", "crs-points", "2 ans d'expérience à l'étranger et 2 ans au Canada, combien en transférabilité ?", [pts(foreignCombo(2, 0, 2))]),
];

const fswGrid = [
  make("t-fsw-age-en", "en", "fsw-grid", "how many FSW grid points for age 38?", [pts(fswAgePoints(38))]),
  make("t-fsw-age-fr", "fr", "fsw-grid", "combien de points pour l'expérience de travail dans la grille FSW avec 4 ans ?", [pts(fswExperiencePoints(4))]),
];

const teer: Fact = { any: ["TEER 0, 1, 2", "TEER 0-3", "TEER 0 to 3", "TEER 0 a 3", "FEER 0-3", "FEER 0 a 3", "0, 1, 2 or 3", "0, 1, 2 ou 3"] };
const basics = [
  make("t-teer-en", "en", "process", "which TEER levels count as skilled work for express entry?", [teer]),
  make("t-teer-fr", "fr", "process", "quelles catégories FEER comptent comme travail qualifié ?", [teer]),
  make("t-decline-en", "en", "process", "what happens if I decline my ITA?", [{ any: ["pool", "bassin"] }]),
  make("t-transport-codes-fr", "fr", "category", "quels codes CNP sont dans la catégorie transport en 2026 ?", [...CATEGORY_2026.transport]),
];

// ---- Typos and slang --------------------------------------------------------------------------------

const typos = [
  ...each([["cec", 2025], ["french", 2026], ["pnp", 2025]] as const, ([cat, year]) => {
    const lo = extreme(select(yearSlice(year, cat)), (r) => r.crs, "min");
    return make("t-typo-lowest-en", "en", "record", `lowst ${C[cat]!.en.toLowerCase()} cutof in ${year} ??`, [String(lo.value)], { typo: true });
  }),
  ...each([2024, 2025], (year) => make("t-typo-total-since-en", "en", "aggregate", `total itas snce ${year} till now?`, [String(sum(select({ from: `${year}-01-01` })))], { typo: true })),
  ...each([["cec", 2026], ["french", 2024]] as const, ([cat, year]) =>
    make("t-typo-count-fr", "fr", "aggregate", `cmb de tirage ${C[cat]!.fr.toLowerCase()} en ${year} ??`, [roundsFact(select(yearSlice(year, cat)).length)], { typo: true })),
  ...each([3, 5], (n) => make("t-typo-pof-en", "en", "pof", `pof for famly of ${n} how much`, [String(pofFor(n))], { typo: true })),
  ...each([2, 4], (n) => make("t-typo-pof-fr", "fr", "pof", `preuve de fond famile de ${n} cb ?`, [String(pofFor(n))], { typo: true })),
  make("t-typo-clb-en", "en", "clb", "ielts 7 7 7 7 = clb wat", levelFacts("ielts", { listening: 7, reading: 7, writing: 7, speaking: 7 }), { typo: true }),
  make("t-typo-clb-en", "en", "clb", "celpip 8 evrywhere clb?", levelFacts("celpip", { listening: 8, reading: 8, writing: 8, speaking: 8 }), { typo: true }),
  make("t-typo-clb-fr", "fr", "clb", "tef co 470 ce 470 ee 480 eo 500 nclc koi", levelFacts("tef", { listening: 470, reading: 470, writing: 480, speaking: 500 }), { typo: true }),
  make("t-typo-next-en", "en", "next", "nxt draw wen??", [NO_SCHEDULE], { typo: true }),
  make("t-typo-next-fr", "fr", "next", "le prochain tirrage c qd", [NO_SCHEDULE], { typo: true }),
  make("t-typo-fees-en", "en", "fees", "rprf fee how much nowadays", [String(FEES.rprf)], { typo: true }),
  make("t-typo-ita-fr", "fr", "process", "jai recu mon ita, cmb de jours pour deposer", [`${PROCESS.daysToApply} jours`], { typo: true }),
  make("t-typo-profile-en", "en", "process", "how lng does my ee profile stay in the pool", [{ any: [`${PROCESS.profileMonths} months`, "one year", "1 year"] }], { typo: true }),
  make("t-typo-spouse-en", "en", "crs-points", "hubby has 2 yrs cdn exp, how many pts for me", [pts(SPOUSE_CANADIAN_WORK[2])], { typo: true, not: [String(CANADIAN_WORK[2]![0])] }),
  make("t-typo-sibling-fr", "fr", "crs-points", "mon frere vit au canada il est citoyen ca donne des pts ?", [pts(ADDITIONAL.sibling)], { typo: true }),
  make("t-typo-reform-en", "en", "reform", "heard cec n fsw r getting merged into 1 program?? legit?", [PROPOSED], { typo: true }),
  make("t-typo-cec-fr", "fr", "program-min", "6 mois dexp au canada c assez pr la pec ?", [oneYear], { typo: true }),
  make("t-typo-stem-en", "en", "category", "stem draws still a thing in 2026 or nah", [STEM_2026], { typo: true, not: [NOT_CURRENT] }),
  make("t-typo-unsure-en", "en", "unsure", "yo whats the best shawarma spot in mississauga lol", [UNSURE], { typo: true }),
  make("t-typo-unsure-fr", "fr", "unsure", "kelle heure il é a vancouver", [UNSURE], { typo: true }),
];

export const TUNING_GENERATED: EvalCase[] = [
  ...latestInYear, ...lowestInYear, ...highestEver, ...largestInYear, ...smallestEver, ...averageCutoff, ...totalSince, ...countInYear,
  ...lastMonthsCases, ...longestGap, ...typicalGap, ...nextDraw, ...daysSince, ...freshness, ...byDate, ...roundByNumber,
  ...secondLanguage, ...spouseLanguage, ...spouseEducation, ...spouseWork, ...canadianCredential, ...coq, ...frenchBonus, ...nominationSibling,
  ...scoreToClb, ...programMin, ...pof, ...fees, ...process, ...categories, ...pnp, ...reform, ...unsure, ...chatty, ...typos, ...transferability, ...fswGrid, ...basics,
];

export const TUNING: EvalCase[] = [...LEGACY_CASES, ...TUNING_GENERATED, ...RETIRED_HELD_OUT, ...TUNING_FRESH, ...TUNING_KNOWLEDGE, ...TUNING_TRICKY];
