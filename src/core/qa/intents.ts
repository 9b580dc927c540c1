import { drawCommand, latestCommand, listCommand, MAX_LIST } from "../draws/replies.ts";
import type { Reply } from "../reply.ts";
import { AGE_LIMIT, childrenPointsLine, crsPointsAnswer, marriageLine } from "./answers/crs-points.ts";
import { crsEstimate } from "./answers/crs-estimate.ts";
import type { DataContext } from "./answers/data-context.ts";
import { latestPairAnswer, scoreLine, averageAnswer, byCategoryAnswer, byMonthAnswer, freshnessAnswer, mergeReplies, poolAnswer, thresholdAnswer, trendAnswer, yearStatsAnswer, chancesAnswer, cutoffsAnswer, edgeRoundAnswer, gapsAnswer, lastGapAnswer, provincialDrawAnswer, nextRoundAnswer, recordAnswer, roundPairAnswer, sliceAnswer, totalsAnswer } from "./answers/draw-answers.ts";
import { CHANGE_ASK, categoriesAnswer, familyFeesUnknown, feesAnswer, fundsAnswer, pnpAnswer, programAnswer, reformAnswer } from "./answers/eligibility-answers.ts";
import { fswGridAnswer } from "./answers/fsw-grid.ts";
import { dataFooter, roundRef, sliceOf, slicedRounds } from "./answers/data-context.ts";
import { inLang, type Lang } from "../reply.ts";
import { TEF_SCALE_2019, TEF_SCALE_2023, tefScale } from "../crs/language.ts";
import { formatDate } from "../format.ts";
import { officialLink } from "../links.ts";
import { topicById } from "../../content/topics.ts";
import { topicReply } from "./answers/topic-reply.ts";
import { levelsAnswer, thresholdsAnswer } from "./answers/language-levels.ts";
import { directionOf, measureOf } from "./understand/superlative.ts";
import { CUES, has } from "./cues.ts";
import { aspectsIn } from "./answers/program-aspects.ts";
import { processTopicOf } from "./understand/process-topic.ts";
import { ITA_DAYS } from "../../content/ita.ts";
import { extractCategory } from "./understand/category.ts";
import { programsIn } from "./understand/person.ts";
import { programsAspectLines } from "./answers/program-aspects.ts";
import { biometricsAnswer } from "./answers/process-answers.ts";
import { categoryPersonLines } from "./answers/category-person.ts";
import { choicesAgree, jobProgramLine, jobTitleMatches, nocAnswer, nocChoicesAnswer, nocMatches } from "./answers/noc-answer.ts";
import { factorWordsIn, POINTS_ASK } from "./understand/crs-factor.ts";
import type { DrawDeps } from "../draws/replies.ts";
import type { SlotName, Slots } from "./understand/slots.ts";
import { lastCount } from "./understand/round-ref.ts";
import type { Round } from "../draws/round.ts";
import { latestRound } from "../draws/queries.ts";

/**
 * Intents as data: when each applies (cues and slots), which slots it honours, how sure a match
 * is, and the answer it gives. The first intent whose `when` holds answers; order goes from the
 * most specific question to the most general.
 */

export interface IntentInput {
  /** The normalised, corrected question with the period blanked out. */
  text: string;
  slots: Slots;
  data: DataContext;
  deps: DrawDeps;
}

export interface IntentResult {
  reply: Reply;
  topic: string;
  /** Slots this answer honoured (defaults to the intent's). */
  honoured?: readonly SlotName[];
  /** The question named what it asks ("…how many points for education?"): other slots are background, noted but not doubted. */
  named?: boolean;
  /** At most this sure (a list of choices is not an answer). */
  confidence?: number;
}

export interface Intent {
  id: string;
  when(i: IntentInput): boolean;
  honours: readonly SlotName[];
  confidence: number;
  answer(i: IntentInput): IntentResult | undefined | Promise<IntentResult | undefined>;
}

/** Slots that change what a question about rounds means. */
export const DRAW_SLOTS: readonly SlotName[] = ["category", "category2", "excludedCategories", "period", "period2", "lastN", "round", "roundStep", "roundTo", "roundDate", "score", "scoreTo", "bound", "sizeBound"];
/** Slots that change what a question about a person's points or eligibility means. */
export const PERSON_SLOTS: readonly SlotName[] = ["noc", "age", "test", "testName", "clb", "ability", "secondLanguage", "spouse", "education", "canadianEducation", "canadianWorkYears", "foreignWorkYears", "workMonths", "familySize", "program", "province"];

const SLICE: readonly SlotName[] = ["category", "category2", "excludedCategories", "period", "period2", "lastN"];
/** For answers over one period only: a second period named is said to be left out. */
const ONE_SLICE: readonly SlotName[] = ["category", "excludedCategories", "period"];
const cat = (s: Slots) => (s.category ? { category: s.category } : {});
const noPeriod = (i: IntentInput) => !i.slots.period;
/** "The minimum CRS ever", "le maximum d'invitations de tous les temps": a plain minimum or maximum over the whole history is a record. */
const EXTREME_EVER = /\b(minimum|minimal|minimale|maximum|maximal|maximale)\b/;
const extremeEver = (i: IntentInput) => i.slots.period?.kind === "all" && EXTREME_EVER.test(i.text);

/** The program a question is about: named, or implied ("11 months of Canadian experience, do I qualify?" is CEC). */
function programOf(i: IntentInput): "fsw" | "cec" | "fst" | undefined {
  if (i.slots.program) return i.slots.program === "pnp" ? undefined : i.slots.program;
  const eligibility = /\b(qualify|qualifies|eligible|eligibility|admissible|can i apply|enough|assez|suffi\w*|minimum|requirements?|exigences?)\b/.test(i.text);
  if (eligibility && (i.slots.canadianWorkYears !== undefined || /\b(canadian|canada|canadienne) (?:work )?(?:experience|exp|work)\b|\bexperience (?:de travail )?(?:au canada|canadienne)\b|\bwork(?:ed)? in canada\b/.test(i.text)) && i.slots.foreignWorkYears === undefined) return "cec";
  return undefined;
}

/** The category named right after "category"/"catégorie" ("la catégorie transport", "the STEM category" reads the word before). */
function categoryAfterWord(text: string): string | undefined {
  const m = /\b(?:categor\w*)\s+(?:de la |de l |des |du |de |d |for |of |for the )?(\w+(?:\s+\w+)?)/.exec(text) ?? /\b(\w+(?:\s+\w+)?)\s+categor\w*\b/.exec(text);
  const key = m ? extractCategory(m[1]!).category : undefined;
  return key && !["cec", "pnp", "fsw", "fst", "general"].includes(key) ? key : undefined;
}

/** A question about rounds: a draw word with a cutoff, latest, when, record or count asked, and no factor named after "points for". */
function ROUND_ASK(i: IntentInput): boolean {
  return has(i.text, "draw") && (has(i.text, "latest") || has(i.text, "when") || has(i.text, "min") || has(i.text, "max") || has(i.text, "average") || has(i.text, "count") || /\b(cut ?offs?|cutoffs?|seuil|score minimum|note minimale|il etait a combien|was it|minimum (?:crs |scg )?(?:score|points?|pointage|note))\b/.test(i.text)) &&
    !/\b(?:points?|pts)\s+(?:\w+\s+){0,3}?(?:for|pour)\b/.test(i.text);
}

/** The work the question gives ("18 months", "2 years in Canada"): a program's minimums answer, not a job's NOC alone. */
const WORK_GIVEN = (i: IntentInput) => i.slots.workMonths !== undefined || i.slots.canadianWorkYears !== undefined || i.slots.foreignWorkYears !== undefined;

/** The category a question names: the one beside the word "category" first, not a program ("cec", "fst"…). */
function namedCategory(i: IntentInput): string | undefined {
  const c = (has(i.text, "categories") ? categoryAfterWord(i.text) : undefined) ?? i.slots.category;
  return c && !["cec", "pnp", "fsw", "fst", "general"].includes(c) ? c : undefined;
}

/** "How much French do I need for the francophone draws?": the French category's level, not the CRS French bonus. */
const FRENCH_LEVEL_ASK = (i: IntentInput) => i.slots.category === "french" && has(i.text, "draw") && /\b(need|needed|required?|requirements?|exig\w*|faut|besoin|level|niveau|how much|combien|enough|assez|eligible|admissible|qualify|minimum|minimal)\b/.test(i.text) && !/\b(cut ?offs?|seuils?|crs|scg|latest|dernier|derniere|last)\b/.test(i.text);

/** A process topic's line for what the question adds: a test's date against its validity, who cannot be a dependant. */
function processTopicLine(id: string, i: IntentInput): string | undefined {
  if (id === "language-tests") return testValidityLine(i.slots, i.data.today, i.data.lang);
  // "Can my parents come as dependants?": the definition says who can, so say who cannot.
  if (id === "dependants" && /\b(parents?|mother|father|mom|mum|dad|siblings?|brothers?|sisters?|grand ?parents?|grand ?mother|grand ?father|in laws?|mere|pere|frere|soeur|grands? parents?|beaux parents)\b/.test(i.text))
    return inLang(i.data.lang, "No: only your spouse or common-law partner and your dependent children can be included — not parents, brothers or sisters.", "Non : seuls l’époux ou le conjoint de fait et les enfants à charge peuvent être inclus — pas les parents, frères ou sœurs.");
  return undefined;
}

/** A language test's date (a year or a month said) against its 2-year validity, today. */
function testValidityLine(s: Slots, today: string, lang: Lang): string | undefined {
  const p = s.period;
  if (!p?.from || !/^(year|month|since|range)$/.test(p.kind) || (p.to && p.to.slice(0, 4) !== p.from.slice(0, 4))) return undefined;
  const plus2 = (iso: string) => `${Number(iso.slice(0, 4)) + 2}${iso.slice(4)}`;
  const to = p.kind === "since" ? p.from : p.to ?? p.from;
  const said = p.text.replace(/^(from|since|in|de|depuis|en) /, "");
  if (plus2(to) < today) return inLang(lang, `A result from ${said} is more than 2 years old today (${formatDate(today, lang)}): it is no longer valid for Express Entry — you need a new test.`, `Un résultat de ${said} a plus de 2 ans aujourd’hui (${formatDate(today, lang)}) : il n’est plus valide pour Entrée express — il faut repasser le test.`);
  if (plus2(p.from) >= today) return inLang(lang, `A result from ${said} is less than 2 years old today: valid until 2 years after the test date, and it must still be valid when you create your profile and when you apply.`, `Un résultat de ${said} a moins de 2 ans aujourd’hui : valide jusqu’à 2 ans après la date du test, et il doit l’être encore à la création du profil et au dépôt de la demande.`);
  return inLang(lang, `A result from ${said} may or may not be valid: it expires 2 years after the exact test date (check the date on your report).`, `Un résultat de ${said} peut l’être ou non : il expire 2 ans après la date exacte du test (vérifiez la date sur votre relevé).`);
}

