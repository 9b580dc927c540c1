import { anyOf, daysFact, levelFacts, make, NO_SCHEDULE, NOT_CURRENT, pointsFact as pts, PROPOSED, roundsFact, STALE, STEM_2026, UNSURE } from "./build.ts";
import { averageFact, byId, days, latest, longestWaits, mean, onDate, poolCount, rid, ROUNDS, select, sum, yearSlice, type Slice } from "./rounds-facts.ts";
import {
  ADDITIONAL, AGE_POINTS, CANADIAN_WORK, clbOf, coqPoints, EDUCATION, FEES, fswAgePoints, fswExperiencePoints, FSW_ADAPTABILITY, FSW_EDUCATION, pofFor, PROCESS,
  PROCESS_MORE, PROGRAM_MIN, REFORM, SPOUSE_CANADIAN_WORK, SPOUSE_EDUCATION, spouseLanguagePoints,
} from "./rules-facts.ts";
import { EVAL_NOW, type EvalCase, type Fact, type Kind } from "./types.ts";

/**
 * Tricky tuning questions (issue #11), written one by one by a helper who has not read the engine, its content, nor
 * the other evaluation questions: each is a message where the tempting keyword answer is wrong. Two topics in one
 * message (a score and a category's cutoff), a fact about someone else (a spouse, a brother, a cousin), a negation
 * ("not counting PNP", "hors PCP"), a comparison, a period to honour, numbers of different sorts side by side
 * (round numbers, scores, years, NOC codes, test scores), and near-domain questions worded with Express Entry words
 * that must be declined. Every expected fact is computed from the snapshot or the transcribed rules. Template ids
 * start with "x-".
 */

const roundsIn = (s: Slice) => select(s);
const lastOf = (cat?: string, to?: string) => latest(select({ cat, to }))!;
const notCat = (rs: ReturnType<typeof select>, cat: string) => rs.filter((r) => r.category.key !== cat);
const max = (xs: number[]) => Math.max(...xs);
/** A round named by its number or its date. */
const roundFact = (r: { id: string; date: string }): Fact => anyOf(rid(r as never), r.date);

const x = (template: string, lang: "en" | "fr", kind: Kind, q: string, facts: Fact[], extra: Partial<EvalCase> = {}) => make(`x-${template}`, lang, kind, q, facts, extra);

/** "Nobody can tell in advance", in the ways people write it. */
const PREDICT: Fact = anyOf(
  "can't predict", "cannot predict", "can not predict", "nobody can predict", "no one can predict", "impossible to predict", "not possible to predict", "cannot be predicted",
  "can't be predicted", "unpredictable", "no way to know", "no way of knowing", "can't know", "cannot know", "nobody knows", "no one knows", "can't tell in advance", "cannot tell",
  "impossible de prevoir", "impossible de predire", "ne peut pas predire", "ne peut pas prevoir", "ne peux pas predire", "ne peux pas prevoir", "personne ne peut", "personne ne sait",
  "imprevisible", "aucun moyen de savoir", "pas possible de prevoir", "on ne peut pas savoir", "nul ne peut", "ne peut etre prevu", "ne peut pas etre prevu",
);
/** Words for a cutoff, so a "nobody knows the date" line does not pass for a cutoff question. */
const CUTOFF_WORD: Fact = anyOf("cutoff", "cut-off", "score", "crs", "seuil", "note", "minimum");
const predictCutoff: Fact = { near: [PREDICT, CUTOFF_WORD], within: 100 };
/** No round that day. */
const NO_ROUND: Fact = anyOf(
  "no round", "no draw", "no invitation round", "no rounds", "there was no", "wasn't a round", "wasn't a draw", "was not a round", "was not a draw", "did not hold", "didn't hold",
  "pas de tirage", "aucun tirage", "aucune ronde", "pas de ronde", "n'y a pas eu", "il n'y a eu aucun", "pas eu de tirage", "aucune invitation",
);
/** "That does not give CRS points." */
const NO_POINTS_EN: Fact = anyOf(
  "not count", "doesn't count", "does not count", "don't count", "do not count", "no points", "0 points", "no crs points", "no extra points", "not give", "doesn't give",
  "won't give", "not earn", "n't earn", "only a sibling", "only siblings", "only for a sibling", "only a brother", "only brothers", "not a sibling", "isn't a sibling",
);
const NO_POINTS_FR: Fact = anyOf(
  "ne compte pas", "ne comptent pas", "ne donne pas", "ne donnent pas", "ne rapporte pas", "aucun point", "pas de point", "0 point", "seul un frere", "seulement un frere",
  "uniquement un frere", "seuls les freres", "uniquement les freres", "seulement les freres", "pas un frere", "n'est pas un frere",
);
const SIBLING: Fact = anyOf("sibling", "brother or sister", "brother/sister", "frere ou soeur", "frere/soeur", "freres et soeurs", "frere ou une soeur", "freres ou soeurs");

// ---- A score and a category in one message: the category's cutoff is asked, not the score judged -----------------

const cec = lastOf("cec");
const french = lastOf("french");
const pnp = lastOf("pnp");
const health = lastOf("healthcare");
const trades = lastOf("trades");
const stem = lastOf("stem");
const education = lastOf("education");

