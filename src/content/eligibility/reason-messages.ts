import type { Levels, PointIdea, Reason } from "./reasons.ts";

/**
 * Each unmet requirement in words, English and French: what is missing, then what would change it.
 * Figures come from the check; `w` formats them for the language.
 */

export interface Wording {
  /** A number as the language writes it. */
  n(value: number): string;
  /** A date as the language writes it. */
  date(iso: string): string;
  /** "NOC 21231 (Software engineers and designers)" in the language. */
  noc(code: string): string;
  /** Week-hours → whole hours. */
  hours(weekHours: number): string;
  /** The day a shortfall closes at `rate` week-hours a day from asOf. */
  reachOn(missingWeekHours: number, rate: number): string;
}

type Says = { [K in Reason["id"]]: (r: Extract<Reason, { id: K }>, w: Wording) => string };

const levelsEn = (l: Levels) => `listening ${l.listening}, reading ${l.reading}, writing ${l.writing}, speaking ${l.speaking}`;
const levelsFr = (l: Levels) => `compréhension de l’oral ${l.listening}, de l’écrit ${l.reading}, expression écrite ${l.writing}, orale ${l.speaking}`;
const below = (l: Levels, min: number) => (Object.keys(l) as (keyof Levels)[]).filter((a) => l[a] < min);

const ideaEn: Record<PointIdea["id"], (i: PointIdea) => string> = {
  "language-clb9": () => "CLB 9 in all four abilities",
  "language-clb8": () => "CLB 8 in all four abilities",
  "second-language": () => "a second official language at CLB/NCLC 5 in all four",
  eca: () => "an ECA report for your foreign credential",
  experience: (i) => `${i.years} years of skilled work`,
  "job-offer": () => "a valid job offer (arranged employment)",
  relative: () => "a relative in Canada (citizen or PR, 18+)",
  "canadian-work": () => "1 year of full-time skilled work in Canada",
};
const ideaFr: Record<PointIdea["id"], (i: PointIdea) => string> = {
  "language-clb9": () => "NCLC/CLB 9 dans les quatre compétences",
  "language-clb8": () => "NCLC/CLB 8 dans les quatre compétences",
  "second-language": () => "une seconde langue officielle au niveau 5 dans les quatre compétences",
  eca: () => "une évaluation (EDE) de votre diplôme étranger",
  experience: (i) => `${i.years} ans de travail qualifié`,
  "job-offer": () => "une offre d’emploi valide (emploi réservé)",
  relative: () => "un parent au Canada (citoyen ou RP, 18 ans ou plus)",
  "canadian-work": () => "1 an de travail qualifié à temps plein au Canada",
};

const ideas = (r: Extract<Reason, { id: "fsw-points" }>, say: typeof ideaEn, orWord: string) =>
  r.ideas.slice(0, 3).map((i) => `${say[i.id](i)} (+${i.gain})`).join(orWord);

const pace = (w: Wording, r: { weekHours: number; needWeekHours: number; rate: number }, en: boolean) =>
  r.rate > 0 ? (en ? `; at your current hours, about ${w.reachOn(r.needWeekHours - r.weekHours, r.rate)}` : ` ; à votre rythme actuel, vers le ${w.reachOn(r.needWeekHours - r.weekHours, r.rate)}`) : "";