/** Days left of the 60 after an invitation, from "N days ago" or the invitation's date. */
function itaCountdown(i: IntentInput): string | undefined {
  const lang = i.data.lang;
  const ago = /\b(\d{1,2})\s*(?:days?|jours?)\s*(?:ago|back)\b|\b(?:il )?y a\s*(\d{1,2})\s*jours?\b/.exec(i.text);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();
  let received: string | undefined;
  if (ago) received = new Date(day(i.data.today) - Number(ago[1] ?? ago[2]) * 86_400_000).toISOString().slice(0, 10);
  else if (i.slots.roundDate) received = i.slots.roundDate.startsWith("?") ? `${i.data.today.slice(0, 4)}${i.slots.roundDate.slice(1)}` : i.slots.roundDate;
  if (!received || received > i.data.today) return undefined;
  const deadline = new Date(day(received) + ITA_DAYS * 86_400_000).toISOString().slice(0, 10);
  const left = Math.round((day(deadline) - day(i.data.today)) / 86_400_000);
  return left >= 0
    ? inLang(lang, `Invitation on ${formatDate(received, lang)}: the 60 days end on ${formatDate(deadline, lang)} — ${left} day${left === 1 ? "" : "s"} left (today is ${formatDate(i.data.today, lang)}). /ita ${received} sets reminders.`, `Invitation le ${formatDate(received, lang)} : les 60 jours se terminent le ${formatDate(deadline, lang)} — il reste ${left} jour${left === 1 ? "" : "s"} (nous sommes le ${formatDate(i.data.today, lang)}). /ita ${received} active des rappels.`)
    : inLang(lang, `Invitation on ${formatDate(received, lang)}: the 60 days ended on ${formatDate(deadline, lang)}.`, `Invitation le ${formatDate(received, lang)} : les 60 jours ont pris fin le ${formatDate(deadline, lang)}.`);
}

/** Words only the reform proposals use. */
const REFORM_STRONG = /\b(high ?wage|salaire eleve|hauts? salaires?|federal high ?skilled|high ?skilled class|hautement qualifie\w*|classe federale|forward regulatory plan|plan (?:prospectif )?de reglementation|reform|reforms|reforme|overhaul|refonte|public consultation|consultation publique)\b/;

/** Asking which level a score is ("what CLB is…", "c'est quel NCLC", "convert to CLB"): a conversion, not points. */
const LEVEL_ASK = /\b(what|which|quel|quelle|quels|wat)\s+(?:\w+\s+)?(clb|nclc|level|levels|niveau|niveaux)\b|\b(clb|nclc|level|niveau)\s*(?:is (?:that|it)|c est|est ce)?\s*(?:combien|quoi|koi|wat|\?)?\s*$|\b(convert\w*|equivalen\w*|correspond\w*)\b/;

/** "the last two draws", "les deux derniers tirages": the newest pair of rounds. */
const LAST_TWO = /\b(?:last|latest|most recent|previous|derniers|dernieres) (?:two|2|deux)\b|\b(?:two|2|deux) (?:last|latest|most recent|derniers|dernieres)\b/;