const scoreAndCutoff: EvalCase[] = [
  x("score-cutoff", "en", "latest", "My CRS is 470 rn. What was the last CEC cutoff?", [String(cec.crs), roundFact(cec)], { typo: true }),
  x("score-cutoff", "fr", "latest", "J'ai 455 points au SCG. Le dernier tirage francophone, il était à combien ?", [String(french.crs)]),
  x("score-cutoff", "en", "latest", "CLB 9 across the board and 2 yrs canadian exp. what did the most recent PNP draw go down to?", [String(pnp.crs)], { typo: true }),
  x("score-cutoff", "fr", "latest", "Avec 480 je suis au-dessus du dernier tirage santé ou pas ? Il était à combien ?", [String(health.crs)]),
  x("score-cutoff", "en", "latest", "bro my score is 501 lol, last trades draw cutoff??", [String(trades.crs)], { typo: true }),
  x("score-cutoff", "fr", "latest", "J'ai eu 29 ans en mars et mon score est passé à 462, c'est quoi le seuil du dernier tirage PEC ?", [String(cec.crs)]),
  x("score-cutoff", "en", "latest",
    "Hey all, quick one: I'm sitting at 489 after my IELTS retake (L8.5 R7 W7 S7) and I work as a nurse. What was the cutoff of the last healthcare draw and how many got invited?",
    [String(health.crs), String(health.size)]),
  x("score-cutoff", "fr", "latest",
    "Bonjour à tous, je suis au Cameroun, j'ai 412 points et NCLC 9 au TEF. Je voulais savoir le score du dernier tirage pour les francophones et le nombre d'invitations svp",
    [String(french.crs), String(french.size)]),
  x("score-cutoff", "en", "latest", "470 crs, STEM background. When was the last STEM draw and what was the cutoff?", [String(stem.crs), stem.date]),
  x("score-cutoff", "fr", "latest", "Avec 505, est-ce que j'aurais été invité au dernier tirage PEC ? C'était combien le minimum ?", [String(cec.crs)]),
  x("score-cutoff", "en", "latest", "what was the lowest score that got invited in the last education draw? I've got 465", [String(education.crs)]),
];

// ---- Someone else: a spouse, a brother, a cousin ------------------------------------------------------------------

const spouseIelts7 = (["listening", "reading", "writing", "speaking"] as const).reduce((a, ab) => a + spouseLanguagePoints(clbOf("ielts", ab, 7)), 0);

const someoneElse: EvalCase[] = [
  x("someone-else", "en", "round", "My brother got his ITA in the last CEC draw. How many people were invited in that one?", [String(cec.size)]),
  x("someone-else", "fr", "crs-points", "Mon frère est citoyen canadien et vit à Montréal. Ça me donne des points en plus ?", [pts(ADDITIONAL.sibling)]),
  x("someone-else", "en", "crs-points", "my cousin is PR in toronto does that give me crs points", [SIBLING, NO_POINTS_EN], { typo: true }),
  x("someone-else", "fr", "crs-points", "Ma femme est résidente permanente au Canada, est-ce que son niveau d'anglais compte dans mon score ?",
    [anyOf("celibataire", "sans conjoint", "sans epoux", "single", "ne compte pas", "ne comptent pas", "aucun point")]),
  x("someone-else", "en", "crs-points", "My wife's IELTS is 7.0 in every band. How many CRS points does HER language give me?", [pts(spouseIelts7)]),
  x("someone-else", "fr", "crs-points", "Mon mari (il vient avec moi) a 2 ans d'expérience de travail au Canada. Ça me rapporte combien de points à moi ?", [pts(SPOUSE_CANADIAN_WORK[2])]),
  x("someone-else", "en", "crs-points", "wife has a masters, i only have a bachelors. how many points does her masters give", [pts(SPOUSE_EDUCATION.masters)], { typo: true }),
  x("someone-else", "fr", "pof", "Mon fils a 19 ans, il compte dans la taille de la famille pour la preuve de fonds ? On est 4 avec lui", [String(pofFor(4))]),
  x("someone-else", "en", "crs-points", "My sister-in-law (my wife's sister) is a Canadian citizen living in Calgary. Does that count as a sibling for CRS?", [pts(ADDITIONAL.sibling)]),
  x("someone-else", "fr", "crs-points", "mon oncle est citoyen canadien ca donne des points dans le SCG ou pas", [SIBLING, NO_POINTS_FR], { typo: true }),
  x("someone-else", "en", "crs-points", "my brother is a PR but lives in the US now. do i still get the 15 sibling points?",
    [anyOf("must live", "must be living", "has to live", "needs to live", "need to live", "must reside", "has to be living", "only if", "not eligible", "no,", "no.", "no:", "no —",
      "wouldn't", "would not", "don't get", "do not get", "won't get", "not count", "doesn't count", "does not count", "don't qualify", "doesn't qualify", "does not qualify")],
    { typo: true }),
];

// ---- A negation: "not counting PNP", "hors PCP" --------------------------------------------------------------------

const y2025 = roundsIn(yearSlice(2025));
const y2026 = roundsIn(yearSlice(2026));
const pnp2025Max = max(roundsIn(yearSlice(2025, "pnp")).map((r) => r.crs));
const pnp2026Max = max(roundsIn(yearSlice(2026, "pnp")).map((r) => r.crs));
const notPnp2025 = notCat(y2025, "pnp");
const notPnp2026 = notCat(y2026, "pnp");
const newest = lastOf();
const newestNotFrench = notCat([...ROUNDS], "french").at(-1)!;

