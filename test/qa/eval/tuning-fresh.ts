import { anyOf, daysFact, levelFacts, NO_SCHEDULE, NOT_CURRENT, pointsFact as pts, PROPOSED, roundsFact, STALE, STEM_2026, UNSURE } from "./build.ts";
import {
  averageFact, days, extreme, lastMonths, latest, longestWaits, mean, ROUNDS, rid, select, sum, typicalGaps, yearSlice, type Slice,
} from "./rounds-facts.ts";
import {
  ADDITIONAL, AGE_POINTS, CANADIAN_WORK, CATEGORY_2026, coqPoints, EDUCATION, educationCombo, FEES, firstLanguagePoints, foreignCombo, fswAgePoints,
  fswExperiencePoints, pofFor, PROCESS, PROGRAM_MIN, REFORM, secondLanguageTotal, SPOUSE_CANADIAN_WORK, SPOUSE_EDUCATION, spouseLanguagePoints,
} from "./rules-facts.ts";
import { EVAL_NOW, type EvalCase, type Fact, type Kind } from "./types.ts";

/**
 * Fresh tuning questions written one by one from the users' side (issue #11): the way people ask in Express Entry
 * Telegram/Discord groups, r/ImmigrationCanada and French-speaking groups — chatty, abbreviated, with typos, SMS
 * French and code-switching — rather than template × slot values. Written without reading the engine or the other
 * eval questions. Every expected value is computed from the snapshot (rounds-facts.ts) or the transcribed rules
 * (rules-facts.ts), never typed by hand.
 */

type Opts = { typo?: boolean; not?: Fact[]; clock?: "now" | "late" };
const c = (lang: "en" | "fr", kind: Kind, q: string, facts: Fact[], o: Opts = {}): EvalCase => ({
  q, lang, kind, facts, template: `n-fresh-${kind}`, ...(o.typo ? { typo: true } : {}), ...(o.not ? { not: o.not } : {}), ...(o.clock ? { clock: o.clock } : {}),
});
const en = (kind: Kind, q: string, facts: Fact[], o?: Opts) => c("en", kind, q, facts, o);
const fr = (kind: Kind, q: string, facts: Fact[], o?: Opts) => c("fr", kind, q, facts, o);

function must<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`tuning-fresh: no value for ${what}`);
  return x;
}

// ---- round data, computed from the snapshot ----
const R = (id: string) => must(ROUNDS.find((r) => r.id === id), `round ${id}`);
const on = (date: string) => must(ROUNDS.find((r) => r.date === date), `round on ${date}`);
const last = (s: Slice = {}) => must(latest(select(s)), `latest of ${JSON.stringify(s)}`);
const first = (s: Slice) => must(select(s)[0], `first of ${JSON.stringify(s)}`);
/** The round identified either way people (and the engine) name it. */
const which = (r: { id: string; date: string }) => anyOf(`#${r.id}`, r.date);
const crs = (r: { crs: number }) => String(r.crs);
const size = (r: { size: number }) => String(r.size);
/** A record: its value, and which round reached it when only one did. */
function record(s: Slice, value: "crs" | "size", dir: "min" | "max"): Fact[] {
  const e = extreme(select(s), (r) => r[value], dir);
  return e.unique ? [String(e.value), which(e.unique)] : [String(e.value)];
}
const count = (s: Slice) => roundsFact(select(s).length);
const total = (s: Slice) => String(sum(select(s)));
const avgCrs = (s: Slice) => averageFact(mean(select(s).map((r) => r.crs)));
const avgSize = (s: Slice) => averageFact(mean(select(s).map((r) => r.size)));
const since = (r: { date: string }) => daysFact(days(r.date, EVAL_NOW));
const y = yearSlice;
const NEWEST = last();
const POOL = must(NEWEST.pool ?? undefined, "pool of the newest round");
const band = (min: number) => String(must(POOL.bands.find((b) => b.min === min), `pool band ${min}`).count);