export const REASONS_EN: Says = {
  "language-expired": (r, w) => `language: the test of ${w.date(r.testDate)} is more than 2 years old (results must be from ${w.date(r.validFrom)} or later) — a new test result would count`,
  "fsw-language": (r) => `language: CLB ${r.need} is needed in all four abilities; you have ${levelsEn(r.levels)} — CLB ${r.need} in ${below(r.levels, r.need).join(", ")} would meet it`,
  "education-none": () => "education: a secondary diploma or higher is needed — completing secondary school (or more) would meet it",
  "education-not-recognised": () => "education: a foreign credential needs an ECA report from a designated organization — an ECA (or a Canadian credential) would meet it",
  "fsw-work-none": (r, w) => `work: no paid skilled work (TEER 0–3) between ${w.date(r.since)} and ${w.date(r.asOf)} — 1 year (1,560 h) of continuous work in one such occupation would meet it`,
  "fsw-work-short": (r, w) => `work: your longest continuous run in one occupation, ${w.noc(r.noc)}, is ${w.hours(r.weekHours)} h of the 1,560 h needed (1 year full-time, continuous) — ${w.hours(r.needWeekHours - r.weekHours)} h more without a gap would meet it${pace(w, r, true)}`,
  "fsw-points": (r) => `selection grid: ${r.points} points, below the pass mark of ${r.passMark} (${r.passMark - r.points} short)${r.ideas.length ? ` — for example ${ideas(r, ideaEn, "; or ")}` : ""}`,
  "funds-missing": (r, w) => `proof of funds: not given; ${w.n(r.need)} CAD are needed for ${r.familySize} ${r.familySize === 1 ? "person" : "people"} (table as of ${r.table}) — showing that amount, or being authorized to work in Canada with a valid job offer, would meet it`,
  "funds-short": (r, w) => `proof of funds: ${w.n(r.have)} CAD is less than ${w.n(r.need)} CAD for ${r.familySize} ${r.familySize === 1 ? "person" : "people"} (table as of ${r.table}) — ${w.n(r.need - r.have)} CAD more, or being authorized to work in Canada with a valid job offer, would meet it`,
  "cec-work-none": (r, w) => `work: no skilled work in Canada in the 3 years before ${w.date(r.asOf)} (since ${w.date(r.since)}; authorized, not self-employed, not while a full-time student)${r.excludedWeekHours > 0 ? `; ${w.hours(r.excludedWeekHours)} h did not count` : ""} — 1 year (1,560 h) of such work would meet it`,
  "cec-work-short": (r, w) => `work: ${w.hours(r.weekHours)} h of skilled work in Canada in the last 3 years, of the 1,560 h needed${r.excludedWeekHours > 0 ? ` (${w.hours(r.excludedWeekHours)} h of self-employed, student or unauthorized work did not count)` : ""} — ${w.hours(r.needWeekHours - r.weekHours)} h more would meet it${pace(w, r, true)}`,
  "cec-language": (r) => `language: CLB 7 in all four abilities is needed, or CLB 5 with 1 year of the work in TEER 2–3 jobs; you have ${levelsEn(r.levels)} — CLB 7 in ${below(r.levels, 7).join(", ")} would meet it${r.teer23WeekHours < r.needWeekHours && Object.values(r.levels).every((l) => l >= 5) ? ", or a year of the work in TEER 2–3 jobs" : ""}`,
  "fst-no-trade": (r, w) => `work: no work in an eligible skilled trade between ${w.date(r.since)} and ${w.date(r.asOf)} (not counting work while a full-time student) — 2 years (3,120 h) in one trade would meet it`,
  "fst-work-short": (r, w) => `work: ${w.hours(r.weekHours)} h in ${w.noc(r.noc)} in the last 5 years, of the 3,120 h (2 years) needed in one trade — ${w.hours(r.needWeekHours - r.weekHours)} h more would meet it${pace(w, r, true)}`,
  "fst-offer-or-certificate": (r, w) => `job offer or certificate: neither a valid job offer nor a Canadian certificate of qualification ${r.nocs.length ? `in ${r.nocs.map(w.noc).join(" or ")}` : "in your trade"} — one of the two would meet it`,
  "fst-language": (r) => `language: CLB 5 in listening and speaking and CLB 4 in reading and writing are needed; you have ${levelsEn(r.levels)} — a result at those levels would meet it`,
  "category-needs-program": () => "program: you must first be eligible for FSW, CEC or FST",
  "category-french": (r) => (r.levels ? `French: NCLC ${r.need} in all four abilities is needed; you have ${levelsEn(r.levels)} — NCLC ${r.need} in ${below(r.levels, r.need).join(", ")} would meet it` : `French: NCLC ${r.need} in all four abilities is needed (TEF Canada or TCF Canada, less than 2 years old); no valid French result`),
  "category-no-work": (r, w) => `work: no work in a listed occupation${r.inCanadaOnly ? " in Canada" : ""} between ${w.date(r.since)} and ${w.date(r.asOf)} — 12 months (1,560 h) in one listed occupation would meet it`,
  "category-work-short": (r, w) => `work: ${w.hours(r.weekHours)} h in ${w.noc(r.noc)}${r.inCanadaOnly ? " in Canada" : ""} in the last 3 years, of the 1,560 h (12 months) needed — ${w.hours(r.needWeekHours - r.weekHours)} h more would meet it${pace(w, r, true)}`,
  "category-not-assessed": () => "not assessed: this category needs 10+ years of foreign military service and a Canadian Armed Forces offer",
};