const negation: EvalCase[] = [
  x("negation", "en", "record", "Highest cutoff of 2025, not counting PNP draws?", [String(max(notPnp2025.map((r) => r.crs)))], { not: [String(pnp2025Max)] }),
  x("negation", "fr", "record", "Le score le plus élevé en 2026 hors PCP ?", [String(max(notPnp2026.map((r) => r.crs)))], { not: [String(pnp2026Max)] }),
  x("negation", "en", "aggregate", "how many invitations in 2026 so far, excluding the provincial nominee draws?", [String(sum(notPnp2026))]),
  x("negation", "fr", "aggregate", "Combien de tirages en 2025 sans compter les tirages PCP ?", [roundsFact(notPnp2025.length)], { not: [roundsFact(y2025.length)] }),
  x("negation", "en", "latest", "Last draw that wasn't a PNP or a CEC one?", [rid(newest)], { not: [rid(pnp), rid(cec)] }),
  x("negation", "fr", "latest", "Le dernier tirage qui n'était PAS un tirage francophone, c'était lequel ?", [rid(newestNotFrench)], { not: [rid(french)] }),
  x("negation", "en", "category", "Which of the 2026 categories have NOT had a draw yet?", [anyOf("stem"), anyOf("education"), anyOf("researcher")]),
];

// ---- Comparisons -------------------------------------------------------------------------------------------------

const avgCrs = (s: Slice) => mean(roundsIn(s).map((r) => r.crs));
const avgSize = (s: Slice) => mean(roundsIn(s).map((r) => r.size));

const comparison: EvalCase[] = [
  x("compare", "en", "aggregate", "Is 2025 lower than 2024 for CEC on average?", [averageFact(avgCrs(yearSlice(2025, "cec"))), averageFact(avgCrs(yearSlice(2024, "cec")))]),
  x("compare", "fr", "aggregate", "Les tirages francophones de 2026 sont-ils plus bas que ceux de 2025 en moyenne ?",
    [averageFact(avgCrs(yearSlice(2026, "french"))), averageFact(avgCrs(yearSlice(2025, "french")))]),
  x("compare", "en", "latest", "Which was higher, the last PNP cutoff or the last CEC cutoff?", [String(pnp.crs), String(cec.crs)]),
  x("compare", "fr", "latest", "jsuis perdu, c quoi le plus bas entre le dernier tirage santé et le dernier tirage métiers ?", [String(health.crs), String(trades.crs)], { typo: true }),
  x("compare", "en", "aggregate", "did CEC draws get bigger on average in 2026 than in 2025? (number of ITAs per draw)",
    [averageFact(avgSize(yearSlice(2026, "cec"))), averageFact(avgSize(yearSlice(2025, "cec")))]),
  x("compare", "fr", "aggregate", "Il y a eu plus de tirages PCP en 2025 ou en 2024 ?",
    [roundsFact(roundsIn(yearSlice(2025, "pnp")).length), roundsFact(roundsIn(yearSlice(2024, "pnp")).length)]),
  x("compare", "en", "aggregate", "French draws vs healthcare draws in 2025: which had more invitations in total?",
    [String(sum(roundsIn(yearSlice(2025, "french")))), String(sum(roundsIn(yearSlice(2025, "healthcare"))))]),
];

// ---- A period to honour ------------------------------------------------------------------------------------------

const health2025 = latest(roundsIn(yearSlice(2025, "healthcare")))!;
const first2026 = roundsIn(yearSlice(2026))[0]!;
const firstFrench2025 = roundsIn(yearSlice(2025, "french"))[0]!;
const cecAll = roundsIn({ cat: "cec" });
const cec2026Min = Math.min(...roundsIn(yearSlice(2026, "cec")).map((r) => r.crs));
const cecAllMin = Math.min(...cecAll.map((r) => r.crs));
const pnp2025Last = latest(roundsIn(yearSlice(2025, "pnp")))!;
const march2026 = roundsIn({ from: "2026-03-01", to: "2026-03-31" });
const july2026 = roundsIn({ from: "2026-07-01", to: "2026-07-31" });
const pnpH1 = roundsIn({ cat: "pnp", from: "2026-01-01", to: "2026-06-30" });
const cecQ1 = roundsIn({ cat: "cec", from: "2026-01-01", to: "2026-03-31" });

const period: EvalCase[] = [
  x("period", "en", "latest", "What was the last healthcare draw of 2025?", [roundFact(health2025), String(health2025.crs)], { not: [rid(health)] }),
  x("period", "fr", "aggregate", "combien de tirages PEC en 2024 ?", [roundsFact(roundsIn(yearSlice(2024, "cec")).length)]),
  x("period", "en", "aggregate", "how many draws were there in march 2026", [roundsFact(march2026.length)], { typo: true }),
  x("period", "fr", "round", "C'était quoi le tout premier tirage de 2026 ?", [roundFact(first2026), String(first2026.crs)]),
  x("period", "en", "round", "first French-language draw of 2025, what was the cutoff?", [String(firstFrench2025.crs)]),
  x("period", "fr", "record", "Le seuil le plus bas pour la PEC en 2026 ?", [String(cec2026Min)], { not: [String(cecAllMin)] }),
  x("period", "fr", "aggregate", "Combien d'invitations ont été envoyées en juillet 2026, toutes catégories ?", [String(sum(july2026))]),
  x("period", "en", "aggregate", "average PNP cutoff in the first half of 2026", [averageFact(mean(pnpH1.map((r) => r.crs)))]),
  x("period", "fr", "latest", "le dernier tirage PCP de l'année passée c t combien", [String(pnp2025Last.crs)], { typo: true, not: [rid(pnp)] }),
  x("period", "en", "aggregate", "How many CEC draws happened between Jan 1 and Mar 31 2026?", [roundsFact(cecQ1.length)]),
];