// ---- rules ----
const age = (a: number, spouse: boolean) => pts(AGE_POINTS[a]![spouse ? 0 : 1]);
const yes = anyOf("yes", "oui", "still", "toujours");
const NOT_REQUIRED: Fact = anyOf("not required", "not needed", "don't need", "do not need", "no need", "exempt", "pas besoin", "pas requis", "pas obligatoire", "pas exig", "n'est pas exig", "n'avez pas besoin", "n'as pas besoin", "dispens");
const NOMINATION = pts(ADDITIONAL.nomination);
/** The FST reading/writing level, however it is worded beside the speaking/listening one. */
const readWrite = (n: number) => anyOf(`CLB ${n}`, ...["in reading", "for reading", "in writing", "for writing", "en lecture", "en écriture", "en compréhension de l'écrit", "en expression écrite"].map((w) => `${n} ${w}`));
/** The CEC level for TEER 2–3 work, stated as a level or beside "TEER 2". */
const teer23 = (n: number) => anyOf(`CLB ${n}`, `${n} for TEER 2`, `${n} pour TEER 2`, `${n} pour les TEER 2`, `${n} for TEER 3`, `${n} pour TEER 3`);
const YEAR_1 = anyOf("1 year", "one year", "12 months", "1 an", "un an", "12 mois", "1560", "1 560");

