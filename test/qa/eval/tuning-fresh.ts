import { anyOf, daysFact, levelFacts, NO_SCHEDULE, NOT_CURRENT, pointsFact as pts, PROPOSED, roundsFact, STALE, STEM_2026, UNSURE } from "./build.ts";
import {
  averageFact, days, extreme, lastMonths, latest, longestWaits, mean, ROUNDS, rid, select, sum, typicalGaps, yearSlice, type Slice,
} from "./rounds-facts.ts";
import {
  ABILITIES, ADDITIONAL, AGE_POINTS, CANADIAN_WORK, CATEGORY_2026, clbOf, coqPoints, EDUCATION, educationCombo, FEES, firstLanguagePoints, foreignCombo, fswAgePoints,
  fswExperiencePoints, pofFor, PROCESS, PROCESS_MORE, PROGRAM_MIN, REFORM, secondLanguageTotal, SPOUSE_CANADIAN_WORK, SPOUSE_EDUCATION, spouseLanguagePoints,
  teerOf,
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
  en("next", "anyone know if there's a draw this wednesday?? my cousin said IRCC always does them on wednesdays and i've been refreshing the page since 9am", [NO_SCHEDULE], { typo: true }),
  fr("next", "Est-ce qu'on sait quand aura lieu le prochain tirage PEC ?", [NO_SCHEDULE]),
  // days since, freshness, pool
  en("days-since", "how many days since the last draw happend", [since(NEWEST)], { typo: true }),
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

/** Candidates in the newest pool between two scores (whole bands only). */
const poolBetween = (min: number, max: number) => String(POOL.bands.filter((b) => b.min >= min && b.max <= max).reduce((a, b) => a + b.count, 0));
const spouseIelts = (score: number) => ABILITIES.reduce((a, ab) => a + spouseLanguagePoints(clbOf("ielts", ab, score)), 0);
const teer = (code: string) => `TEER ${teerOf(code)}`;
const MONTHS_6 = (n: number) => anyOf(`${n} months`, `${n} mois`, n === 6 ? "six months" : `${n} mo`, n === 6 ? "six mois" : `${n} mo`);
/** A fact, or other wordings of it. */
const orSaid = (f: Fact, ...more: string[]): Fact => ({ any: [...(typeof f === "string" ? [f] : "any" in f ? f.any : []), ...more] });
/** "Not a 2026 category", in the ways an answer says it. */
const NOT_2026: Fact = orSaid(NOT_CURRENT, "ne fait pas partie", "not part of", "not among", "not one of");
/** An honest "not something I follow" for a question outside Express Entry. */
const NOT_TRACKED: Fact = orSaid(UNSURE, "ne suit pas", "doesn't track", "does not track", "not track");
const NO_LONGER: Fact = anyOf("removed", "no longer", "not in", "dropped", "retiré", "n'est plus", "plus dans", "ne fait plus");

/** Second batch: the rest of the spread, more long messages, more French and slang. */
const BATCH_2: EvalCase[] = [
  // latest
  fr("latest", "Bonjour à tous 👋 je suis nouvelle ici, je suis au Cameroun et j'ai un profil avec 452, NCLC 8 en français. Est-ce que quelqu'un peut me dire le score du dernier tirage francophone et combien de personnes ont été invitées ?",
    [crs(last({ cat: "french" })), size(last({ cat: "french" }))]),
  en("latest", "whats the latest education draw", [which(last({ cat: "education" })), crs(last({ cat: "education" }))], { typo: true }),
  fr("latest", "dernie tirage santé c'etait cmb le score", [crs(last({ cat: "healthcare" }))], { typo: true }),
  en("latest", "last transport occupations draw - how many invited?", [size(last({ cat: "transport" }))]),
  fr("latest", "Le dernier tirage général (tous programmes, sans catégorie) remonte à quand ?", [which(last({ cat: "general" }))]),
  en("latest", "what was the cutoff of the very last draw in 2024", [crs(last(y(2024)))]),
  fr("latest", "Dernier tirage PEC de l'année 2025, le score c'était combien ?", [crs(last(y(2025, "cec")))]),
  // a round by number or date
  en("round", "what happened in draw 200", [crs(R("200")), size(R("200"))]),
  fr("round", "tirage #250 combien d'invitations ?", [size(R("250"))]),
  en("round", "wats the tie break time for round 434", [must(R("434").tieBreak?.iso?.slice(0, 10), "tie-break of #434")], { typo: true }),
  fr("round", "Y a eu un tirage le 23 juillet 2026 ? C'était pour qui ?", [which(on("2026-07-23")), anyOf("militaires", "military", "militaire")]),
  // records
  en("record", "highest CRS cutoff ever recorded?", record({}, "crs", "max")),
  fr("record", "Le score le plus bas de toute l'histoire pour un tirage PEC ?", record({ cat: "cec" }, "crs", "min")),
  en("record", "biggest french-language draw ever", record({ cat: "french" }, "size", "max")),
  fr("record", "le plus gros tirage PEC en 2025 c combien d'invit", record(y(2025, "cec"), "size", "max"), { typo: true }),
  en("record", "What's the lowest score that got invited in a CEC draw in 2025?", record(y(2025, "cec"), "crs", "min")),
  en("record", "largest healthcare draw between 2024 and 2025?", record({ cat: "healthcare", from: "2024-01-01", to: "2025-12-31" }, "size", "max")),
  // totals, counts, averages
  en("aggregate", "total number of ITAs since express entry started in 2015?", [total({})]),
  fr("aggregate", "Combien de tirages PCP il y a eu en 2025 ?", [count(y(2025, "pnp"))]),
  en("aggregate", "avg cutoff for french draws 2025?", [avgCrs(y(2025, "french"))], { typo: true }),
  fr("aggregate", "en moyenne combien d'invitations par tirage PEC en 2025 ?", [avgSize(y(2025, "cec"))]),
  en("aggregate", "how many draws in the last 2 months, all types", [roundsFact(must(lastMonths(2, EVAL_NOW), "last 2 months").length)]),
  fr("aggregate", "Combien d'invitations au total ont été émises entre 2023 et 2025 ?", [total({ from: "2023-01-01", to: "2025-12-31" })]),
  en("aggregate", "How many draws did IRCC hold in 2023 in total?", [count(y(2023))]),
  // gaps
  en("gap", "on average how many days between PNP draws in 2025", [daysFact(...typicalGaps(y(2025, "pnp")))]),
  fr("gap", "Quel a été le plus long délai sans tirage PEC cette année ?", [daysFact(...longestWaits(y(2026, "cec"), EVAL_NOW))]),
  en("gap", "I keep hearing draws happen every two weeks but it feels way longer for healthcare. What's the longest stretch without a healthcare draw in 2026?",
    [daysFact(...longestWaits(y(2026, "healthcare"), EVAL_NOW))]),
  // next
  fr("next", "Bonjour, je voulais savoir si IRCC publie à l'avance les dates des tirages ? Je dois faire mon examen de langue et j'aimerais savoir si le prochain tirage est la semaine prochaine",
    [NO_SCHEDULE]),
  en("next", "next cec draw date?? pls", [NO_SCHEDULE], { typo: true }),
  // days since, freshness, pool
  en("days-since", "how long has it been since the last PNP draw", [since(last({ cat: "pnp" }))]),
  fr("days-since", "ca fait cb de jours depuis le dernier tirage des professions de santé", [since(last({ cat: "healthcare" }))], { typo: true }),
  en("freshness", "any new draws? whats the latest cec cutoff", [STALE, crs(last({ cat: "cec" }))], { typo: true, clock: "late" }),
  fr("freshness", "Il y a eu combien de jours depuis le dernier tirage ?", [STALE], { clock: "late" }),
  en("pool", "how many candidates have more than 500 points in the pool?", [poolBetween(501, 1200)]),
  fr("pool", "bassin EE : combien de profils entre 451 et 500 ?", [poolBetween(451, 500)]),

  // CRS single factors
  en("crs-points", "Hi all, quick one: I'm 27, single, bachelor's from Nigeria (ECA done), IELTS CLB 8 in all four. How many points do I get just for the language part?",
    [pts(4 * firstLanguagePoints(8, false))]),
  fr("crs-points", "Mon mari a une licence (bac+3) et il vient avec moi. Ça me donne combien de points pour son diplôme ?", [pts(SPOUSE_EDUCATION.bachelors)]),
  en("crs-points", "2 year diploma crs points w/o spouse", [pts(EDUCATION.two_year[1])], { typo: true }),
  fr("crs-points", "Combien de points pour 5 ans d'expérience au Canada si je suis célibataire ?", [pts(CANADIAN_WORK[5]![1])]),
  en("crs-points", "If I get NCLC 9 in all four on the TEF as my second language, how many points is that? I'm married and my wife is coming with me",
    [pts(secondLanguageTotal([9, 9, 9, 9], true))], { not: [pts(secondLanguageTotal([9, 9, 9, 9], false))] }),
  fr("crs-points", "g 29 ans celib cb de pts pr lage", [age(29, false)], { typo: true }),
  en("crs-points", "how many transferability points for a master's + CLB 7 in all four?", [pts(educationCombo("multi", 1, 0))]),
  fr("crs-points", "Et un baccalauréat canadien de 4 ans, ça donne combien de points bonus pour études au Canada ?", [pts(ADDITIONAL.canadianStudyLong)]),
  en("crs-points", "my wife has IELTS 7 in everything, what does that add to my CRS?", [pts(spouseIelts(7))]),
  en("crs-points", "im 36 and single how many age pts", [age(36, false)], { typo: true }),

  // test score → CLB/NCLC
  en("clb", "CELPIP 7 in all 4 = CLB 7 right?", levelFacts("celpip", { listening: 7, reading: 7, writing: 7, speaking: 7 })),
  fr("clb", "TEF Canada compréhension orale 503, c'est NCLC 9 ?", levelFacts("tef", { listening: 503 })),
  en("clb", "PTE Core: L 71 R 69 W 79 S 76, which CLB is that?", levelFacts("pte", { listening: 71, reading: 69, writing: 79, speaking: 76 })),
  fr("clb", "tcf expression orale 10/20 ca fait nclc cmb", levelFacts("tcf", { speaking: 10 }), { typo: true }),
  en("clb", "IELTS writing 6.5, what CLB?", levelFacts("ielts", { writing: 6.5 })),
  fr("clb", "J'ai passé le TEF Canada le mois dernier : CE 390, CO 470, EE 430, EO 460. Je voulais savoir si j'ai NCLC 7 partout pour avoir les points bonus francophones ?",
    levelFacts("tef", { reading: 390, listening: 470, writing: 430, speaking: 460 })),
  en("clb", "ielts L7 R6.5 W6 S6.5 -> clb??", levelFacts("ielts", { listening: 7, reading: 6.5, writing: 6, speaking: 6.5 }), { typo: true }),
  fr("clb", "TCF compréhension écrite 524, c'est quel niveau ?", levelFacts("tcf", { reading: 524 })),
  en("clb", "what's the min IELTS reading band for CLB 9?", levelFacts("ielts", { reading: 7 })),

  // program minimums, FSW grid
  en("program-min", "Does work I did as a full-time student count for CEC? I worked 20h a week during college", [anyOf("not count", "doesn't count", "does not count", "don't count", "do not count", "not eligible")]),
  fr("program-min", "TMSF (métiers spécialisés fédéral) : combien d'années d'expérience il faut ?", [anyOf("2 ans", "deux ans", "3120", "3 120", "2 years")]),
  fr("program-min", "Le TQF exige combien d'expérience de travail et dans les combien dernières années ?", [YEAR_1, anyOf(`${PROGRAM_MIN.fsw.window} ans`, `${PROGRAM_MIN.fsw.window} dernières années`, `${PROGRAM_MIN.fsw.window} years`)]),
  en("fsw-grid", "FSW grid: how many points do you get for a master's degree?", [pts(23)]),
  fr("fsw-grid", "Grille des 67 points : j'ai 41 ans, combien pour l'âge ?", [pts(fswAgePoints(41))]),
  en("fsw-grid", "for the 67 points, CLB 9 in all four gets how many language points?", [pts(24)]),
  fr("fsw-grid", "grille 67 pts: 2e langue nclc 5 partout ca donne cmb", [pts(4)], { typo: true }),
  en("fsw-grid", "max adaptability points in the fsw grid?", [orSaid(pts(10), "adaptability 10", "adaptabilité 10")]),
  en("fsw-grid", "FSW 67 grid: 3 years of experience = how many points", [pts(fswExperiencePoints(3))]),

  // proof of funds
  fr("pof", "Preuve de fonds pour un couple sans enfants ?", [String(pofFor(2))]),
  en("pof", "POF for family of 5?", [String(pofFor(5))]),
  en("pof", "We're a family of 8 (me, my husband and our 6 kids 😅) applying FSW, how much settlement funds do we need to show? the table online stops at 7",
    [String(pofFor(8))]),
  fr("pof", "on a une offre d'emploi et un permis de travail valide au canada, faut quand meme la preuve de fonds ?", [NOT_REQUIRED], { typo: true }),
  en("pof", "is the proof of funds for one person still 14,690?", [String(pofFor(1))]),
  fr("pof", "fonds minimum pour 6 personnes svp", [String(pofFor(6))]),

  // fees
  en("fees", "whats the RPRF now", [String(FEES.rprf)], { typo: true }),
  fr("fees", "Frais de traitement pour le demandeur principal en 2026 ?", [String(FEES.processing)]),
  en("fees", "biometrics fee for one person?", [String(FEES.biometrics)]),
  fr("fees", "Salut, j'ai reçu mon ITA la semaine passée 🎉 je suis seul, je voulais savoir combien je dois payer comme frais du gouvernement : frais de traitement et droit de résidence permanente ?",
    [String(FEES.processing), String(FEES.rprf)]),
  en("fees", "Did the PR application fee go up this year? It was 950 before", [String(FEES.processing), FEES.since]),
  fr("fees", "droit de RP c combien maintenant", [String(FEES.rprf)], { typo: true }),

  // process
  en("process", "I got an ITA yesterday!! how many days do I have to send the e-APR?", [daysFact(PROCESS.daysToApply)]),
  fr("process", "J'ai reçu une invitation mais je ne suis pas prêt, est-ce que je peux la refuser et rester dans le bassin ?", [anyOf("refuser", "décliner", "refus"), anyOf("bassin", "pool")]),
  en("process", "what happens if I decline my ITA", [anyOf("decline", "declining", "refuse"), anyOf("pool")]),
  en("process", "how long does an express entry profile stay in the pool", [anyOf(`${PROCESS.profileMonths} months`, "one year", "1 year")]),
  fr("process", "Certificat de police : j'ai vécu 8 mois au Maroc après mes 18 ans, il m'en faut un ?", [anyOf(`${PROCESS_MORE.policeMonths} mois`, "six mois")]),
  en("process", "how long does IRCC take to process an express entry PR application after AOR?", [MONTHS_6(PROCESS_MORE.standardMonths)]),
  fr("process", "Délai de traitement standard pour une demande de RP Entrée express ?", [MONTHS_6(PROCESS_MORE.standardMonths)]),
  en("process", "Up to what age does my kid count as a dependent child?", [anyOf(`under ${PROCESS_MORE.dependentUnder}`, `less than ${PROCESS_MORE.dependentUnder}`, `younger than ${PROCESS_MORE.dependentUnder}`)]),
  en("process", "do i need to do biometrics again if i gave them for my work permit 3 yrs ago", [anyOf(`${PROCESS_MORE.biometricsValidYears} years`, "ten years")], { typo: true }),
  en("process", "is NOC 21232 TEER 1?", [teer("21232")]),
  fr("process", "CNP 33102 aide-infirmier, c'est quel TEER ?", [teer("33102")]),
  en("process", "which TEER levels count as skilled work for EE? is TEER 4 ok", [anyOf("TEER 0, 1, 2 or 3", "TEER 0, 1, 2 and 3", "TEER 0, 1, 2, 3", "TEER 0-3", "TEER 0 to 3", "TEER 0, 1, 2, or 3")]),
  fr("process", "cuisinier 63200 c teer cmb", [teer("63200")], { typo: true }),
  en("process", "my job is NOC 65200 (server at a restaurant), does it count for FSW?", [teer("65200")]),
  en("process", "Do I need a medical exam for PR through express entry? Can my family doctor do it?", [anyOf("panel physician")]),

  // 2026 categories
  fr("category", "Est-ce que l'agriculture est encore une catégorie en 2026 ?", [NOT_2026]),
  en("category", "what NOC codes does the physicians with canadian experience category cover", [...CATEGORY_2026.physicians]),
  fr("category", "Catégorie transport 2026 : quels codes CNP ?", [...CATEGORY_2026.transport]),
  en("category", "r senior managers with cdn exp a new category? which nocs", [...CATEGORY_2026.seniorManagers], { typo: true }),
  fr("category", "Pour les tirages par catégorie, l'expérience doit être continue ? Il faut combien de mois ?", [anyOf(`${CATEGORY_2026.experienceMonths} mois`, "un an", "1 an")]),
  en("category", "Is education (teachers, ECEs) still one of the categories this year?", [{ near: [anyOf("education"), "2026"], within: 120 }], { not: [NOT_CURRENT] }),
  fr("category", "la catégorie chercheurs, il faut de l'expérience au Canada ou ça peut être à l'étranger ? et c'est quels codes ?", [anyOf("au Canada", "in Canada"), ...CATEGORY_2026.researchers]),
  en("category", "My cousin says cooks were removed from the trades category in 2026 and butchers added, is that true? I'm a cook (NOC 63200) with 2 years experience",
    ["63200", NO_LONGER]),

  // PNP
  fr("pnp", "nomination saskatchewan (SINP) cb de points ca donne", [NOMINATION], { typo: true }),
  en("pnp", "BC PNP nomination, how much does it add to my CRS?", [NOMINATION]),
  fr("pnp", "Avec une nomination du Nouveau-Brunswick, mon score passe de 430 à combien ?", [String(430 + ADDITIONAL.nomination)]),
  en("pnp", "Nova Scotia just nominated me, I had 455 — what's my new CRS?", [String(455 + ADDITIONAL.nomination)]),

  // reform
  fr("reform", "C'est quoi la nouvelle classe fédérale des travailleurs hautement qualifiés ? C'est déjà en vigueur ?", [PROPOSED]),
  en("reform", "whats the min CLB in the proposed EE reform", [PROPOSED, `CLB ${REFORM.proposedClb}`], { typo: true }),
  fr("reform", "La consultation sur la réforme d'Entrée express, c'était quand ?", [REFORM.consultationFrom, REFORM.consultationTo]),

  // out of scope
  en("unsure", "can I get a US green card faster than canadian PR?", [UNSURE]),
  fr("unsure", "Quelle est la meilleure ville pour trouver un emploi d'infirmière au Québec ?", [UNSURE]),
  en("unsure", "how much tax will i pay in ontario on 80k", [UNSURE], { typo: true }),
  fr("unsure", "Combien coûte un loyer à Montréal pour une famille de 4 ?", [UNSURE]),
  en("unsure", "whats the best IELTS prep book", [UNSURE], { typo: true }),
  fr("unsure", "Arrima Québec, le dernier tirage c'était quand ?", [NOT_TRACKED]),
];

export const TUNING_FRESH: EvalCase[] = [...BATCH_1, ...BATCH_2];