// ---- Numbers of different sorts: round numbers, scores, NOC codes, test scores ------------------------------------

const r400 = byId("400");
const r391 = byId("391");
const r433 = byId("433");
const r434 = byId("434");
const cutoff400in2026 = roundsIn(yearSlice(2026)).filter((r) => r.crs === 400);

const numbers: EvalCase[] = [
  x("numbers", "en", "round", "What happened in draw 400?", [String(r400.crs), r400.date]),
  x("numbers", "fr", "round", "Le tirage numéro 391, c'était quelle catégorie et quel score ?", [String(r391.crs), anyOf("PCP", "provincial", "provinces")]),
  x("numbers", "en", "record", "any draws in 2026 with a cutoff of exactly 400?", cutoff400in2026.map((r) => roundFact(r))),
  x("numbers", "fr", "category", "CNP 31102, c'est dans quelle catégorie en 2026 ?", [anyOf("medecin", "physician")]),
  x("numbers", "en", "category", "is NOC 72410 eligible for the transport category?", [anyOf("yes", "is in the", "is on the", "is listed", "is one of", "is eligible", "qualifies", "included")]),
  x("numbers", "en", "clb", "IELTS 6.5 in all four, what CLB is that?", levelFacts("ielts", { listening: 6.5, reading: 6.5, writing: 6.5, speaking: 6.5 })),
  x("numbers", "fr", "clb", "TEF Canada 520 en compréhension orale, ça donne quel NCLC ?", levelFacts("tef", { listening: 520 })),
  x("numbers", "fr", "clb", "tcf expression ecrite 12/20 c nclc combien", levelFacts("tcf", { writing: 12 }), { typo: true }),
  x("numbers", "en", "clb", "CELPIP 11 in speaking: what CLB does that count as?", levelFacts("celpip", { speaking: 11 })),
  x("numbers", "en", "clb", "pte core 76 speaking what clb", levelFacts("pte", { speaking: 76 }), { typo: true }),
  x("numbers", "en", "round", "I have 434 points. Would I have been invited in draw #434?", [String(r434.crs)]),
  x("numbers", "fr", "crs-points", "J'ai 33 ans, 2 ans d'expérience au Canada, célibataire. Combien de points pour l'âge seulement ?", [pts(AGE_POINTS[33]![1])]),
  x("numbers", "en", "round", "what was the cutoff in round 433?", [String(r433.crs)]),
  x("numbers", "fr", "category", "Le code CNP 22313, il est dans la catégorie transport ?", [anyOf("oui", "fait partie", "figure", "est dans", "est bien", "inclus", "admissible", "eligible")]),
];

// ---- Near-domain questions outside Express Entry, worded with its words: decline --------------------------------

const outside: EvalCase[] = [
  x("outside", "en", "unsure", "how do I extend my PGWP? it expires in 2 months and I'm still waiting for an ITA", [UNSURE]),
  x("outside", "fr", "unsure", "c'est quoi le score minimum pour être invité dans Arrima (PSTQ) au Québec ?", [UNSURE]),
  x("outside", "en", "unsure", "my employer asks who pays for the LMIA and how much it costs, any idea?", [UNSURE]),
  x("outside", "en", "unsure", "whats the points needed for australia 189 invite rn", [UNSURE], { typo: true }),
  x("outside", "fr", "unsure", "Combien de jours je dois avoir comme résident permanent pour demander la citoyenneté ?", [UNSURE]),
  x("outside", "en", "unsure", "how long does PR card renewal take these days?", [UNSURE]),
  x("outside", "fr", "unsure", "Je veux parrainer ma femme (parrainage conjugal), combien de points il faut ?", [UNSURE]),
  x("outside", "en", "unsure", "IEC working holiday pool: when is the next round of invitations for France?", [UNSURE]),
  x("outside", "fr", "unsure", "Comment demander l'asile au Canada une fois arrivé avec un visa visiteur ?", [UNSURE]),
  x("outside", "en", "unsure", "Do I need to file Canadian taxes on my foreign income the year I land as a PR?", [UNSURE]),
  x("outside", "fr", "unsure", "Combien de temps pour avoir un permis d'études depuis le Maroc ?", [UNSURE]),
  x("outside", "en", "unsure", "UK skilled worker visa points: is 70 points enough?", [UNSURE]),
];

// ---- The honest answer is "nobody can tell" ----------------------------------------------------------------------

const noPredict: EvalCase[] = [
  x("no-predict", "en", "next", "what's the next CEC cutoff gonna be? under 510 maybe?", [predictCutoff], { typo: true }),
  x("no-predict", "fr", "next", "Le prochain tirage francophone sera à combien d'après vous ?", [predictCutoff]),
  x("no-predict", "en", "next", "will I get an ITA with 480 next month? be honest", [PREDICT]),
  x("no-predict", "fr", "next", "svp c sur que je vais etre invité avec 520 au prochain tirage PEC ?", [PREDICT], { typo: true }),
  x("no-predict", "fr", "next", "Le prochain tirage c'est mercredi ?", [NO_SCHEDULE]),
  x("no-predict", "en", "next", "predict the cutoff for the next PNP draw pls", [predictCutoff], { typo: true }),
];