/** "The last/first … round" of a period: one round at one end of the slice (singular: "the last draws of 2025" is a list). */
const EDGE = /\b(last|latest|final|most recent|newest|first|1st|dernier|derniere|toute derniere|premier|premiere|1er|1ere)\s+(?:[\w#]+\s+){0,4}?(?:draw|round|tirage|ronde|ita round|invitation round)\b(?!s)/;
const edgeOf = (text: string) => {
  const m = EDGE.exec(text);
  return m ? (/^(first|1st|premier|premiere|1er|1ere)$/.test(m[1]!) ? "first" : "last") : undefined;
};
/** Questions about a day in the life of Express Entry ("what happened on May 27, 2026 in Express Entry?"). */
const ABOUT_A_DAY = /\b(happen\w*|passe|arrive|quoi|what|express entry|entree express|ircc|ee)\b/;
/** Asking what a word means, not for a figure. */
const EXPLAIN = /\b(mean|means|meaning|explain|definition|signifie|veut dire|what is an?|what s an?|c est quoi une?|qu est ce qu une?)\b/;
/** Slots that make a question about the person rather than the rounds. */
const personal = (s: Slots) => s.score !== undefined || s.age !== undefined || s.test !== undefined || s.clb !== undefined || s.education !== undefined;
/** "My score", "how does it affect my CRS": the person's own score, not a round's cutoff. */
const OWN_SCORE = /\b(my|mon|ma|mes|affects?|impacts?|boosts?|increases?|adds?|raises?|augmente\w*|monte|rapporte\w*|ajoute\w*)\b/;

/** "Le dernier tirage PEC, combien de points ?": the points of a round are its cutoff, when no CRS factor is named. */
const roundPoints = (i: IntentInput) => has(i.text, "latestOne") && ((!personal({ ...i.slots, score: undefined }) && factorWordsIn(i.text).length === 0) || !has(withoutScore(i.text), "points"));
/** The text without the person's own score ("j'ai 455 points au SCG", "I have 434 points"): what else does it ask? */
const withoutScore = (text: string) => text.replace(/\b\d{3,4}\s*(?:points?|pts|crs|scg)\b(?:\s+(?:au|in|on|in the|du)\s+(?:scg|crs))?|\b(?:my|mon|ma)\s+(?:crs|scg|score|note)\s+(?:is|est|of|de|=|:)?\s*\d{3,4}\b/g, " ");
const MY_SCORE = /\b(?:my|mon|ma|mes)\s+(?:\w+\s+)?(?:score|crs|scg|points|note|pointage)\b/;
const ROUND_COUNT = /\b(how many|combien d|combien de|number of|nombre d|nombre de|total|totals)\s+(?:\w+\s+){0,2}(invitations?|invits?|itas?|ipds?|draws?|rounds?|tirages?|rondes?)\b/;
/** A ranking or breakdown of categories: "which category…", "by category", "par programme". */
const BY_CATEGORY = /\b(?:which|what|quelle?s?|quel|quels)\s+(?:\w+\s+)?(?:categor\w*|programs?|programmes?|streams?|types? of (?:draws?|rounds?))\b|\b(?:by|per|par|each|chaque)\s+(?:categor\w*|programs?|programmes?|streams?|types?)\b|\bbreakdown\b|\bventilation\b/;
const TREND = /\b(trend\w*|tendances?|evolution|evolue|(?:going|go|goes|went|gone) (?:up|down)(?! to)|rising|falling|dropping|decreasing|increasing|declining|climbing|en hausse|en baisse|baisse\w*|descend\w*|diminu\w*|remonte\w*|monte|montent|monter|up or down|higher or lower|direction|over time|au fil du temps|getting (?:lower|higher|easier|harder)|de plus en plus)\b/;
const BY_MONTH = /\b(?:which|what|quel|quelle)\s+(?:\w+\s+)?months?\b|\bquel mois\b|\b(?:in|during) (?:a|one) (?:single )?month\b|\ben un (?:seul )?mois\b|\b(?:per|a|each|every|by) month\b|\b(?:par|chaque) mois\b|\bmonth by month\b|\bmois par mois\b|\bmonthly\b|\bmensuel\w*/;
// ("Tirage par catégorie" is the name of a kind of round, not a breakdown.)
const BREAKDOWN = /(?<!\b(?:tirages?|rondes?|draws?|rounds?|selection)\s)\b(?:by|per|par|each|chaque)\s+(?:categor\w*|programs?|programmes?|streams?|types?)\b|\bbreakdown\b|\bventilation\b|\brepartition\b/;
const AFTER_NEXT = /\b(what happens next|what s next|whats next|what next|next steps?|prochaines? etapes?|et ensuite|et apres|what do i do next|then what)\b/;
/** Asking to be told of new rounds is the subscription, not a round. */
const ALERTS = /\b((?:get|be|being|send|sends|receive|set up|turn on)\s+(?:me\s+)?(?:an?\s+)?(?:notif\w*|alerts?|reminders?|messages?)|notify|notified|subscrib\w*|abonn\w*|remind me|rappelle|ping me|let me know|tell me when|prevenir|previens|avertir|avertis)\b/;
/** A gap question asks for a length of time, a frequency or a rhythm. */
const GAP_TIME = /\b(bursts?|waves?|vagues?|how (?:often|long|many days|many weeks|frequent\w*|regular\w*)|days?|jours?|weeks?|semaines?|months?|mois|time|temps|frequen\w*|gaps?|intervals?|intervalles?|longest|shortest|plus long\w*|plus court\w*|average|typical\w*|usual\w*|normally|generalement|en general|moyenne?|combien|ecarts?|delais?|rythme|rhythm|cadence|pauses?|breaks?|droughts?|dry spells?|stretch\w*|wait\w*|attente|apart|every|toutes|tous les|chaque|regular\w*|regulierement|espac\w*|weekly|hebdo\w*|fortnight\w*)\b/;
const WHO_WHY = /\b(who|why|pourquoi|qui decide|decides?|decided|determin\w*|calculated|calcule|chosen|choisi\w*)\b/;
/** What someone invited asks about their application. */
const APPLICATION_ASK = /\b(documents?|docs|papers|pieces|paperwork|what now|what next|what s next|whats next|next steps?|que faire|je fais quoi|quoi faire|how long until|how long for|combien de temps (?:pour|avant)|medical|police|biometri\w*|payer|pay)\b/;
/** About how fresh the bot's own data is. */
const FRESHNESS = /\b(?:(?:your|the|this|these|ur|tes|vos|ces|les|this bot s|the bot s)\s+(?:data|info\w*|numbers|figures|donnees|infos?|chiffres|bot)\s+(?:\w+\s+)?(?:up to date|current|updated|fresh|a jour|recent\w*|stale|outdated|old|perime\w*)|(?:up to date|a jour|updated|mis a jour|mise a jour|last (?:update|updated|sync\w*|refresh\w*)|derniere mise a jour|how current|how fresh|how old)\b.*\b(?:data|info\w*|bot|you|donnees|infos?|chiffres|ton|tes|toi|vous)|(?:data|info\w*|bot|donnees|infos?|chiffres)\b.*\b(?:up to date|a jour|updated|mis a jour|how current|how fresh|how old))\b/;
/** A year's pace and where it is heading. */
const PROJECTION = /\b(on track|on pace|at this (?:pace|rate)|pace|projection|projections|projected|by (?:the )?(?:end of|year end)|year end|beat|surpass|exceed|depasser|a ce rythme|au rythme actuel|d ici la fin)\b/;
const COMPARING = /\b(compare\w*|comparison|comparaison|versus|vs|against|par rapport|same period|meme periode)\b/;
/** Asking for a guess about rounds to come. */
const PREDICT = /\b(predict\w*|forecast\w*|prevision\w*|prevoir|pronostic\w*|gonna be|going to be|will (?:it|they|the (?:\w+ ){0,3}(?:cutoffs?|scores?|draws?|rounds?)) (?:\w+ )?(?:be|drop|go down|go up|fall|rise|decrease|increase|come back|return|resume)|(?:come back|return|resume)\b.*\b(?:before|by|this|next)|sera (?:a|de)|seront|va (?:baisser|monter|descendre|remonter)|d apres (?:vous|toi|les tendances)|selon (?:vous|toi)|a votre avis|your guess|ton avis|votre avis|(?:vous|tu) pens\w*|(?:do|what do) you think|in your opinion|serai invite\w*|will i be invited|when will i (?:get|be))\b/;
/** Other immigration programs and documents: not Express Entry's rounds. */
const OTHER_PROGRAM = /\b(atlantic immigration|aip|rnip|rcip|pgp|parents? and grandparents?|parents et grands parents|iec|working holiday|pvt|arrima|pstq|quebec skilled|csq|eoi|expression of interest|sinp|oinp|bcpnp|aaip|mpnp|nsnp|nbpnp|australia\w*|new zealand|nouvelle zelande|uk|united kingdom|royaume uni|work permits?|permis de travail|permis ouvert|open work permit|sowp|pgwp|study permit|permis d etudes|citizenship|citoyennete|pr card|carte rp|carte de resident)\b/;
/** A word of the next-round family within a few words of a word for rounds: "expire bientôt … l'ITA" is not about rounds. */
function nearRoundWord(text: string, cue: RegExp): boolean {
  const wordAt = (index: number) => text.slice(0, index).split(" ").length - 1;
  const rounds = text.split(" ").flatMap((w, k) => (/^(draws?|rounds?|tirages?|rondes?|itas?|ipds?|invitations?|one|cut|cutoffs?|seuils?|calendriers?|schedules?|calendars?)$/.test(w) ? [k] : []));
  const cues = [...text.matchAll(new RegExp(cue.source, "g"))].map((m) => wordAt(m.index));
  return cues.some((c) => rounds.some((r) => Math.abs(r - c) <= 10)) || /\b(next one|prochain|prochaine)\b/.test(text);
}
const POOL_WORD = /\b(pool|bassin|candidates|candidats|people|personnes|gens|profiles?|profils?)\b/;
const ROUND_WORD = /\b(draws?|rounds?|tirages?|rondes?)\b/;
const NOMINATION = /\b(nominat\w*|designation|designee?|nommee?)\b/;
/** "How many months", "combien de jours": a duration, not a count of rounds. */
const DURATION_COUNT = /\b(how many|combien de|combien d|number of|nombre de|nombre d)\s+(months?|years?|days?|weeks?|hours?|mois|ans|annees|jours|semaines|heures|points?|pts)\b/;
/** Fees, funds and processing mention ITAs, but are not about rounds. */
const notRoundData = (i: IntentInput) => has(i.text, "fees") || has(i.text, "funds") || has(i.text, "processing") || DURATION_COUNT.test(i.text) || WHO_WHY.test(i.text) || OTHER_PROGRAM.test(i.text) || /\b(expir\w*|validity|valide?|what should i do|what do i do|que faire|je fais quoi|quoi faire)\b/.test(i.text);

/**
 * The person's score, named beside a question about rounds ("I have 455, when was the last transport draw?"),
 * set against the round or rounds the answer is about — so the score is used, not left out.
 */
function withScore(i: IntentInput, result: IntentResult, honours: readonly SlotName[], against: Round | readonly Round[] | undefined, ctx: DataContext = i.data): IntentResult {
  const score = i.slots.score;
  if (score === undefined || i.slots.scoreTo !== undefined || i.slots.bound || !against) return result;
  const line = scoreLine(ctx, score, against);
  if (!line) return result;
  return { ...result, reply: { ...result.reply, lines: [...(result.reply.lines ?? []), line] }, honoured: [...(result.honoured ?? honours), "score"] };
}

/**
 * A round's own reply, footer included ("As of round #176 …", that round's page): naming the newest round there
 * would read as if the question were about it. (Answers over a slice say "as of" the newest round.)
 */
const asOfData = (_i: IntentInput, reply: Reply): Reply => reply;

/** An answer over the question's period and, when it compares two ("2023 vs 2024"), over the second as well. */
function compared(i: IntentInput, build: (data: DataContext) => Reply): Reply {
  const first = build(i.data);
  // Two categories ("French vs healthcare draws in 2025"): each over the same period.
  if (i.slots.category2 && i.slots.category2 !== i.slots.category) {
    return mergeReplies(i.data, first, build({ ...i.data, slots: { ...i.data.slots, category: i.slots.category2 } }));
  }
  if (!i.slots.period2) return first;
  const other = { ...i.data, slots: { ...i.data.slots, period: i.slots.period2 } };
  // "In 2025 … last year" names one year twice.
  if (JSON.stringify(sliceOf(i.data)) === JSON.stringify(sliceOf(other))) return first;
  return mergeReplies(i.data, first, build(other));
}

/** "The draw before #430", "la ronde après la 429", "the one before the last": the round that many places away, in the category if named. */
function relativeRound(i: IntentInput): string | undefined {
  const step = i.slots.roundStep;
  if (!step) return undefined;
  const rounds = i.data.rounds;
  const inCategory = (k: number) => !i.slots.category || rounds[k]!.category.key === i.slots.category;
  // From the newest round (of the category, if named), or from the round named.
  let k = i.slots.round === "latest" ? rounds.findLastIndex((_, j) => inCategory(j)) : rounds.findIndex((r) => r.id === i.slots.round);
  if (k < 0) return undefined;
  for (let left = Math.abs(step); left > 0; ) {
    k += Math.sign(step);
    if (k < 0 || k >= rounds.length) return `${i.slots.round}${step > 0 ? "+" : "-"}`;
    if (inCategory(k)) left--;
  }
  return rounds[k]!.id;
}


export const INTENTS: readonly Intent[] = [
  {
    id: "ita-countdown",
    // "ITA received on August 1, what's the deadline?", "got my invitation 50 days ago, how many days left?": the 60 days counted.
    when: (i) => /\b(itas?|ipds?|invitation)\b/.test(i.text) && /\b(deadline|date limite|how many days|combien de jours|days? left|jours? restants?|reste|il me reste|left|when (?:is|do) (?:i|my)|due|submit by|avant quand)\b/.test(i.text) &&
      (!!i.slots.roundDate || /\b\d{1,2}\s*(?:days?|jours?)\s*(?:ago|back)\b|\b(?:il )?y a\s*\d{1,2}\s*jours?\b/.test(i.text)) && !i.slots.round && !/\b(draw|round|tirage|ronde|cutoff|seuil)\b/.test(i.text),
    honours: ["roundDate", "period"],
    confidence: 0.88,
    answer: (i) => {
      const countdown = itaCountdown(i);
      if (!countdown) return undefined;
      const reply = topicReply(topicById("ita")!, i.data.lang, i.data.rounds);
      return { reply: { ...reply, lines: [countdown, ...(reply.lines ?? [])] }, topic: "ita" };
    },
  },
  {
    id: "reform-early",
    // Words only the 2026 reform proposals use ("high-wage occupation points", "Federal High-Skilled class", "the consultation"),
    // even beside a date that looks like a round's ("new rules from November 3, 2026").
    when: (i) => REFORM_STRONG.test(i.text),
    honours: ["period", "roundDate", "program"],
    confidence: 0.85,
    answer: (i) => ({ reply: reformAnswer(i.data.lang), topic: "reform" }),
  },
  {
    id: "freshness",
    // "Is your data up to date?", "tes données sont à jour ?", "when did you last update?"
    when: (i) => FRESHNESS.test(i.text) && !has(i.text, "points") && !has(i.text, "fees") && !/\b(profile|profil|documents?|ielts|celpip|tef|tcf|eca|passport|passeport)\b/.test(i.text),
    honours: [],
    confidence: 0.85,
    answer: (i) => ({ reply: freshnessAnswer(i.data, i.deps.feed?.lastReachedAt()), topic: "freshness" }),
  },
  {
    id: "round-pair",
    when: (i) => i.slots.round !== undefined && i.slots.roundTo !== undefined && !/\b(points?|pts)\b/.test(i.text),
    honours: ["round", "roundTo", "category"],
    confidence: 0.9,
    answer: (i) => ({ reply: roundPairAnswer(i.data, i.slots.round!, i.slots.roundTo!), topic: "round-pair" }),
  },
  {
    id: "round",
    // "I got my ITA in draw 432, how long until PR?" names a round as background to a question about the application.
    when: (i) => i.slots.round !== undefined && !/\b(points?|pts)\b/.test(withoutScore(i.text)) && !has(i.text, "processing") && !has(i.text, "fees") && !has(i.text, "funds") && !APPLICATION_ASK.test(i.text),
    honours: ["round", "roundStep", "category"],
    confidence: 0.95,
    answer: async (i) => {
      const id = relativeRound(i) ?? i.slots.round!;
      const result = { reply: asOfData(i, await drawCommand(i.deps, { id, lang: i.data.lang })), topic: "round" };
      return withScore(i, result, ["round", "roundStep", "category"], i.data.rounds.find((r) => r.id === id));
    },
  },
  {
    id: "round-by-date",
    // A date without a year ("tirage du 9 juillet") is the most recent such day with a round; none → another intent.
    // With a year, a date is a day of rounds even without the word ("what happened on 27 May 2026?").
    when: (i) => i.slots.roundDate !== undefined && (has(i.text, "draw") || (!i.slots.roundDate.startsWith("?") && (/\b(cut ?offs?|cutoffs?|seuils?|crs|scg)\b/.test(i.text) || ABOUT_A_DAY.test(i.text)) && !has(i.text, "reform") && !has(i.text, "points"))),
    honours: ["roundDate", "category", "period"],
    confidence: 0.9,
    answer: async (i) => {
      const wanted = i.slots.roundDate!;
      // Without a year ("the draw on March 4"), the most recent such date.
      const matches = (d: string) => (wanted.startsWith("?") ? d.slice(4) === wanted.slice(1) : d === wanted);
      const found = i.data.rounds.filter((x) => matches(x.date) && (!i.slots.category || x.category.key === i.slots.category));
      // Without a year, only the most recent such day's rounds.
      const r = found.filter((x) => x.date === found[found.length - 1]?.date);
      if (r.length) {
        const replies = await Promise.all(r.slice(-2).map(async (x) => asOfData(i, await drawCommand(i.deps, { id: x.id, lang: i.data.lang }))));
        const reply = replies.length === 1 ? replies[0]! : { ...replies[1]!, lines: [...(replies[1]!.lines ?? []), inLang(i.data.lang, `Another round that day: #${r[r.length - 2]!.id} (${r[r.length - 2]!.category.label}, CRS ${r[r.length - 2]!.crs}).`, `Autre ronde ce jour-là : nº ${r[r.length - 2]!.id} (${r[r.length - 2]!.category.label}, SCG ${r[r.length - 2]!.crs}).`)] };
        return { reply, topic: "round" };
      }
      if (wanted.startsWith("?")) return undefined;
      const before = [...i.data.rounds].reverse().find((x) => x.date < wanted);
      const after = i.data.rounds.find((x) => x.date > wanted);
      const lines = [inLang(i.data.lang, `No round was held on ${formatDate(wanted, "en")}.`, `Aucune ronde n’a eu lieu le ${formatDate(wanted, "fr")}.`)];
      if (before) lines.push(inLang(i.data.lang, `Just before: ${roundRef(before, "en")}.`, `Juste avant : ${roundRef(before, "fr")}.`));
      if (after) lines.push(inLang(i.data.lang, `Just after: ${roundRef(after, "en")}.`, `Juste après : ${roundRef(after, "fr")}.`));
      return { reply: { lines, links: [officialLink("rounds", i.data.lang)], footer: dataFooter(i.data) }, topic: "round" };
    },
  },
  {
    id: "by-month",
    // "Which month had the most draws this year?", "the most rounds in a single month", "combien de tirages par mois".
    when: (i) => BY_MONTH.test(i.text) && (has(i.text, "draw") || has(i.text, "count")) && !has(i.text, "points") && !has(i.text, "gap"),
    honours: SLICE,
    confidence: 0.85,
    answer: (i) => {
      const by = /\b(invit\w*|itas?|ipds?|people|personnes|candidats|candidates)\b/.test(i.text) && !/\b(?:most|fewest|plus de|moins de|number of|nombre de|how many|combien de)\s+(?:\w+\s+)?(?:draws|rounds|tirages|rondes)\b/.test(i.text) ? "invitations" : "rounds";
      return { reply: compared(i, (d) => byMonthAnswer(d, by, directionOf(i.text) ?? "max")), topic: "by-month" };
    },
  },
  {
    id: "by-category",
    // "Which category got the most ITAs in 2025?", "invitations par catégorie cette année", "breakdown by program".
    // A ranking or a breakdown: "which program was the last draw for?" names one round's category (latest-round).
    when: (i) => BY_CATEGORY.test(i.text) && (has(i.text, "count") || has(i.text, "max") || has(i.text, "min") || BREAKDOWN.test(i.text)) && !EXPLAIN.test(i.text) && !WHO_WHY.test(i.text) && !has(i.text, "latestOne") && !has(i.text, "points") && !has(i.text, "requirement") && !has(i.text, "codes"),
    honours: SLICE,
    confidence: 0.85,
    answer: (i) => {
      const ranked = has(i.text, "min") || has(i.text, "max");
      const by = /\b(?:most|fewest|least|plus de|moins de|le plus de|le moins de|number of|nombre de|how many|combien de)\s+(?:\w+\s+)?(?:draws|rounds|tirages|rondes)\b/.test(i.text) ? "rounds"
        : ranked && measureOf(i.text) === "crs" && !/\b(invit\w*|itas?|ipds?)\b/.test(i.text) ? "crs" : "invitations";
      const which = directionOf(i.text) ?? "max";
      return { reply: compared(i, (d) => byCategoryAnswer(d, by, which)), topic: "by-category", honoured: [...SLICE, "category"] };
    },
  },
  {
    id: "ita-deadline",
    when: (i) => /\b(itas?|ipds?|invitations?|invited|invite)\b/.test(i.text) && (has(i.text, "itaDeadline") || (/\b(itas?|ipds?|invitation)\b/.test(i.text) && /\b(how long (?:is|are|does|do|will)|valid\w*|good for|combien de temps (?:est|dure|reste)|dure combien)\b/.test(i.text))) && !has(i.text, "processing") && !i.slots.round && !has(i.text, "daysSince") &&
      !/\b(declin\w*|refus\w*|reject\w*|turn (?:it |the \w+ )?down|let (?:it |the \w+ )?(?:expire|lapse)|laisse\w* expirer)\b/.test(i.text),
    honours: [],
    confidence: 0.88,
    answer: (i) => {
      const reply = topicReply(topicById("ita")!, i.data.lang, i.data.rounds);
      // "I got my ITA 45 days ago", "ITA on July 1, when's my deadline?": the days left and the date, from the 60 days.
      const countdown = itaCountdown(i);
      if (countdown) return { reply: { ...reply, lines: [countdown, ...(reply.lines ?? [])] }, topic: "ita", honoured: ["roundDate", "period"] };
      // "How long after the ITA?" without saying to do what: the 60 days to apply, then the processing after it.
      const ambiguous = /\b(after|apres|once|une fois)\b/.test(i.text) && !/\b(submit\w*|apply|applying|deadline|soumettre|deposer|envoyer|presenter|delai pour|to send|limit)\b/.test(i.text);
      if (!ambiguous) return { reply, topic: "ita" };
      const processing = topicById("processing-time")!;
      return { reply: { ...reply, lines: [...(reply.lines ?? []), processing.short[i.data.lang]], links: [...(reply.links ?? []), ...processing.links.map((id) => officialLink(id, i.data.lang))] }, topic: "ita" };
    },
  },
  {
    id: "process-topic-early",
    // A step around the application named with what is asked about it, in any order: "can I turn down the invitation
    // and stay in the pool", "does my profile expire", "up to what age is my kid a dependant" (understand/process-topic.ts).
    when: (i) => !!processTopicOf(i.text, true) && !i.slots.round && !i.slots.roundDate,
    honours: [],
    confidence: 0.85,
    answer: (i) => {
      const id = processTopicOf(i.text, true)!;
      const reply = topicReply(topicById(id)!, i.data.lang, i.data.rounds);
      // "Is my 2022 IELTS still valid?": the test's date against the 2 years.
      const validity = processTopicLine(id, i);
      return { reply: validity ? { ...reply, lines: [validity, ...(reply.lines ?? [])] } : reply, topic: id, ...(id === "language-tests" ? { honoured: (validity ? ["period", "testName"] : ["testName"]) as SlotName[] } : {}) };
    },
  },
  {
    id: "biometrics",
    when: (i) => has(i.text, "biometrics"),
    honours: ["familySize", "spouse"],
    confidence: 0.88,
    answer: (i) => ({ reply: biometricsAnswer(i.slots, i.data.lang, i.data.rounds), topic: "biometrics" }),
  },
  {
    id: "children-points",
    // "Do I get points for my kids?", "mes enfants rapportent des points ?": none — family size and dependants instead.
    when: (i) => /\b(kids?|child|children|son|daughter|sons|daughters|enfants?|fils|fille|filles|bebe|baby)\b/.test(i.text) && /\b(points?|pts|crs|scg|score|pointage|note)\b/.test(i.text) && !/\b(age|ages|dependa?e?nts? up to|jusqu a quel age|funds?|fonds|fees?|frais|sibling|brother|sister|frere|soeur)\b/.test(i.text) && factorWordsIn(i.text).length === 0,
    honours: ["familySize", "married", "spouse"],
    confidence: 0.85,
    answer: (i) => ({ reply: { title: inLang(i.data.lang, "CRS points", "Points SCG"), lines: [childrenPointsLine(i.data.lang)], links: [officialLink("crsCriteria", i.data.lang)] }, topic: "crs-points:children" }),
  },
  {
    id: "marriage-points",
    // "Does getting married change my CRS?", "si je me marie mon score baisse ?": the columns and the spouse's factors.
    when: (i) => /\b(getting married|get married|got married|marriage|marry|marrying|married|se marier|me marier|mariage|marie|mariee|epouser|common law|conjoint de fait)\b/.test(i.text) && /\b(crs|scg|score|points?|pts|pointage|note)\b/.test(i.text) && /\b(change\w*|affect\w*|lower\w*|drop\w*|decrease\w*|reduce\w*|increase\w*|lose|gain|better|worse|impact\w*|effect|help|hurt|baisse\w*|diminue\w*|augmente\w*|monte\w*|perd\w*|influence\w*|difference|more|less|plus|moins)\b/.test(i.text) && factorWordsIn(i.text).length === 0 && !i.slots.spouseExcluded,
    honours: ["married", "spouse"],
    confidence: 0.85,
    answer: (i) => ({ reply: { title: inLang(i.data.lang, "CRS points", "Points SCG"), lines: [marriageLine(i.data.lang)], links: [officialLink("crsCriteria", i.data.lang)] }, topic: "crs-points:marriage" }),
  },
  {
    id: "spouse-points",
    // "What's the most my husband can add to my CRS?": the spouse's factors, before any round question reads "most".
    when: (i) => /\b(spouse|spouses|wife|husband|hubby|partner|conjointe?|epouse|epoux|mari|femme|blonde|chum)\b/.test(i.text) && POINTS_ASK.test(i.text) && /\b(crs|scg|score|points?|pts|note)\b/.test(i.text) && !has(i.text, "draw") && !has(i.text, "fees") && !has(i.text, "funds") &&
      i.slots.program !== "fsw" && !/\b(adaptab\w*|grid|grille|67)\b/.test(i.text),
    honours: ["test", "clb", "ability", "spouse", "married", "education", "canadianWorkYears", "spouseExcluded"],
    confidence: 0.88,
    answer: (i) => {
      const p = crsPointsAnswer(i.slots, i.text, i.data.lang);
      return p ? { reply: p.reply, topic: `crs-points:${p.factor}`, honoured: p.honoured, named: p.named, ...(p.partial ? { confidence: 0.45 } : {}) } : undefined;
    },
  },
  {
    id: "reform-change",
    // "Will CEC be removed?", "is the 67-point grid going away?", "is Express Entry changing in 2026?": the proposals, not today's rules.
    when: (i) => has(i.text, "abolish") && !has(i.text, "draw") && !/\b(was|were|has been|have been|had been|a ete|ont ete|got|already)\s+(?:\w+\s+)?(?:removed|abolished|eliminated|scrapped|replaced|dropped|supprime\w*|retire\w*|elimine\w*)\b/.test(i.text) && (["fsw", "cec", "fst"].includes(i.slots.program ?? "") || /\b(grid|grille|67|express entry|entree express|programs?|programmes?|crs|scg|points system|systeme de points)\b/.test(i.text) ||
      // "Are they going to remove the sibling points?": a factor's points in the future.
      (/\b(points?|pts)\b/.test(i.text) && /\b(will|going to|gonna|plan\w*|va|vont|sera|seront|future|futur|soon|bientot|2026|2027|reform\w*|propos\w*)\b/.test(i.text))),
    honours: ["program", "period"],
    confidence: 0.8,
    answer: (i) => ({ reply: reformAnswer(i.data.lang), topic: "reform" }),
  },
  {
    id: "fsw-grid",
    // The grid named, or FSW with a question of points that is not about the CRS ("FSW points for arranged employment").
    when: (i) => (has(i.text, "grid") && (i.slots.program === "fsw" || /\b(grid|grille|67|pass ?mark|passing (?:mark|score|grade|points)|note de passage|seuil de passage)\b/.test(i.text))) ||
      (i.slots.program === "fsw" && has(i.text, "points") && !/\b(crs|scg|comprehensive|classement global)\b/.test(i.text)) ||
      // Adaptability is a factor of the FSW grid only.
      (/\b(adaptab\w*)\b/.test(i.text) && !/\b(crs|scg)\b/.test(i.text)),
    honours: ["program", "age", "education", "clb", "test", "secondLanguage", "canadianWorkYears", "foreignWorkYears", "workMonths"],
    confidence: 0.88,
    answer: (i) => ({ reply: fswGridAnswer(i.slots, i.text, i.data.lang), topic: "fsw-grid" }),
  },
  {
    id: "noc",
    // An occupation by its NOC code ("is NOC 21232 TEER 1?", "CNP 33102 c'est quel FEER") or, with a TEER/NOC question, by its title.
    when: (i) => !i.slots.round && !ROUND_ASK(i) && !has(i.text, "fees") && !has(i.text, "funds") && (!!i.slots.noc ||
      // A job said as such with a program or TEER question: "can I do FST as a cook?", "is a welder eligible for FST?".
      (/\b(teer|feer|eligible|admissible|qualif\w*|can i (?:do|apply|go|qualify|use)|could i|puis je|je peux (?:faire|postuler|appliquer)|(?:c est|est ce|serait ce)? ?possible|ai je droit|j ai droit)\b/.test(i.text) && !/\b(needs?|requirements?|minimums?|exige\w*|conditions?|what does)\b/.test(i.text) && !WORK_GIVEN(i) && jobTitleMatches(i.text).length >= 1) || (!!i.slots.category && /\b(categor\w*)\b/.test(i.text) && /\b(is an?|am i|as an?|comme|est ce qu|does an?|are)\b/.test(i.text) && nocMatches({ ...i.slots }, `noc ${i.text.replace(/\b(categor\w*|eligible|admissible|elig\w*|in|for|the|dans|la|pour)\b/g, " ")}`).length === 1) || (/\b(teer|feer|noc|cnp)\b/.test(i.text) && !/\b(categor\w*|draws?|tirages?|rondes?|rounds?|list|liste|codes)\b/.test(i.text) && /\b(what|which|quel|quelle|is|est|c est|for|pour|of|de|du)\b/.test(i.text) && nocMatches(i.slots, i.text).length > 0)),
    honours: ["noc", "program", "category", "canadianWorkYears", "foreignWorkYears", "workMonths"],
    confidence: 0.88,
    answer: (i) => {
      const units = nocMatches(i.slots, i.text).length ? nocMatches(i.slots, i.text) : jobTitleMatches(i.text).length >= 1 ? jobTitleMatches(i.text) : nocMatches({ ...i.slots }, `noc ${i.text.replace(/\b(categor\w*|eligible|admissible|elig\w*|in|for|the|dans|la|pour)\b/g, " ")}`);
      // Several titles fit: list them (not a confident answer), the person picks the code.
      // Several titles fit: list them; confident only when they all answer the program asked the same way ("electricians are all FST trades").
      if (units.length > 1) {
        const agree = choicesAgree(units);
        const settled = (i.slots.program === "fst" && agree.trade && agree.skilled) || ((i.slots.program === "fsw" || i.slots.program === "cec") && agree.skilled);
        return { reply: nocChoicesAnswer(units, i.data.lang), topic: "noc-choices", confidence: settled ? 0.8 : 0.45 };
      }
      // A category asked about by name ("is NOC 31301 in the healthcare category?"), not one read from the job's title.
      // Also "is 21231 in STEM?", "la 31301 fait-elle partie de santé": a category named after "in"/"part of".
      const asked = /\b(categor\w*|list|liste)\b/.test(i.text) ? categoryAfterWord(i.text) ?? i.slots.category
        : i.slots.category && !["cec", "pnp", "fsw", "fst", "general"].includes(i.slots.category) && /\b(in|into|dans|part of|partie|on|among|parmi|under|sous)\b/.test(i.text) ? i.slots.category : undefined;
      return units[0] ? { reply: nocAnswer(units[0], i.data.lang, asked), topic: "noc" } : undefined;
    },
  },
  {
    id: "category",
    // "the skilled trades program" is FST, not the trades category.
    // The category named beside the word "category" wins over a program read elsewhere ("Canadian experience for the senior managers category").
    when: (i) => !!namedCategory(i) && !(i.slots.program === "fst" && /\b(program\w*|fst|fstp|ptmsf)\b/.test(i.text)) && (has(i.text, "categories") || has(i.text, "codes") || FRENCH_LEVEL_ASK(i)) && !has(i.text, "points") && !(has(i.text, "draw") && (has(i.text, "latest") || has(i.text, "when") || has(i.text, "min") || has(i.text, "max") || has(i.text, "average") || has(i.text, "count") || has(i.text, "gap") || has(i.text, "next") || has(i.text, "daysSince") || /\b(cut ?offs?|cutoffs?|seuils?)\b/.test(i.text) || !!i.slots.period)),
    honours: ["category", "period"],
    confidence: 0.85,
    answer: (i) => {
      // The category named right after the word "category" wins over one named elsewhere ("quels métiers dans la catégorie transport").
      const category = namedCategory(i);
      const reply = categoriesAnswer(category, i.data.rounds, i.data.lang, i.text);
      // The person's job, months of work or French level checked against it, first.
      const own = category ? categoryPersonLines(category, i.slots, i.text, i.data.lang) : { lines: [], used: [] };
      return { reply: own.lines.length ? { ...reply, lines: [...own.lines, ...(reply.lines ?? [])] } : reply, topic: `category:${category}`, honoured: ["category", "period", ...own.used] as SlotName[] };
    },
  },
  {
    id: "categories-rules",
    when: (i) => !i.slots.category && /\b(categories|categorie|category)\b/.test(i.text) && !/\b(teer|feer|noc|cnp)\b/.test(i.text) && (has(i.text, "requirement") || has(i.text, "active") || /\b(months?|mois|experience|which|what|quelles?|quoi|new|nouvelles?|list|liste|2026|continuous|continue|announced?|annonce\w*|introduced|when|quand|primary|principale?|same|how many|combien)\b/.test(i.text) || CHANGE_ASK.test(i.text)) && !has(i.text, "points") &&
      // "experience for category-based draws" asks the rule; "the latest category draw" asks a round.
      (!has(i.text, "draw") || /\b(not had|not yet had|no (?:draws?|rounds?) yet|never had|haven t had|hasn t had|pas (?:encore )?eu|jamais eu|aucune? (?:ronde|tirage)s? (?:encore|depuis)|(?:have|has|had) (?:had|been used|held)|ont eu|a eu|ont ete utilisees?|job offers?|offre d emploi)\b/.test(i.text) || (/\b(months?|mois|experience|continuous|continue|eligib\w*|requirements?|exigences?|need|faut|qualify|have to|must|same|primary|principale?|doit|dois)\b/.test(i.text) && !has(i.text, "latest") && !has(i.text, "min") && !has(i.text, "max"))),
    honours: ["period"],
    confidence: 0.8,
    answer: (i) => ({ reply: categoriesAnswer(undefined, i.data.rounds, i.data.lang, i.text), topic: "category-based" }),
  },
  {
    id: "after-ita",
    when: (i) => has(i.text, "afterIta") && !has(i.text, "what") && !has(i.text, "processing") && !has(i.text, "itaDeadline") && !/\b(how long|combien de temps)\b/.test(i.text) && !/\b(decline|declin\w*|refuse\w*|reject\w*|expire\w*|refuser|decliner|before|avant|medical|medicale?|police|biometric\w*|fees?|frais|funds|fonds)\b/.test(i.text),
    honours: [],
    confidence: 0.85,
    answer: (i) => ({ reply: topicReply(topicById("after-ita")!, i.data.lang, i.data.rounds), topic: "after-ita" }),
  },
  {
    id: "chances",
    // "My score is 480, is that above the cutoff?": a score set against the rounds' cutoffs.
    when: (i) => i.slots.score !== undefined && (has(i.text, "chances") || /\b(enough|good enough|suffisant|suffisante|assez|competitive|competitif)\b/.test(i.text) || /\b(good|bon|bonne|decent|strong|solid|weak|high|low|haut|eleve|bas|faible)\s+(?:crs\s+|scg\s+)?(score|note|pointage)\b/.test(i.text) || /\b(above|over|below|under|beat|beats|pass|passes|clear|au dessus|en dessous|depasse|sous)\b.{0,20}\b(cut ?offs?|cutoffs?|seuils?|minimum|the draws?|les tirages?)\b/.test(i.text)) && !/\b(points?|pts)\b/.test(i.text),
    honours: ["score", "category", "bound"],
    confidence: 0.8,
    answer: (i) => ({ reply: chancesAnswer(i.data, i.slots.score!), topic: "chances" }),
  },
  {
    id: "last-gap",
    when: (i) => has(i.text, "gap") && LAST_TWO.test(i.text) && !has(i.text, "pool"),
    honours: [...ONE_SLICE, "lastN"],
    confidence: 0.85,
    answer: (i) => ({ reply: lastGapAnswer(i.data), topic: "gaps" }),
  },
  {
    id: "last-n-rounds",
    // "the last 5 CEC draws", "what were the last five CEC cutoffs", "les 3 derniers tirages", "the 4 most recent rounds".
    // ("The average / lowest / total of the last 10 draws" is that aggregate over them.)
    when: (i) => lastCount(i.text) !== undefined && !has(i.text, "average") && !has(i.text, "min") && !has(i.text, "max") && !has(i.text, "gap") && !ROUND_COUNT.test(i.text) && !/\b(trend\w*|tendance\w*)\b/.test(i.text),
    honours: ["category", "lastN"],
    confidence: 0.9,
    answer: (i) => {
      const count = lastCount(i.text)!;
      return { reply: listCommand(i.deps, { ...cat(i.slots), limit: Math.max(1, Math.min(MAX_LIST, count)), lang: i.data.lang }), topic: "list-rounds" };
    },
  },
  {
    id: "provincial-draw",
    // A nomination's points are the CRS's, not a province's draw.
    when: (i) => !!i.slots.province && /\b(draws?|rounds?|tirages?|rondes?|itas?|invitations?|invited|cut ?offs?|cutoffs?|seuils?)\b/.test(i.text) && !/(?<!\b(?:not|pas|non|no)\s(?:\w+\s)?)\b(express entry|entree express|federal|federale?|ircc)\b/.test(i.text) &&
      !(NOMINATION.test(i.text) && !/\b(draws?|rounds?|tirages?|rondes?|cut ?offs?|cutoffs?)\b/.test(i.text)) &&
      // "Nurse in Ontario… the healthcare draws of 2025": a federal category's rounds, the province only background.
      !(i.slots.category && i.slots.category !== "pnp"),
    honours: ["province", "category", "period"],
    confidence: 0.4,
    answer: (i) => ({ reply: provincialDrawAnswer(i.data, i.slots.province!), topic: "provincial-draw" }),
  },
  {
    id: "needed-score",
    // "The score needed in the last draw" is that round's cutoff (latest-round), not the cutoffs of a year.
    when: (i) => i.slots.score === undefined && has(i.text, "neededScore") && !has(i.text, "latestOne") && !OTHER_PROGRAM.test(i.text) && !has(i.text, "average") && !has(i.text, "gap") && (/\b(itas?|ipd|invit\w*|draws?|tirages?|pool|bassin|selected|chosen)\b/.test(i.text)) && !i.slots.program?.match(/fsw/),
    honours: ["category", "period"],
    confidence: 0.8,
    answer: (i) => ({ reply: cutoffsAnswer(i.data, /\b(enter|join|get into|be in|entrer|rejoindre)\b.*\b(pool|bassin)\b/.test(i.text)), topic: "needed-score" }),
  },
  {
    id: "reform",
    when: (i) => has(i.text, "reform"),
    honours: ["period"],
    confidence: 0.85,
    answer: (i) => ({ reply: reformAnswer(i.data.lang), topic: "reform" }),
  },
  {
    id: "next-round",
    // "What happens next after an ITA in a PNP draw?" is about the application, not the next round.
    // A guess about what comes ("what will the next CEC cutoff be?", "will STEM draws come back?") gets the same answer:
    // nobody can predict it, and the recent rhythm.
    when: (i) => ((has(i.text, "next") && nearRoundWord(i.text, CUES.next)) || (PREDICT.test(i.text) && (has(i.text, "draw") || has(i.text, "cutoff") || !!i.slots.category || i.slots.score !== undefined))) &&
      !has(withoutScore(i.text), "points") && !MY_SCORE.test(i.text) && !AFTER_NEXT.test(i.text) && !ALERTS.test(i.text) && !PROJECTION.test(i.text) && !OTHER_PROGRAM.test(i.text) && !(notRoundData(i) && !PREDICT.test(i.text)),
    honours: ["category"],
    confidence: 0.85,
    // "Any draw this week?" is answered with the rounds of that window so far; a guess asked for is refused whatever it names.
    answer: (i) => ({
      reply: nextRoundAnswer(i.data),
      topic: "next-round",
      honoured: PREDICT.test(i.text) ? DRAW_SLOTS : i.slots.period?.kind === "last" || i.slots.period?.kind === "all" ? ["category", "period"] : ["category"],
    }),
  },
  {
    id: "gaps",
    // "Between draws" alone ("can I update my profile between draws?") asks no length of time.
    when: (i) => has(i.text, "gap") && !has(i.text, "pool") && GAP_TIME.test(i.text),
    honours: SLICE,
    confidence: 0.85,
    answer: (i) => ({ reply: compared(i, gapsAnswer), topic: "gaps" }),
  },
  {
    id: "days-since",
    when: (i) => has(i.text, "daysSince") && !has(i.text, "gap"),
    honours: ["category"],
    confidence: 0.9,
    answer: () => undefined, // answered by the engine (needs the clock)
  },
  {
    id: "trend",
    // "Is the CEC cutoff going down?", "tendance des seuils PEC": cutoffs over time, per category.
    when: (i) => TREND.test(i.text) && (has(i.text, "draw") || has(i.text, "cutoff") || !!i.slots.category) && !personal(i.slots) && !MY_SCORE.test(i.text) && !has(i.text, "points"),
    honours: SLICE,
    confidence: 0.85,
    answer: (i) => {
      const slots = i.slots.period || i.slots.lastN ? i.slots : { ...i.slots, period: { kind: "last" as const, months: 6, text: "last 6 months" } };
      const data = { ...i.data, slots };
      return withScore(i, { reply: compared({ ...i, slots, data }, trendAnswer), topic: "trend" }, SLICE, slicedRounds(data), data);
    },
  },
  {
    id: "threshold",
    // "When did the CRS go below 400?", "any CEC round above 530 since 2024?" — a bound on the rounds' cutoffs,
    // not the pool's candidates ("how many above 500 in the pool").
    // Or on their sizes: "how many draws had more than 5000 ITAs?", "tirages de plus de 4000 personnes".
    when: (i) => (!!i.slots.sizeBound && has(i.text, "draw")) || (!!i.slots.bound && (has(i.text, "draw") || has(i.text, "cutoff")) && !POOL_WORD.test(i.text) && !personal({ ...i.slots, score: undefined }) && !has(i.text, "points")),
    honours: [...SLICE, "bound", "sizeBound", "score"],
    confidence: 0.88,
    answer: (i) => {
      const size = i.slots.sizeBound;
      const reply = size ? compared(i, (d) => thresholdAnswer(d, size.op, size.value, "size")) : compared(i, (d) => thresholdAnswer(d, i.slots.bound!.op, i.slots.bound!.value));
      return { reply, topic: "threshold" };
    },
  },
  {
    id: "record",
    // "record" alone is the highest; beside "lowest" it only stresses it ("the record lowest cutoff").
    // The pool's own extremes ("the highest score in the pool") are the pool's; a question about rounds that
    // mentions the pool as background ("I'm in the pool with 478… the lowest health round?") is a record.
    // ("The lower of the last health round and the last trades round" compares two latest rounds: latest-round.)
    // ("Are 2026's French rounds lower than 2025's on average?" compares averages.)
    when: (i) => (has(i.text, "min") || has(i.text, "max") || /\brecord\b/.test(i.text) || extremeEver(i)) && !(i.slots.category2 && has(i.text, "latestOne")) && !(has(i.text, "average") && /\b(than|que|qu)\b/.test(i.text)) && (has(i.text, "draw") || has(i.text, "cutoff")) && !has(i.text, "points", "level") && (!has(i.text, "pool") || /\b(draws?|rounds?|tirages?|rondes?)\b/.test(i.text)),
    honours: SLICE,
    confidence: 0.9,
    answer: (i) => {
      const measure = measureOf(i.text);
      const which = directionOf(i.text) ?? (/\b(maximum|maximal|maximale)\b/.test(i.text) ? "max" : "min");
      return withScore(i, { reply: compared(i, (d) => recordAnswer(d, measure, which)), topic: `record:${which}-${measure}` }, SLICE, slicedRounds(i.data));
    },
  },
  {
    id: "average",
    when: (i) => has(i.text, "average") && (has(i.text, "draw") || has(i.text, "cutoff") || !!i.slots.category) && !has(i.text, "gap"),
    honours: SLICE,
    confidence: 0.9,
    answer: (i) => withScore(i, { reply: compared(i, averageAnswer), topic: "average" }, SLICE, slicedRounds(i.data)),
  },
  {
    id: "pool",
    // "How many invitations did French rounds give out?" counts rounds, even from someone "in the pool".
    when: (i) => !ROUND_COUNT.test(i.text) && !i.slots.province && !NOMINATION.test(i.text) && (has(i.text, "pool") || /\b(how many|combien de) (candidates|people|profiles|candidats|personnes)\b.*\b\d{3}\b/.test(i.text)) && !has(i.text, "latest") && !has(i.text, "funds") && !/\b(stay\w*|valid\w*|expir\w*|remain\w*|reste|rester|restent|valide|declin\w*|refus\w*|reject\w*)\b/.test(i.text) && (!!/\b(pool|bassin|distribution|repartition|candidates|candidats)\b/.test(i.text) || i.slots.score !== undefined),
    honours: ["score", "scoreTo", "bound"],
    confidence: 0.9,
    answer: (i) => ({ reply: poolAnswer(i.data, i.deps, i.slots.score, i.slots.scoreTo), topic: "pool" }),
  },
  {
    id: "edge-round",
    // "The final PNP round of 2025", "le premier tirage de 2026", "the first French draw": one round, not a list.
    when: (i) => !!edgeOf(i.text) && (has(i.text, "draw") || has(i.text, "cutoff")) && (i.slots.period ? i.slots.period.kind !== "last" : edgeOf(i.text) === "first") && !has(i.text, "gap") && !has(i.text, "average") && !has(i.text, "points"),
    honours: ONE_SLICE,
    confidence: 0.9,
    answer: (i) => {
      const which = edgeOf(i.text)!;
      const rounds = slicedRounds(i.data);
      return withScore(i, { reply: edgeRoundAnswer(i.data, which), topic: `${which}-round` }, ONE_SLICE, which === "last" ? rounds.at(-1) : rounds[0]);
    },
  },
  {
    id: "year-stats",
    // "At this pace, how many ITAs by the end of the year?", "are we on track to beat last year?": this year's, with its projection.
    when: (i) => (i.slots.period?.kind === "year" || (PROJECTION.test(i.text) && !i.slots.period)) && !i.slots.category && !i.slots.excludedCategories &&
      (has(i.text, "count") || has(i.text, "stats") || (!!i.slots.period2 && COMPARING.test(i.text))) && (has(i.text, "draw") || has(i.text, "stats") || !!i.slots.period2) && !notRoundData(i),
    honours: ["period", "period2"],
    confidence: 0.9,
    // The year's own statistics, as of the date the data covers (with the projection for a year in progress).
    answer: (i) => {
      const thisYear = { kind: "year" as const, yearsBack: 0, text: "this year" };
      // "On track to beat last year": this year against last year.
      const slots = PROJECTION.test(i.text) && (!i.slots.period || i.slots.period.yearsBack === 1) ? { ...i.slots, period: thisYear, ...(i.slots.period ? { period2: i.slots.period } : {}) } : i.slots;
      return { reply: compared({ ...i, slots, data: { ...i.data, slots } }, (d) => yearStatsAnswer(d, i.deps)), topic: "year-stats" };
    },
  },
  {
    id: "totals",
    when: (i) => has(i.text, "count") && (has(i.text, "draw") || /\b(draws|rounds|tirages|rondes)\b/.test(i.text)) && (!has(i.text, "latest") || !!i.slots.period || !!i.slots.lastN) && !notRoundData(i),
    honours: SLICE,
    confidence: 0.9,
    answer: (i) => withScore(i, { reply: compared(i, totalsAnswer), topic: "totals" }, SLICE, slicedRounds(i.data)),
  },
  {
    id: "latest-round",
    when: (i) =>
      // "the last CEC draw" names one round, even in a message that also says "last week" about something else.
      (noPeriod(i) || (has(i.text, "latestOne") && i.slots.period?.kind === "last")) && (!has(i.text, "points") || roundPoints(i)) && !(OWN_SCORE.test(i.text) && !ROUND_WORD.test(i.text)) && !ALERTS.test(i.text) && !OTHER_PROGRAM.test(i.text) &&
      ((has(i.text, "latest") && (has(i.text, "draw") || has(i.text, "cutoff"))) || (has(i.text, "when") && has(i.text, "draw")) ||
        // "What's new?", "quoi de neuf côté tirages ?"
        (has(i.text, "news") && (has(i.text, "draw") || ABOUT_A_DAY.test(i.text) || i.text.split(" ").length <= 4)) ||
        // "CEC cutoff?", "what's the french score": a category's cutoff is its latest round's.
        (!!i.slots.category && /\b(cut ?offs?|cutoffs?|scores?|crs|scg|seuils?|notes?)\b/.test(i.text) && !EXPLAIN.test(i.text) && !OWN_SCORE.test(i.text) && !personal(i.slots) && !has(i.text, "neededScore"))),
    honours: ["category"],
    confidence: 0.92,
    answer: (i) => {
      // "The last draw that wasn't a PNP one": the newest round outside those categories.
      if (i.slots.excludedCategories?.length) return withScore(i, { reply: edgeRoundAnswer(i.data, "last"), topic: "latest-round", honoured: ["category", "excludedCategories"] }, ["category", "excludedCategories"], slicedRounds(i.data).at(-1));
      // "Which was higher, the last PNP cutoff or the last CEC cutoff?": both latest rounds, side by side.
      if (i.slots.category2 && i.slots.category) return { reply: latestPairAnswer(i.data, i.slots.category, i.slots.category2), topic: "latest-pair", honoured: ["category", "category2"] };
      return withScore(i, { reply: latestCommand(i.deps, { ...cat(i.slots), lang: i.data.lang }), topic: i.slots.category ? `latest-round:${i.slots.category}` : "latest-round" }, ["category"], latestRound(i.data.rounds, i.slots.category));
    },
  },
  {
    id: "rounds-slice",
    when: (i) => (has(i.text, "draw") || has(i.text, "cutoff")) && !!i.slots.period && !has(i.text, "points") && !notRoundData(i) && !(has(i.text, "categories") && !i.slots.category),
    honours: SLICE,
    confidence: 0.85,
    answer: (i) => withScore(i, { reply: compared(i, sliceAnswer), topic: "rounds-slice" }, SLICE, slicedRounds(i.data)),
  },
  {
    id: "category-status",
    // A program (FSW, CEC, FST) with an eligibility question is about its minimums, not a category's status ("TEER 4, can I still go FSW?").
    when: (i) => (!!i.slots.category || has(i.text, "categories")) && has(i.text, "active") && !has(i.text, "points") && !/\b(bonus|extra|additional|supplementaires?)\b/.test(i.text) &&
      !(["fsw", "cec", "fst"].includes(i.slots.category ?? "") && (has(i.text, "requirement") || aspectsIn(i.text).some((a) => a !== "experience") || /\b(can i|i can|go|apply|qualify|eligible)\b/.test(i.text))),
    honours: ["category", "period"],
    confidence: 0.85,
    answer: (i) => ({ reply: categoriesAnswer(i.slots.category, i.data.rounds, i.data.lang), topic: i.slots.category ? `category-status:${i.slots.category}` : "category-status" }),
  },
  {
    id: "crs-estimate",
    when: (i) => /\b(my crs|my score|my points|what s my|whats my|calculate|estimate|mon score|ma note|mon scg|mon pointage|calcul\w*|estim\w*|quel (?:est|serait) mon)\b/.test(i.text) && i.slots.age !== undefined && !!i.slots.education,
    honours: ["age", "education", "test", "clb", "canadianWorkYears", "foreignWorkYears", "married"],
    confidence: 0.8,
    answer: (i) => {
      const e = crsEstimate(i.slots, i.data.lang);
      return e ? { reply: e.reply, topic: "crs-estimate", ...(e.assumedSpouse ? { honoured: ["age", "education", "test", "clb", "canadianWorkYears", "foreignWorkYears"] as SlotName[] } : {}) } : undefined;
    },
  },
  {
    id: "clb-threshold",
    // "What IELTS score do I need for CLB 9?", "quel résultat au TEF pour NCLC 7", "what CELPIP for FSW", "convert ielts to clb".
    when: (i) => i.slots.test === undefined && !i.slots.clbLevels && !/\b(points?|pts|crs|scg|transferab\w*|bonus|admissible|eligible|eligibility|qualify|qualifies|can i apply)\b/.test(i.text) && !i.slots.spouse && !i.slots.secondLanguage && (
      // A test named, and a level or a program: the test's scores for it.
      (!!i.slots.testName && (i.slots.clb !== undefined || (!!i.slots.program && /\b(scores?|bands?|marks?|results?|resultats?|notes?|need|needed|required?|minimum|min|faut|besoin|level|niveau)\b/.test(i.text)))) ||
      // No test named: "what score (do I need) for CLB 9", "quel résultat pour NCLC 7".
      (i.slots.clb !== undefined && /\b(?:what|which|quel|quelle|quels)\s+(?:\w+\s+)?(?:scores?|bands?|marks?|results?|resultats?|notes?)\b|\b(?:scores?|bands?|marks?|results?|resultats?)\s+(?:do i |i |dois je |je dois )?(?:need|needed|required|faut|avoir|obtenir)\b/.test(i.text)) ||
      // "How do IELTS scores convert to CLB?"
      (!!i.slots.testName && i.slots.clb === undefined && !i.slots.program && has(i.text, "level"))),
    honours: ["clb", "ability", "testName", "program"],
    confidence: 0.88,
    answer: (i) => {
      const reply = thresholdsAnswer(i.slots, i.data.lang);
      return reply ? { reply, topic: "clb-threshold" } : undefined;
    },
  },
  {
    id: "crs-points",
    // "points" with any factor, or a factor (a word or a value) with a question of worth: "does my sister in Canada count?",
    // "mon score monte de combien avec une désignation ?", "how much for a certificate of qualification".
    // A question about a round ("my 455 points… what was the last French draw's cutoff?") is not about a factor, unless it names one ("points for").
    when: (i) => !ROUND_ASK(i) && (((has(i.text, "points") && !((has(i.text, "fees") || has(i.text, "funds")) && !/\b(points?|pts|crs|scg)\b/.test(i.text))) || (POINTS_ASK.test(i.text) && (factorWordsIn(i.text).length > 0 || (/\b(score|crs|scg|note|pointage)\b/.test(i.text) && (i.slots.age !== undefined || !!i.slots.education || i.slots.canadianWorkYears !== undefined || i.slots.foreignWorkYears !== undefined))) && !has(i.text, "fees") && !has(i.text, "funds") && !LEVEL_ASK.test(i.text) && !(i.slots.test && i.slots.clb !== undefined) && !/\b(kids?|child|children|son|daughter|dependa?e?nts?|enfants?|fils|fille)\b/.test(i.text) && !(i.slots.program && !/\b(crs|scg|score|note|pointage)\b/.test(i.text))) ||
      (!!i.slots.spouseExcluded && /\b(crs|scg|score|points?|pts|note|pointage)\b/.test(i.text)) ||
      // "Is there an age limit?", "j'ai 46 ans, encore une chance ?": the age factor and the rule that there is none.
      ((AGE_LIMIT.test(i.text) || (i.slots.age !== undefined && (i.slots.age < 18 || i.slots.age >= 45) && /\b(can i|could i|am i|puis je|je peux|est ce que je|eligible|admissible|apply|postuler)\b/.test(i.text) && !i.slots.program)) && (i.slots.age !== undefined || /\b(age|ages|old|vieux|vieille|young|youngest|jeune)\b/.test(i.text)) && !has(i.text, "draw")) ||
      // "The most a spouse can add", "combien de points max pour l'époux".
      (POINTS_ASK.test(i.text) && /\b(spouse|spouses|wife|husband|partner|conjointe?|epouse|epoux|mari|femme)\b/.test(i.text) && /\b(max|maximum|most|le plus|points?|pts|add|adds|ajoute|rapporte)\b/.test(i.text) && !has(i.text, "fees") && !has(i.text, "funds")) ||
      // "Is a 2-year diploma plus a bachelor's two credentials?", "does a DEC count as post-secondary?": the education level.
      (!!i.slots.education && /\b(count(?:s|ed)? as|considered|compte(?:nt)? comme|equivalent|is (?:it|that|this) (?:a|an)|c est (?:un|une)|two credentials|deux diplomes)\b/.test(i.text) && !i.slots.program) ||
      // "what's the CRS for being 31", "le SCG pour un master": a factor's points asked as "the CRS for".
      (/\b(crs|scg|pointage)\s+(?:\w+\s+)?(?:for|pour|at|a|of|de|with|avec|if|si)\b/.test(i.text) && (factorWordsIn(i.text).length > 0 || i.slots.age !== undefined || !!i.slots.education) && !has(i.text, "draw") && !has(i.text, "fees")) ||
      (!!i.slots.spouse && !has(i.text, "funds") && !has(i.text, "fees") && (i.slots.test !== undefined || i.slots.testName !== undefined || i.slots.clb !== undefined || i.slots.education !== undefined || i.slots.canadianWorkYears !== undefined)))),
    honours: ["test", "clb", "ability", "secondLanguage", "spouse", "married", "age", "education", "canadianEducation", "canadianWorkYears", "foreignWorkYears"],
    confidence: 0.9,
    answer: (i) => {
      const p = crsPointsAnswer(i.slots, i.text, i.data.lang);
      return p ? { reply: p.reply, topic: `crs-points:${p.factor}`, honoured: p.honoured, named: p.named, ...(p.partial ? { confidence: 0.45 } : {}) } : undefined;
    },
  },
  {
    id: "clb",
    when: (i) => i.slots.test !== undefined,
    honours: ["test", "testName", "program", "clb"],
    confidence: 0.9,
    answer: (i) => {
      // A test date said ("TEF in 2022", "taken in March 2019"): TEF Canada's table depends on it, and so does validity.
      const p = i.slots.period;
      // "TEF from 2021" reads as a period since 2021: for a test, the year (or month) it was taken.
      const endOf = (from: string) => (from.endsWith("-01-01") ? `${from.slice(0, 4)}-12-31` : `${from.slice(0, 7)}-28`);
      const dated = p?.from && /^(year|month|range)$/.test(p.kind) ? { from: p.from, to: p.to ?? p.from } : p?.from && p.kind === "since" ? { from: p.from, to: endOf(p.from) } : undefined;
      const scaleUnclear = !!dated && i.slots.test!.test === "tef_canada" && tefScale(dated.from) !== tefScale(dated.to);
      const test = dated && !scaleUnclear ? { ...i.slots.test!, testDate: dated.to } : i.slots.test!;
      const reply = levelsAnswer(test, i.data.lang, i.slots.program, i.slots.clb, i.text);
      if (!reply) return undefined;
      const validity = dated ? testValidityLine(i.slots, i.data.today, i.data.lang) : undefined;
      const unclear = scaleUnclear ? [inLang(i.data.lang, `TEF Canada changed tables on ${TEF_SCALE_2023} (and ${TEF_SCALE_2019}): the exact test date decides which applies — the levels above use today's table.`, `Le TEF Canada a changé de table le ${TEF_SCALE_2023} (et le ${TEF_SCALE_2019}) : la date exacte du test décide laquelle s’applique — les niveaux ci-dessus suivent la table actuelle.`)] : [];
      return { reply: { ...reply, lines: [...(reply.lines ?? []), ...unclear, ...(validity ? [validity] : [])] }, topic: "clb", honoured: ["test", "testName", "program", "clb", ...(dated ? ["period" as const] : [])], ...(scaleUnclear ? { confidence: 0.45 } : {}) };
    },
  },
  {
    id: "funds",
    when: (i) => has(i.text, "funds") && !has(i.text, "fees"),
    honours: ["familySize", "program", "spouse", "jobOfferInCanada"],
    confidence: 0.88,
    answer: (i) => ({ reply: fundsAnswer(i.slots, i.data.lang, i.text), topic: "proof-of-funds" }),
  },
  {
    id: "fees",
    // The fees of Express Entry's PR application, not an LMIA's, a permit's or a lawyer's.
    when: (i) => has(i.text, "fees") && !has(i.text, "funds") && !/\b(lmia|eimt|work permit|study permit|permis de travail|permis d etudes|visa|passport|passeport|lawyer|avocat|consultant|ielts|celpip|tef|tcf|pte|eca|wes|test)\b/.test(i.text),
    honours: ["program", "spouse", "familySize"],
    confidence: 0.88,
    answer: (i) => {
      const reply = feesAnswer(i.data.lang, i.data.today, i.text);
      // A family's total the sources cannot give is not a confident answer.
      const partial = familyFeesUnknown(i.data.today, i.text);
      return { reply, topic: "fees", ...(partial ? { confidence: 0.45 } : {}) };
    },
  },
  {
    id: "program",
    // A program named (or implied: Canadian experience with an eligibility question is CEC) with a question about its minimums or one of them.
    when: (i) => {
      const program = programOf(i);
      return !!program && !ROUND_ASK(i) && (has(i.text, "requirement") || i.slots.workMonths !== undefined || /\b(67|grid|grille|selection factors|facteurs de selection|counts?|counted|compte\w*|accepted|accepte\w*|allowed|permis|valid|ok|okay|possible|minimal\w*|minimaux|requis|demandee?s?|duree|how long|how much experience|how many years|faut|il faut|need|needed|besoin)\b/.test(i.text) || aspectsIn(i.text).some((a) => a !== "experience") ||
        // An eligibility question with the person's own values: "could I do FST with 20 months?".
        ((WORK_GIVEN(i) || aspectsIn(i.text).length > 0) && /\b(can i|could i|am i|do i|eligible|admissible|qualif\w*|je peux|puis je|est ce que je)\b/.test(i.text)));
    },
    honours: ["program", "workMonths", "canadianWorkYears", "foreignWorkYears"],
    confidence: 0.85,
    answer: (i) => {
      // Two or three programs named: the part asked, for each.
      const several = programsIn(i.text).filter((p): p is "fsw" | "cec" | "fst" => p !== "pnp");
      if (several.length >= 2) {
        const lines = programsAspectLines(several, i.text, i.data.lang);
        if (lines.length) return { reply: { title: inLang(i.data.lang, "Express Entry programs compared", "Programmes d’Entrée express comparés"), lines, links: several.map((p) => officialLink(p, i.data.lang)), footer: inLang(i.data.lang, "Rules as of the dates on IRCC's program pages · Source: IRCC", "Règles selon les pages des programmes d’IRCC · Source : IRCC") }, topic: "programs" };
      }
      const program = programOf(i)!;
      const reply = programAnswer(program, i.slots, i.data.lang, topicById(program)?.short[i.data.lang], i.text);
      // A job named beside it ("electrician with 18 months, can I do FST?"): whether that job counts, first.
      const job = jobProgramLine(jobTitleMatches(i.text), program, i.data.lang);
      return { reply: job ? { ...reply, lines: [job, ...(reply.lines ?? [])] } : reply, topic: program, ...(i.slots.program ? {} : { honoured: ["workMonths", "canadianWorkYears", "foreignWorkYears"] as SlotName[] }) };
    },
  },
  {
    id: "process-topic",
    // A step around the application named with what is asked about it, in any order: "can I turn down the invitation
    // and stay in the pool", "does my profile expire", "up to what age is my kid a dependant" (understand/process-topic.ts).
    when: (i) => !!processTopicOf(i.text) && !i.slots.round && !i.slots.roundDate,
    honours: [],
    confidence: 0.85,
    answer: (i) => {
      const id = processTopicOf(i.text)!;
      const reply = topicReply(topicById(id)!, i.data.lang, i.data.rounds);
      const line = processTopicLine(id, i);
      return { reply: line ? { ...reply, lines: [line, ...(reply.lines ?? [])] } : reply, topic: id };
    },
  },
  {
    id: "pnp",
    when: (i) => (!!i.slots.province && (i.slots.program === "pnp" || /\b(immigra\w*|nominat\w*|nominee|stream|streams|volets?|programs?|programmes?|draws?|tirages?|invitations?|express entry|entree express|official|officiel|website|site)\b/.test(i.text))) || (i.slots.program === "pnp" && has(i.text, "province")),
    honours: ["province", "program"],
    confidence: 0.85,
    answer: (i) => ({ reply: pnpAnswer(i.slots.province, i.data.lang), topic: "pnp" }),
  },
  {
    id: "rounds-of-category",
    when: (i) => !!i.slots.category && has(i.text, "draw") && /\b(draws|rounds|tirages|rondes|list|liste|history|historique|all)\b/.test(i.text) && !has(i.text, "what"),
    honours: ONE_SLICE,
    confidence: 0.8,
    answer: (i) => ({ reply: sliceAnswer(i.data), topic: "rounds-slice" }),
  },
];