export const REASONS_FR: Says = {
  "language-expired": (r, w) => `langue : le test du ${w.date(r.testDate)} date de plus de 2 ans (il doit dater du ${w.date(r.validFrom)} ou après) — un nouveau résultat compterait`,
  "fsw-language": (r) => `langue : le niveau ${r.need} est exigé dans les quatre compétences ; vous avez ${levelsFr(r.levels)} — le niveau ${r.need} partout suffirait`,
  "education-none": () => "études : un diplôme d’études secondaires ou plus est exigé — l’obtenir suffirait",
  "education-not-recognised": () => "études : un diplôme étranger doit être évalué (EDE) par un organisme désigné — une EDE (ou un diplôme canadien) suffirait",
  "fsw-work-none": (r, w) => `travail : aucun travail qualifié rémunéré (FEER 0 à 3) entre le ${w.date(r.since)} et le ${w.date(r.asOf)} — 1 an (1 560 h) continu dans une telle profession suffirait`,
  "fsw-work-short": (r, w) => `travail : votre plus longue période continue dans une profession, ${w.noc(r.noc)}, compte ${w.hours(r.weekHours)} h sur les 1 560 h exigées (1 an à temps plein, continu) — ${w.hours(r.needWeekHours - r.weekHours)} h de plus sans interruption suffiraient${pace(w, r, false)}`,
  "fsw-points": (r) => `grille de sélection : ${r.points} points, sous la note de passage de ${r.passMark} (il manque ${r.passMark - r.points})${r.ideas.length ? ` — par exemple ${ideas(r, ideaFr, " ; ou ")}` : ""}`,
  "funds-missing": (r, w) => `preuve de fonds : non indiquée ; ${w.n(r.need)} $ CA sont exigés pour ${r.familySize} personne${r.familySize > 1 ? "s" : ""} (barème du ${r.table}) — montrer ce montant, ou être autorisé à travailler au Canada avec une offre d’emploi valide, suffirait`,
  "funds-short": (r, w) => `preuve de fonds : ${w.n(r.have)} $ CA, c’est moins que ${w.n(r.need)} $ CA pour ${r.familySize} personne${r.familySize > 1 ? "s" : ""} (barème du ${r.table}) — ${w.n(r.need - r.have)} $ CA de plus, ou être autorisé à travailler au Canada avec une offre d’emploi valide, suffirait`,
  "cec-work-none": (r, w) => `travail : aucun travail qualifié au Canada dans les 3 ans avant le ${w.date(r.asOf)} (depuis le ${w.date(r.since)} ; autorisé, non autonome, hors études à temps plein)${r.excludedWeekHours > 0 ? ` ; ${w.hours(r.excludedWeekHours)} h n’ont pas compté` : ""} — 1 an (1 560 h) d’un tel travail suffirait`,
  "cec-work-short": (r, w) => `travail : ${w.hours(r.weekHours)} h de travail qualifié au Canada dans les 3 dernières années, sur 1 560 h exigées${r.excludedWeekHours > 0 ? ` (${w.hours(r.excludedWeekHours)} h de travail autonome, étudiant ou non autorisé n’ont pas compté)` : ""} — ${w.hours(r.needWeekHours - r.weekHours)} h de plus suffiraient${pace(w, r, false)}`,
  "cec-language": (r) => `langue : le niveau 7 dans les quatre compétences est exigé, ou le niveau 5 avec 1 an du travail dans des emplois FEER 2 ou 3 ; vous avez ${levelsFr(r.levels)} — le niveau 7 partout suffirait`,
  "fst-no-trade": (r, w) => `travail : aucun travail dans un métier spécialisé admissible entre le ${w.date(r.since)} et le ${w.date(r.asOf)} (hors études à temps plein) — 2 ans (3 120 h) dans un métier suffiraient`,
  "fst-work-short": (r, w) => `travail : ${w.hours(r.weekHours)} h en ${w.noc(r.noc)} dans les 5 dernières années, sur 3 120 h (2 ans) exigées dans un métier — ${w.hours(r.needWeekHours - r.weekHours)} h de plus suffiraient${pace(w, r, false)}`,
  "fst-offer-or-certificate": (r, w) => `offre ou certificat : ni offre d’emploi valide ni certificat de compétence canadien ${r.nocs.length ? `en ${r.nocs.map(w.noc).join(" ou ")}` : "dans votre métier"} — l’un des deux suffirait`,
  "fst-language": (r) => `langue : le niveau 5 en compréhension et expression orales et 4 en compréhension et expression écrites sont exigés ; vous avez ${levelsFr(r.levels)} — un résultat à ces niveaux suffirait`,
  "category-needs-program": () => "programme : il faut d’abord être admissible au PTQF, à la CEC ou au PTMSF",
  "category-french": (r) => (r.levels ? `français : NCLC ${r.need} dans les quatre compétences est exigé ; vous avez ${levelsFr(r.levels)} — le niveau ${r.need} partout suffirait` : `français : NCLC ${r.need} dans les quatre compétences est exigé (TEF Canada ou TCF Canada, moins de 2 ans) ; aucun résultat valide en français`),
  "category-no-work": (r, w) => `travail : aucun travail dans une profession de la liste${r.inCanadaOnly ? " au Canada" : ""} entre le ${w.date(r.since)} et le ${w.date(r.asOf)} — 12 mois (1 560 h) dans une profession de la liste suffiraient`,
  "category-work-short": (r, w) => `travail : ${w.hours(r.weekHours)} h en ${w.noc(r.noc)}${r.inCanadaOnly ? " au Canada" : ""} dans les 3 dernières années, sur 1 560 h (12 mois) exigées — ${w.hours(r.needWeekHours - r.weekHours)} h de plus suffiraient${pace(w, r, false)}`,
  "category-not-assessed": () => "non évaluée : cette catégorie exige 10 ans ou plus de service militaire à l’étranger et une offre des Forces armées canadiennes",
};

export const REASONS = { en: REASONS_EN, fr: REASONS_FR } as const;