// ---- Dates written many ways -------------------------------------------------------------------------------------

const noRoundOn = (iso: string) => {
  if (select({ from: iso, to: iso }).length) throw new Error(`a round on ${iso}`);
  return NO_ROUND;
};
const mar17 = onDate("2026-03-17");
const mar5 = onDate("2026-03-05");
const aug5 = onDate("2026-08-05");
const jul22 = onDate("2026-07-22");

const dates: EvalCase[] = [
  x("dates", "en", "round", "What was the cutoff on 17/03/2026?", [String(mar17.crs)], { not: [rid(newest)] }),
  x("dates", "fr", "round", "Le tirage du 5 mars 2026, c'était quoi exactement ?", [String(mar5.crs), String(mar5.size)]),
  x("dates", "fr", "round", "ya eu un tirage le 12 mars 2026 ?", [noRoundOn("2026-03-12")], { typo: true }),
  x("dates", "en", "round", "draw on August 5th: how many ITAs?", [String(aug5.size)]),
  x("dates", "fr", "round", "le 22 juillet, le tirage francophone était à combien ?", [String(jul22.crs)]),
];

// ---- Second batch: more near-domain questions to decline ---------------------------------------------------------

const outsideMore: EvalCase[] = [
  x("outside-2", "fr", "unsure", "Le PEQ au Québec, il faut combien de points pour être sélectionné ? Je suis en France", [UNSURE]),
  x("outside-2", "en", "unsure", "How do I get a visitor visa for my mom so she can come to my landing? She's in Nigeria", [UNSURE]),
  x("outside-2", "fr", "unsure", "Quelles sont les chances d'avoir le visa étudiant pour un DEC au Québec ?", [UNSURE]),
  x("outside-2", "en", "unsure", "whats the SOWP (spousal open work permit) processing time if im on a PGWP", [UNSURE], { typo: true }),
  x("outside-2", "fr", "unsure", "Combien coûte le renouvellement de la carte RP et combien de jours faut-il avoir passé au Canada ?", [UNSURE]),
  x("outside-2", "en", "unsure", "New Zealand skilled migrant category: are 6 points enough to get an ITA?", [UNSURE]),
  x("outside-2", "fr", "unsure", "Le tirage au sort du programme des parents et grands-parents (PGP), c'est pour quand cette année ?", [UNSURE]),
  x("outside-2", "en", "unsure", "Is there an Atlantic Immigration Program draw this month? What score do they need?", [UNSURE]),
  x("outside-2", "fr", "unsure", "Comment trouver un emploi au Canada avec une EIMT depuis la Tunisie ?", [UNSURE]),
  x("outside-2", "en", "unsure", "how many points do you need to pass the citizenship test and how many questions are there", [UNSURE], { typo: true }),
  x("outside-2", "fr", "unsure", "Est-ce que je dois déclarer mes impôts au Canada dès la première année après mon arrivée comme RP ?", [UNSURE]),
  x("outside-2", "fr", "unsure", "C'est combien de points pour gagner au tirage de la loterie carte verte des États-Unis ?", [UNSURE]),
  x("outside-2", "en", "unsure", "caregiver pilot: how many points do I need and when is the next intake?", [UNSURE]),
  x("outside-2", "fr", "unsure", "Mon permis de travail fermé expire bientôt, comment obtenir un permis ouvert en attendant l'ITA ?", [UNSURE]),
  x("outside-2", "en", "unsure", "What score did the last Saskatchewan SINP EOI draw need? The provincial one, not Express Entry", [UNSURE]),
  x("outside-2", "fr", "unsure", "Le score minimum pour l'invitation SkillSelect en Australie (visa 190) ?", [UNSURE]),
];

// ---- Second batch: more "nobody can tell" ------------------------------------------------------------------------

const PREDICT_OR_NO_SCHEDULE: Fact = anyOf(...(PREDICT as { any: string[] }).any, ...(NO_SCHEDULE as { any: string[] }).any);

const noPredictMore: EvalCase[] = [
  x("no-predict-2", "en", "next",
    "Been in the pool since January with 503, CEC. Everyone on Reddit says the cutoff will drop under 500 by October. Is that true? What will it actually be?", [predictCutoff]),
  x("no-predict-2", "fr", "next", "D'après les tendances, le prochain tirage santé sera à combien ? Plus bas que le dernier ?", [predictCutoff]),
  x("no-predict-2", "fr", "next", "kan est le prochain tirage PEC svp ??", [NO_SCHEDULE], { typo: true }),
  x("no-predict-2", "en", "next", "give me the exact date of the next draw", [NO_SCHEDULE]),
  x("no-predict-2", "fr", "next", "Je suis à 508, je serai invité dans combien de semaines à votre avis ?", [PREDICT]),
  x("no-predict-2", "en", "next", "Will STEM draws come back before December?", [PREDICT_OR_NO_SCHEDULE]),
];

// ---- Second batch: the usual kinds, phrased unusually -------------------------------------------------------------