/** First batch: every kind, as the community asks. */
const BATCH_1: EvalCase[] = [
  // latest overall
  en("latest", "whats the latest draw? cutoff?", [crs(NEWEST), which(NEWEST)], { typo: true }),
  fr("latest", "Salut tout le monde, quelqu'un sait c'était quoi le dernier tirage Entrée express ? Le score minimum et combien d'invitations ?", [crs(NEWEST), size(NEWEST)]),
  fr("latest", "dernier tirage c koi le score stp", [crs(NEWEST)], { typo: true }),
  en("latest", "Did IRCC run anything recently? What was the most recent round of invitations", [crs(NEWEST), which(NEWEST)]),
  // latest per category
  en("latest", "last CEC draw cutoff?", [crs(last({ cat: "cec" }))]),
  fr("latest", "Le dernier tirage PEC c'était combien de points svp", [crs(last({ cat: "cec" }))]),
  en("latest", "Hey guys, I've been in the pool since March with 498 and I'm CEC... anyone know when the last CEC-only round was and what the cutoff was? trying to figure out if I even have a chance lol",
    [crs(last({ cat: "cec" })), which(last({ cat: "cec" }))]),
  fr("latest", "dernier tirage francophone, score minimum ?", [crs(last({ cat: "french" }))]),
  en("latest", "when was the most recent healthcare draw", [which(last({ cat: "healthcare" })), crs(last({ cat: "healthcare" }))]),
  fr("latest", "Le dernier tirage de la catégorie métiers (trade occupations) date de quand ?", [which(last({ cat: "trades" }))]),
  en("latest", "last PNP draw how many ITAs", [size(last({ cat: "pnp" }))]),
  fr("latest", "dernier tirage pcp cb d'ITA", [size(last({ cat: "pnp" }))], { typo: true }),
  en("latest", "When did they last do a STEM draw? Feels like forever", [which(last({ cat: "stem" })), crs(last({ cat: "stem" }))]),
  fr("latest", "c'était quand le dernier tirage pour les médecins ?", [which(last({ cat: "physicians" }))]),
  en("latest", "most recent senior managers round - cutoff and size?", [crs(last({ cat: "senior-managers" })), size(last({ cat: "senior-managers" }))]),
  // latest per year, first of a year
  en("latest", "what was the last draw of 2025", [which(last(y(2025))), crs(last(y(2025)))]),
  fr("latest", "le dernier tirage PEC de 2024 c'était quoi le cutoff", [crs(last(y(2024, "cec")))]),
  en("round", "first draw of 2026? what was the score", [which(first(y(2026))), crs(first(y(2026)))]),
  // a round by number or date
  en("round", "draw #350 details?", [crs(R("350")), size(R("350"))]),
  fr("round", "Le tirage numéro 300 c'était quel score minimum ?", [crs(R("300"))]),
  en("round", "wat was the cutof in round 400", [crs(R("400"))], { typo: true }),
  en("round", "was there a draw on march 5 2026? whats the score", [crs(on("2026-03-05"))], { typo: true }),
  fr("round", "Le tirage du 7 août 2026, il y a eu combien d'invitations ?", [size(on("2026-08-07"))]),
  en("round", "the draw on 2025-11-28, the French one right? what was the min score", [crs(on("2025-11-28"))]),
  // records
  en("record", "lowest crs cut off ever??", record({}, "crs", "min"), { typo: true }),
  fr("record", "Quel est le plus gros tirage de l'histoire d'Entrée express ?", record({}, "size", "max")),
  en("record", "highest cutoff for a CEC draw in 2026", record(y(2026, "cec"), "crs", "max")),
  fr("record", "le score le plus bas pour un tirage francophone en 2025 ?", record(y(2025, "french"), "crs", "min")),
  en("record", "lowest cec cutof since 2023??", record({ cat: "cec", from: "2023-01-01" }, "crs", "min"), { typo: true }),
  fr("record", "Le plus petit tirage de 2026 c'était lequel ?", record(y(2026), "size", "min")),
  en("record", "biggest all-program (no category) draw in 2024", record(y(2024, "general"), "size", "max")),
  fr("record", "quel a été le score le plus élevé d'un tirage PCP en 2026", record(y(2026, "pnp"), "crs", "max")),
  en("record", "highest healthcare cutoff evr?", record({ cat: "healthcare" }, "crs", "max"), { typo: true }),
  // totals, counts, averages
  en("aggregate", "how many ITAs were issued in total in 2025", [total(y(2025))]),
  fr("aggregate", "combien de tirages en 2026 jusqu'à maintenant ?", [count(y(2026))]),
  en("aggregate", "how many french draws so far this yr", [count(y(2026, "french"))], { typo: true }),
  fr("aggregate", "Moyenne du score minimum des tirages PEC en 2026 ?", [avgCrs(y(2026, "cec"))]),
  en("aggregate", "total invitations sent to healthcare workers since that category started", [total({ cat: "healthcare" })]),
  fr("aggregate", "cb d'invitations en tout pour les francophones en 2025", [total(y(2025, "french"))], { typo: true }),
  en("aggregate", "average draw size in 2026?", [avgSize(y(2026))]),
  en("aggregate", "How many CEC draws were there in 2025 and how many people got invited through them?", [count(y(2025, "cec")), total(y(2025, "cec"))]),
  fr("aggregate", "Depuis janvier 2024, combien d'invitations ont été envoyées au total ?", [total({ from: "2024-01-01" })]),
  en("aggregate", "how many CEC rounds in the last 3 months?", [roundsFact(must(lastMonths(3, EVAL_NOW, "cec"), "last 3 months of CEC").length)]),
  // gaps
  en("gap", "how often were CEC draws this year? like every 2 weeks or what", [daysFact(...typicalGaps(y(2026, "cec")))]),
  fr("gap", "Quel a été le plus long écart entre deux tirages en 2025 ?", [daysFact(...longestWaits(y(2025), EVAL_NOW))]),
  en("gap", "longest gap between two draws ever?", [daysFact(...longestWaits({}, EVAL_NOW))]),
  fr("gap", "en général il y a combien de jours entre deux tirages francophones cette année ?", [daysFact(...typicalGaps(y(2026, "french")))]),
  // next draw
  en("next", "so when's the next draw gonna be", [NO_SCHEDULE], { typo: true }),
  fr("next", "prochain tirage c quand svp", [NO_SCHEDULE], { typo: true }),
  en("next", "anyone know if there's a draw this wednesday?? my cousin said IRCC always does them on wednesdays and i've been refreshing the page since 9am", [NO_SCHEDULE], { typo: true }),
  fr("next", "Est-ce qu'on sait quand aura lieu le prochain tirage PEC ?", [NO_SCHEDULE]),
  // days since, freshness, pool
  en("days-since", "how many days since the last draw happend", [since(NEWEST)], { typo: true }),
  fr("days-since", "ça fait combien de jours depuis le dernier tirage PEC ?", [since(last({ cat: "cec" }))]),
  en("freshness", "latest draw results?", [STALE, anyOf(rid(NEWEST), crs(NEWEST))], { clock: "late" }),
  fr("freshness", "c'est quoi le dernier tirage", [STALE, anyOf(rid(NEWEST), crs(NEWEST))], { clock: "late" }),
  en("pool", "how many people are in the pool right now", [String(POOL.total)]),
  fr("pool", "Combien de candidats entre 501 et 600 dans le bassin ?", [band(501)]),

  // CRS single factors
  en("crs-points", "how many points for age 31? single", [age(31, false)], { not: [pts(AGE_POINTS[31]![0])] }),
  fr("crs-points", "J'ai 34 ans et je suis marié (ma femme vient avec moi), combien de points pour l'âge ?", [age(34, true)], { not: [pts(AGE_POINTS[34]![1])] }),
  en("crs-points", "master degree how many crs pts if im single", [pts(EDUCATION.masters[1])], { typo: true }),
  fr("crs-points", "points pour un doctorat avec conjoint", [pts(EDUCATION.doctoral[0])]),
  en("crs-points", "points for my wife's master's if I'm 31 with CLB 9", [pts(SPOUSE_EDUCATION.masters)]),
  fr("crs-points", "Je suis francophone (NCLC 9), et en anglais j'ai CLB 7 partout. Ça me donne combien pour la deuxième langue ?", [pts(secondLanguageTotal([7, 7, 7, 7], false))], { not: [pts(firstLanguagePoints(7, false))] }),
  en("crs-points", "French bonus if I have NCLC 7 in French and CLB 9 in English?", [pts(ADDITIONAL.frenchWithEnglish)]),
  fr("crs-points", "1 an d'expérience canadienne ça donne combien, célibataire", [pts(CANADIAN_WORK[1]![1])]),
  en("crs-points", "3 yrs canadian work exp with spouse coming along, points?", [pts(CANADIAN_WORK[3]![0])], { typo: true }),
  en("crs-points", "Does a job offer still give CRS points? I have an LMIA-approved offer, TEER 2", [anyOf("0 points", "no points", "0 crs", "zero", "no longer", "not anymore", "removed"), ADDITIONAL.jobOfferSince]),
  fr("crs-points", "Mon frère vit à Toronto, il est citoyen canadien. Ça me donne des points ?", [pts(ADDITIONAL.sibling)]),
  en("crs-points", "pnp nomination how much pts", [NOMINATION], { typo: true }),
  fr("crs-points", "Les points bonus pour études au Canada avec un diplôme de 2 ans du collège, c'est combien ?", [pts(ADDITIONAL.canadianStudyShort)]),
  en("crs-points", "what's CLB 9 worth per ability in the first language, no spouse", [pts(firstLanguagePoints(9, false))], { not: [pts(firstLanguagePoints(9, true))] }),
  fr("crs-points", "Ma conjointe a CLB 9 partout en anglais, ça rapporte combien à mon score ?", [pts(4 * spouseLanguagePoints(9))]),
  en("crs-points", "age 40 crs pts married", [age(40, true)], { typo: true }),
  en("crs-points", "points for CLB 10 in all four english abilities, no spouse", [pts(4 * firstLanguagePoints(10, false))]),
  fr("crs-points", "certificat de qualification + NCLC 7 partout, combien de points de transférabilité ?", [pts(coqPoints(7))]),
  en("crs-points", "bachelor's + CLB 9 in everything, how many skill transferability points for the education + language combo?", [pts(educationCombo("single", 2, 0))], { not: [pts(educationCombo("multi", 2, 0))] }),
  fr("crs-points", "3 ans d'expérience à l'étranger et CLB 9 partout, ça donne combien en transférabilité ?", [pts(foreignCombo(3, 2, 0))]),
  en("crs-points", "my husband worked 1 year in Canada (he's coming with me), how many points does that add", [pts(SPOUSE_CANADIAN_WORK[1])]),
  fr("crs-points", "j ai 45 ans cb de points pour lage", [pts(AGE_POINTS[45]![1])], { typo: true }),

  // test score → CLB/NCLC
  en("clb", "IELTS L 8 R 7 W 7 S 6.5 what CLB is that", levelFacts("ielts", { listening: 8, reading: 7, writing: 7, speaking: 6.5 })),
  fr("clb", "TEF : CO 450, CE 420, EE 480, EO 500, ça fait quel NCLC ?", levelFacts("tef", { listening: 450, reading: 420, writing: 480, speaking: 500 })),
  en("clb", "celpip 9 9 8 10 clb?", levelFacts("celpip", { listening: 9, reading: 9, writing: 8, speaking: 10 }), { typo: true }),
  fr("clb", "TCF Canada : écrit 12, oral 14, CO 510, CE 460, c'est NCLC combien ?", levelFacts("tcf", { writing: 12, speaking: 14, listening: 510, reading: 460 })),
  en("clb", "PTE core 79 in reading, what CLB", levelFacts("pte", { reading: 79 })),
  fr("clb", "IELTS 6 partout ça donne CLB 7 ou pas ?", levelFacts("ielts", { listening: 6, reading: 6, writing: 6, speaking: 6 })),
  en("clb", "is IELTS listening 7.5 CLB 8 or 9?", levelFacts("ielts", { listening: 7.5 })),

  // program minimums, FSW grid
  en("program-min", "min clb for fsw??", [`CLB ${PROGRAM_MIN.fsw.clb}`], { typo: true }),
  fr("program-min", "Pour le PEC il faut combien d'expérience canadienne minimum ?", [YEAR_1]),
  en("program-min", "FST language requirement?", [`CLB ${PROGRAM_MIN.fst.clbSpeakListen}`, readWrite(PROGRAM_MIN.fst.clbReadWrite)]),
  fr("fsw-grid", "TQF : la note de passage sur la grille de 100 points c'est combien ?", [String(PROGRAM_MIN.fsw.passMark)]),
  en("fsw-grid", "fsw 67 grid points for age 39?", [pts(fswAgePoints(39))]),
  fr("fsw-grid", "grille des 67 points, 5 ans d'expérience ça donne combien", [pts(fswExperiencePoints(5))]),
  en("program-min", "CEC language min if my job is TEER 3", [teer23(PROGRAM_MIN.cec.clbTeer23)]),

  // proof of funds
  en("pof", "how much proof of funds for a family of 4 (me, wife, 2 kids)?", [String(pofFor(4))]),
  fr("pof", "preuve de fonds pour une personne seule c'est combien maintenant", [String(pofFor(1))]),
  en("pof", "do i need POF for CEC", [NOT_REQUIRED], { typo: true }),
  fr("pof", "On est 3 (moi, ma femme et notre fils), combien il faut montrer comme fonds ?", [String(pofFor(3))]),

  // fees
  en("fees", "how much are the PR fees now for the principal applicant", [String(FEES.processing), String(FEES.rprf)]),
  fr("fees", "frais biometrie pr une famille c combien", [String(FEES.biometricsFamily)], { typo: true }),

  // process
  en("process", "how long do I have to submit after getting ITA", [daysFact(PROCESS.daysToApply)]),
  fr("process", "mon profil EE il reste valide cb de temps", [anyOf(`${PROCESS.profileMonths} mois`, "un an", "1 an")], { typo: true }),
  fr("process", "C'est qui qui fait la visite médicale pour la RP ? n'importe quel médecin ?", [anyOf("médecin désigné", "medecin designe", "médecins désignés", "panel physician", "médecin agréé", "medecin agree")]),
  en("process", "which countries do I need police certificates from", [anyOf("6 months", "six months"), anyOf("18")]),

  // 2026 categories
  en("category", "is STEM still a category in 2026?", [STEM_2026], { not: [NOT_CURRENT] }),
  fr("category", "C'est quoi les nouvelles catégories de 2026 ?", [anyOf("médecins", "physicians"), anyOf("cadres", "senior managers", "gestionnaires"), anyOf("chercheurs", "researchers"), anyOf("militaires", "military")]),
  en("category", "how much work experience do i need for category based draws now", [anyOf(`${CATEGORY_2026.experienceMonths} months`, "1 year", "one year")], { typo: true }),

  // PNP
  fr("pnp", "J'ai eu ma nomination de l'Ontario (OINP), ça ajoute combien à mon SCG ?", [NOMINATION]),
  en("pnp", "Got nominated by Alberta through AAIP!! how many points does that give me", [NOMINATION]),

  // reform
  en("reform", "is the federal high skilled class thing already in effect?", [PROPOSED]),

  // out of scope
  en("unsure", "whats the processing time for a study permit from India", [UNSURE]),
  fr("unsure", "Est-ce que je peux amener mon chat au Canada ?", [UNSURE]),
];

export const TUNING_FRESH: EvalCase[] = [...BATCH_1];

// Kept referenced for the second batch.
void [REFORM, yes];