/** Funds not needed, said to the person (a list of who is exempt does not answer "do I need them?"). */
const NO_FUNDS: Fact = anyOf(
  "not required", "don't need", "do not need", "you are exempt", "you're exempt", "not need", "pas besoin", "pas requis", "pas requise", "pas exige", "pas exigee",
  "n'est pas exigee", "n'est pas requise", "vous etes exempte", "vous etes dispense", "aucune preuve", "pas de preuve", "pas obligatoire", "non requis", "non requise",
  "n'avez pas a", "n'avez pas besoin", "n'ont pas besoin", "n'etes pas tenu",
);
const ALL_FOUR: Fact = anyOf("all four", "all 4", "each of the four", "every ability", "in all", "quatre competences", "4 competences", "les quatre", "toutes les competences", "chaque competence", "each ability");

const usualCrs: EvalCase[] = [
  x("usual-crs", "fr", "crs-points", "Combien vaut une offre d'emploi avec EIMT dans le SCG maintenant ? Mon employeur me dit que c'est 50 points",
    [anyOf("0 point", "0 pts", "aucun point", "plus de points", "zero", "ne donne plus", "ne rapporte plus", "n'accorde plus", "plus aucun", "ne vaut plus", "ne compte plus"), "2025"]),
  x("usual-crs", "en", "crs-points", "my TEF is NCLC 7 in all four but I never took an english test. bonus points for french?", [anyOf(...(pts(ADDITIONAL.frenchOnly) as { any: string[] }).any, `${ADDITIONAL.frenchOnly} with`, `${ADDITIONAL.frenchOnly} avec`)], { typo: true }),
  x("usual-crs", "fr", "crs-points", "NCLC 7 partout en français et CLB 5 partout en anglais, combien de points bonus pour le français ?", [pts(ADDITIONAL.frenchWithEnglish)]),
  x("usual-crs", "en", "crs-points", "nclc 7 in 3 skills but 6 in writing, do i still get the french bonus", [ALL_FOUR, anyOf(
    "not eligible", "don't get", "do not get", "won't get", "wouldn't get", "no bonus", "no french", "not qualify", "doesn't qualify", "don't qualify", "not enough", "not met",
    "no:", "no,", "no.", "no —", "0 points", "no additional", "no extra", "not get")], { typo: true }),
  x("usual-crs", "fr", "crs-points", "J'ai 44 ans, marié, ma femme vient avec moi. Combien de points pour l'âge ?", [pts(AGE_POINTS[44]![0])]),
  x("usual-crs", "en", "crs-points", "I'm 29 and single but I turn 30 next week. How many age points do I lose?", [anyOf(...(pts(AGE_POINTS[29]![1] - AGE_POINTS[30]![1]) as { any: string[] }).any, String(AGE_POINTS[30]![1]), `lose ${AGE_POINTS[29]![1] - AGE_POINTS[30]![1]}`)]),
  x("usual-crs", "fr", "crs-points",
    "Bonsoir, je suis ingénieure au Sénégal, 31 ans, célibataire, master, TEF NCLC 9 partout et 4 ans d'expérience à l'étranger. Combien de points j'ai pour le diplôme seulement ?",
    [pts(EDUCATION.masters[1])]),
  x("usual-crs", "en", "crs-points", "Canadian 3-year bachelor's degree: how many ADDITIONAL points for studying in Canada?", [pts(ADDITIONAL.canadianStudyLong)]),
  x("usual-crs", "en", "crs-points", "Does a provincial nomination add 600 or replace my score? I'm at 455 right now", [pts(ADDITIONAL.nomination), String(455 + ADDITIONAL.nomination)]),
  x("usual-crs", "fr", "crs-points", "Certificat de qualification en soudure et NCLC 6 dans les quatre compétences, ça donne combien de points ?", [pts(coqPoints(6))]),
  x("usual-crs", "en", "crs-points", "how many points for 1 year of canadian work exp if my common-law partner is coming with me", [pts(CANADIAN_WORK[1]![0])], { typo: true }),
];

const usualClb: EvalCase[] = [
  x("usual-clb", "en", "clb", "IELTS L7.5 R6 W6.5 S6, what are my CLBs?", levelFacts("ielts", { listening: 7.5, reading: 6, writing: 6.5, speaking: 6 })),
  x("usual-clb", "fr", "clb", "TCF : CO 503, CE 499, EE 14, EO 12, ça fait quels NCLC ?", levelFacts("tcf", { listening: 503, reading: 499, writing: 14, speaking: 12 })),
  x("usual-clb", "en", "clb", "celpip 9 9 8 7 (LRWS) whats my clb lol", levelFacts("celpip", { listening: 9, reading: 9, writing: 8, speaking: 7 }), { typo: true }),
  x("usual-clb", "fr", "clb", "PTE Core : 60 partout, c'est bien CLB 7 ?", [
    { near: [`CLB ${clbOf("pte", "writing", 60)}`, anyOf("expression ecrite", "writing")], within: 25 },
    { near: [`CLB ${clbOf("pte", "speaking", 60)}`, anyOf("expression orale", "speaking")], within: 25 },
  ]),
];

const usualPrograms: EvalCase[] = [
  x("usual-programs", "en", "program-min", "FSW needs CLB 7, I know. But what's the CEC minimum if my job is TEER 2?",
    [{ near: [`CLB ${PROGRAM_MIN.cec.clbTeer23}`, anyOf("teer 2", "2 or 3", "2 ou 3", "2/3", "2-3", "2–3")], within: 60 }]),
  x("usual-programs", "fr", "program-min", "Pour le PTMSF il faut quel niveau en lecture ?",
    [{ near: [`CLB ${PROGRAM_MIN.fst.clbReadWrite}`, anyOf("lecture", "reading", "ecrit", "lire", "compréhension de l'écrit")], within: 60 }]),
  x("usual-programs", "en", "program-min", "CEC: does my work experience have to be within the last 10 years like FSW?",
    [anyOf(`${PROGRAM_MIN.cec.window} years`, "three years", "36 months", `last ${PROGRAM_MIN.cec.window}`, `past ${PROGRAM_MIN.cec.window}`)]),
  x("usual-programs", "fr", "program-min", "jai 1 an de job mais en temps partiel 20h/semaine ca compte pour le PEC ?", [String(PROGRAM_MIN.cec.hours)], { typo: true }),
  x("usual-programs", "en", "program-min", "FST: how many years of experience, and within how many years?",
    [anyOf(`${PROGRAM_MIN.fst.years} years`, "two years"), anyOf(`${PROGRAM_MIN.fst.window} years`, "five years")]),
  x("usual-programs", "fr", "program-min", "Est-ce que le travail fait pendant mes études (avec mon permis d'études) compte pour la PEC ?",
    [anyOf("ne compte pas", "ne comptent pas", "pas compte", "pas comptee", "pas comptees", "exclu", "n'est pas admissible", "ne sont pas admissibles", "ne peut pas compter",
      "pas prise en compte", "pas pris en compte", "ne compte jamais")]),
  x("usual-programs", "en", "program-min", "self employed in canada for 2 yrs, does that count for CEC",
    [anyOf("not count", "doesn't count", "does not count", "excluded", "not eligible", "isn't eligible", "not accepted", "don't count", "do not count")], { typo: true }),
];

const usualGrid: EvalCase[] = [
  x("usual-grid", "fr", "fsw-grid", "À 40 ans, combien de points d'âge dans la grille des 67 points ?", [pts(fswAgePoints(40))]),
  x("usual-grid", "en", "fsw-grid", "67 point grid: 5 years of experience gives how many?", [pts(fswExperiencePoints(5))]),
  x("usual-grid", "en", "fsw-grid", "FSW grid: what's the max for adaptability?", [anyOf(...(pts(FSW_ADAPTABILITY.cap) as { any: string[] }).any, `at most ${FSW_ADAPTABILITY.cap}`, `max ${FSW_ADAPTABILITY.cap}`, `maximum ${FSW_ADAPTABILITY.cap}`, `maximum of ${FSW_ADAPTABILITY.cap}`, `up to ${FSW_ADAPTABILITY.cap}`)]),
  x("usual-grid", "fr", "fsw-grid", "Grille du PTQF : un doctorat vaut combien de points ?", [pts(FSW_EDUCATION.doctoral)]),
];

const usualMoney: EvalCase[] = [
  x("usual-money", "en", "pof", "me, my wife and our 2 kids: how much settlement funds do we need for FSW?", [String(pofFor(4))]),
  x("usual-money", "fr", "pof", "CEC avec 3 enfants, je dois montrer combien de fonds ?", [NO_FUNDS]),
  x("usual-money", "en", "pof", "funds needed for a family of 9??", [String(pofFor(9))], { typo: true }),
  x("usual-money", "fr", "pof", "J'ai une offre d'emploi valide et je travaille déjà au Canada avec un permis. FSW : la preuve de fonds est obligatoire ?", [NO_FUNDS]),
  x("usual-money", "en", "pof", "can I use the equity in my house (worth 60k) as proof of funds?",
    [anyOf("not count", "doesn't count", "does not count", "cannot", "can't", "not accepted", "don't count", "do not count", "not allowed")]),
  x("usual-money", "en", "fees", "how much is the RPRF now?", [String(FEES.rprf)]),
  x("usual-money", "fr", "fees", "Frais de biométrie pour moi, ma femme et nos 2 enfants ?", [String(FEES.biometricsFamily)]),
  x("usual-money", "en", "fees", "processing fee for the principal applicant after April 30 2026?", [String(FEES.processing)]),
  x("usual-money", "fr", "fees", "Avant le 30 avril 2026, c'était combien les frais de traitement du demandeur principal ?", [String(FEES.processingBefore)]),
];

const usualProcess: EvalCase[] = [
  x("usual-process", "en", "process", "got my ITA today!!! how long do I have to submit?", [daysFact(PROCESS.daysToApply)], { typo: true }),
  x("usual-process", "fr", "process", "Mon profil expire quand ? Je l'ai soumis il y a 11 mois", [anyOf(`${PROCESS.profileMonths} mois`, "un an", "1 an")]),
  x("usual-process", "en", "process", "do I need a police certificate from a country where I only studied for 4 months?",
    [anyOf(`${PROCESS_MORE.policeMonths} months`, "six months")]),
  x("usual-process", "fr", "process", "Les données biométriques sont valides combien de temps ?", [anyOf(`${PROCESS_MORE.biometricsValidYears} ans`, "dix ans")]),
];

const usualCategories: EvalCase[] = [
  x("usual-category", "en", "category", "Is STEM still a thing in 2026 or did they drop it like agriculture?", [STEM_2026]),
  x("usual-category", "fr", "category", "La catégorie agriculture existe encore en 2026 ?", [anyOf(...(NOT_CURRENT as { any: string[] }).any, "ne fait pas partie", "pas une categorie", "n'existe plus")]),
  x("usual-category", "fr", "category", "Pour la catégorie santé, il faut 6 mois ou 12 mois d'expérience maintenant ?", [anyOf("12 mois", "douze mois", "un an", "1 an")]),
  x("usual-category", "en", "round", "how many invitations did the military recruits draw have?", [{ near: [String(lastOf("military").size), anyOf("invitation", "ita")], within: 20 }]),
  x("usual-category", "fr", "pnp", "cb de tirages PCP depuis le debut de 2026 ?", [roundsFact(roundsIn(yearSlice(2026, "pnp")).length)], { typo: true }),
  x("usual-category", "en", "pnp", "lowest PNP cutoff this year?", [String(Math.min(...roundsIn(yearSlice(2026, "pnp")).map((r) => r.crs)))]),
  x("usual-category", "en", "reform", "Federal High-Skilled Class: is it in force yet? what CLB would it need?", [PROPOSED, `CLB ${REFORM.proposedClb}`]),
  x("usual-category", "fr", "reform", "la reforme entree express c deja en vigueur ou pas ??", [PROPOSED], { typo: true }),
];

const NOW = EVAL_NOW.slice(0, 10);

const usualData: EvalCase[] = [
  x("usual-data", "en", "days-since", "how many days since the last CEC draw?", [daysFact(days(cec.date, NOW))]),
  x("usual-data", "fr", "days-since", "Ça fait combien de jours depuis le dernier tirage santé ?", [daysFact(days(health.date, NOW))]),
  x("usual-data", "en", "freshness", "any news on draws? what's the latest one", [STALE], { clock: "late" }),
  x("usual-data", "en", "pool", "how many people in the pool above 500?", [String(poolCount(r434, 501, 1200))]),
  x("usual-data", "fr", "pool", "Combien de candidats entre 451 et 500 dans le bassin ?", [String(poolCount(r434, 451, 500))]),
  x("usual-data", "en", "record", "biggest french draw of 2026?", [String(Math.max(...roundsIn(yearSlice(2026, "french")).map((r) => r.size)))]),
  x("usual-data", "fr", "gap", "Le plus long délai entre deux tirages PEC en 2026 ?", [daysFact(...longestWaits(yearSlice(2026, "cec"), EVAL_NOW))]),
];

// ---- Long chatty messages with several numbers in them ------------------------------------------------------------

const spouseNclc8 = (["listening", "reading", "writing", "speaking"] as const).reduce((a, ab) => a + spouseLanguagePoints(clbOf("tef", ab, 520)), 0);
const r429 = byId("429");
const feb6 = onDate("2026-02-06");

const chatty: EvalCase[] = [
  x("chatty", "fr", "crs-points",
    "slt tout le monde, moi c 478 avec PEC, ma femme vient avec moi et elle a fait son TEF : 520 dans les 4 épreuves. Ça me rapporte combien de points à moi, ses résultats ?",
    [pts(spouseNclc8)], { typo: true }),
  x("chatty", "en", "pof",
    "Hi guys, me (32) and my wife (30) both have masters, I'm the principal with CLB 9, she has CLB 7. We're in Dubai. How much money do we need to show for FSW, just the two of us, no kids?",
    [String(pofFor(2))]),
  x("chatty", "fr", "latest",
    "Bonjour, je suis Marocain, j'ai travaillé 3 ans comme technicien au Canada avec un PTT. Mon score est 489. C'était quand le dernier tirage PEC et il y a eu combien d'invitations ? Merci d'avance",
    [cec.date, String(cec.size)]),
  x("chatty", "en", "latest",
    "ok so i got 472 and NOC 72410 (mechanic). theres a transport draw now right?? what was its cutoff, did i miss it by a lot lol", [String(byId("434").crs)], { typo: true }),
  x("chatty", "fr", "crs-points",
    "Salut, question bête : mon frère vit à Ottawa depuis 2019 mais il a seulement un permis de travail, pas la résidence permanente. Est-ce que j'ai quand même les 15 points frère ou sœur ?",
    [anyOf("ne compte pas", "ne donne pas", "pas droit", "pas les 15", "aucun point", "n'avez pas", "ne recevez pas", "pas admissible", "n'est pas admissible",
      "ne s'applique pas", "n'y avez pas droit")]),
  x("chatty", "en", "round",
    "Question about draw numbers vs scores cause im confused: draw 429 had 399 as the number?? so whats 429, the round or the score, and which category was it",
    [String(r429.crs), anyOf("french", "francophone")], { typo: true }),
  x("chatty", "fr", "round", "bjr, svp on m'a dit ke le tirage du 06/02/2026 c'était un tirage francophone a 400 avec beaucoup d'invitations, c vrai ?? combien exactement ?",
    [String(feb6.crs), String(feb6.size)], { typo: true, not: [rid(french)] }),
];

export const TUNING_TRICKY: EvalCase[] = [
  ...scoreAndCutoff, ...someoneElse, ...negation, ...comparison, ...period, ...numbers, ...outside, ...noPredict, ...dates,
  ...outsideMore, ...noPredictMore, ...usualCrs, ...usualClb, ...usualPrograms, ...usualGrid, ...usualMoney, ...usualProcess, ...usualCategories, ...usualData, ...chatty,
];
