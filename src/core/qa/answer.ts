import { messages } from "../../content/messages.ts";
import { qaMessages } from "../../content/qa-messages.ts";
import { TOPICS, topicById, type Topic } from "../../content/topics.ts";
import { roundCategoryName, type DrawDeps } from "../draws/replies.ts";
import { categoryName } from "../draws/categories.ts";
import { freshness } from "../draws/freshness.ts";
import { daysSinceLast } from "../draws/queries.ts";
import { formatDate } from "../format.ts";
import { officialLink } from "../links.ts";
import { isoDate } from "../ports.ts";
import { DataCache } from "../cache/data-cache.ts";
import { replyToText, type Lang, type Reply } from "../reply.ts";
import { dataFooter, periodBeyondData, staleLines, type DataContext } from "./answers/data-context.ts";
import { reviewedFooter, topicReply } from "./answers/topic-reply.ts";
import { DRAW_SLOTS, INTENTS, PERSON_SLOTS, type IntentInput, type IntentResult } from "./intents.ts";
import { buildVocabulary } from "./vocabulary.ts";
import { COMMON_WORDS } from "./common-words.ts";
import { CUES } from "./cues.ts";
import { calibrate, OFF_DOMAIN, unusedNumbers } from "./calibration.ts";
import type { Slots } from "./understand/slots.ts";
import { askedPart, uncovered } from "./coverage.ts";
import { factorWordsIn, POINTS_ASK } from "./understand/crs-factor.ts";
import { detectLanguage, normalise, Speller, tokens } from "./text.ts";
import { TopicSearch } from "./topic-search.ts";
import { expandSlang } from "./understand/slang.ts";
import type { SlotName } from "./understand/slots.ts";
import { understand } from "./understand/understand.ts";

/**
 * Free-text questions → an answer: normalise and correct the text, extract every slot
 * (understand/), pick the intent (intents.ts), answer from the rounds, the CRS rules or the dated
 * facts, and name any part of the question the answer could not use. When nothing fits, say so and
 * offer the closest topics — a confident answer must be a right one.
 */

export interface QaAnswer {
  reply: Reply;
  /** What the answer is about: a topic id, or a data intent ("latest-round", "round", "record:min-crs", …). */
  topic: string;
  /** 0–1: how sure the engine is that it answered the question asked. */
  confidence: number;
  lang: Lang;
}

export interface QaDeps extends DrawDeps {
  /** The greeting's list of commands, from the command catalogue (passed in: the catalogue uses this engine). */
  greeting: (lang: Lang) => string;
}

/** Intents about a person (points, levels, eligibility, fees) rather than about rounds. */
const PERSON_INTENTS = new Set(["ita-countdown", "spouse-points", "reform-early", "noc", "noc-choices", "process-topic", "process-topic-early", "reform-change", "clb-threshold", "crs-points", "clb", "program", "funds", "fees", "pnp", "fsw-grid", "biometrics", "ita-deadline", "after-ita", "crs-estimate", "reform", "category", "categories-rules"]);

/** Numbers that name a rule rather than the person (the 67-point grid, 1,200 points, 600 for a nomination, 60 days, 100, 500). */
const KNOWN_NUMBERS = new Set([67, 100, 1200, 600, 500, 60, 12, 20, 24, 30, 699, 1560, 3120]);

/** Asking what a word means. */
const DEFINITION = /^(?:what does|what do|whats the meaning of|what is the meaning of)\s+(?:\w+\s+){1,4}?(?:mean|means|stand for)$|\b(?:que (?:veut dire|signifie)|ca veut dire quoi|signification de|meaning of|definition of)\b/;

/** Other immigration programs and documents, named outright. */
const OTHER_PROGRAM = /\b(renew (?:my |a |the )?passport|passport renewal|renouveler (?:mon |un |le )?passeport|renouvellement (?:du |de mon )?passeport|arrima|pstq|iec|working holiday|pvt|sowp|open work permit|closed work permit|permis (?:de travail )?(?:ouvert|ferme)|pr card|carte (?:de )?rp|carte de resident permanent|pgp|parents? and grand ?parents?|parents et grands parents|atlantic immigration|aip|pipa|rnip|eoi|expression of interest|skilled migrant|subclass|uk skilled worker|h ?1b|green card|new zealand|nouvelle zelande|australia|australie|francophone mobility|mobilite francophone|lmia|eimt|visitor visa|visa visiteur|super visa|tourist visa|visa touriste|asylum|asile|refugee claim|demande d asile|caregiver|aide familial|start ?up visa|visa pour demarrage|self employed persons? program|travailleurs autonomes (?:du )?programme)\b/;

/** Asking what the bot does or how to use it. */
const HELP_ASK = /\b(what can you do|what do you do|what are you for|who are you|how (?:do i|to|can i|should i) use (?:you|this bot|the bot|this)|what (?:kind of |sort of |type of |kinds of )?(?:questions?|things?) (?:can|could|should|do) i ask|what can i ask|your commands|list of commands|tu sers a quoi|a quoi (?:tu sers|sers tu|ca sert)|tu (?:peux|px|pe|sais) faire quoi|qu est ce que tu (?:peux|sais) faire|que (?:peux|sais) tu faire|comment (?:on t utilise|t utiliser|utiliser (?:le|ce) bot|tu marches|tu fonctionnes)|quelles questions (?:je peux|puis je|peut on)|liste des commandes|tes commandes)\b/;

/** A confident answer that leaves part of the question unused is no longer confident. */
const PARTIAL_CONFIDENCE = 0.45;

/** A person's own values: a topic's general text never uses them. */
const VALUE_SLOTS = ["age", "score", "clb", "test", "workMonths", "canadianWorkYears", "foreignWorkYears", "familySize"] as const satisfies readonly SlotName[];

export class QuestionAnswerer {
  private readonly search = new TopicSearch(TOPICS);
  private readonly spellers: Record<Lang, Speller>;
  private readonly memo: DataCache<QaAnswer>;

  constructor(private readonly deps: QaDeps) {
    const vocabulary = buildVocabulary();
    this.spellers = { en: new Speller(vocabulary.en, COMMON_WORDS.en, vocabulary.core), fr: new Speller(vocabulary.fr, COMMON_WORDS.fr, vocabulary.core) };
    this.memo = new DataCache(deps.store, deps.clock, 2_000);
  }

  /** Answers in the question's language; `lang` forces one, `fallbackLang` (the chat's) decides when the question does not tell. */
  answer(question: string, opts: { lang?: Lang; fallbackLang?: Lang } = {}): Promise<QaAnswer> {
    // The same question asked again, while the store and the day are the same, gets the same answer.
    const feedKey = this.deps.feed?.lastReachedAt()?.slice(0, 13) ?? "";
    return this.memo.get(`${opts.lang ?? ""}|${opts.fallbackLang ?? ""}|${feedKey}|${question.trim().toLowerCase()}`, () => this.answerUncached(question, opts));
  }

  private async answerUncached(question: string, opts: { lang?: Lang; fallbackLang?: Lang }): Promise<QaAnswer> {
    const raw = question.slice(0, 1000);
    // Everyday words tell the language best; the bot's vocabulary (which mixes both) only for longer words.
    const lang = opts.lang ?? detectLanguage(raw, opts.fallbackLang, (w) =>
      COMMON_WORDS.fr.has(w) && !COMMON_WORDS.en.has(w) ? "fr" : COMMON_WORDS.en.has(w) && !COMMON_WORDS.fr.has(w) ? "en"
        : w.length < 4 ? undefined : this.spellers.fr.knows(w) && !this.spellers.en.knows(w) ? "fr" : this.spellers.en.knows(w) && !this.spellers.fr.knows(w) ? "en" : undefined);
    // "le + gros", "480+": a plus sign written for the word.
    // "7,5 partout": a French decimal comma (a thousands comma has three digits after it).
    const text = expandSlang(this.spellers[lang].correctText(expandSlang(normalise(raw.replace(/\+/g, " plus ").replace(/(\d),(\d)(?!\d)/g, "$1.$2")).replace(/'/g, " "))));
    const ans = (reply: Reply, topic: string, confidence: number): QaAnswer => ({ reply, topic, confidence, lang });
    if (!text) return ans(this.notSure([], lang), "none", 0);
    if (/^(hi|hello|hey|bonjour|salut|allo|help|aide|merci|thanks|thank you|yo)\b/.test(text) && tokens(text).length <= 3) return ans(this.greeting(lang), "help", 0.9);
    // "What can you do?", "tu sers à quoi ?", "how do I use you": the commands.
    if (HELP_ASK.test(text) && tokens(text).length <= 14) return ans(this.greeting(lang), "help", 0.85);

    // "What does ITA mean?", "que veut dire NCLC": a definition, from the program knowledge.
    const term = text.replace(/\b(what|whats|does|do|mean|means|meaning|stand|for|is|the|of|definition|que|veut|dire|signifie|signification|ca|c est|quoi|le|la|les|de|du|un|une|an|a)\b/g, " ").replace(/\s+/g, " ").trim();
    if (DEFINITION.test(text) && !/\d/.test(text) && term && this.search.phraseMatches(term).size) return this.covered(this.fromTopics(term, lang, { rounds: this.deps.store.all(), lang, fresh: freshness(this.deps.store.all(), this.deps.clock(), this.deps.feed), today: isoDate(this.deps.clock), slots: {} }), askedPart(raw), true);
    const u = understand(text);
    // In a long message, the sentences that ask (background sentences hold numbers and months no answer needs).
    const askedRaw = askedPart(raw);
    const asked = askedRaw !== normalise(raw).replace(/'/g, " ") ? understand(expandSlang(this.spellers[lang].correctText(expandSlang(askedRaw)))) : undefined;
    const askedText = asked?.rest;
    const rounds = this.deps.store.all();
    const now = this.deps.clock();
    const data: DataContext = { rounds, lang, fresh: freshness(rounds, now, this.deps.feed), today: isoDate(this.deps.clock), slots: u.slots };
    const input: IntentInput = { text: u.rest, raw, slots: u.slots, data, deps: this.deps };

    // Another IRCC application (a study permit, citizenship, sponsorship…) is not Express Entry: say so rather than answer for EE.
    // So is life in Canada (rent, a job search, a bank).
    const offDomain = CUES.otherApplication.test(text) ? CUES.otherApplication : OFF_DOMAIN.test(text) ? OFF_DOMAIN : undefined;
    // A CRS factor with a question of points is ours even beside a permit ("my brother is here on a study permit, sibling points?").
    const factorAsk = /\b(points?|pts|crs|scg)\b/.test(text) && POINTS_ASK.test(text) && factorWordsIn(text).length > 0 && !/\b(uk|united kingdom|royaume uni|australia|australie|new zealand|nouvelle zelande|arrima|pstq|eoi|sinp|oinp|aaip|mpnp|bcpnp)\b/.test(text);
    // Another program named outright (IEC, PGP, Arrima, a PR card, an open work permit…) is not Express Entry, even beside "pool" or "ITA",
    // unless Express Entry itself is named ("not Express Entry" does not count).
    const otherProgram = OTHER_PROGRAM.test(text) && !/\b(?<!not |pas |pas l |pas d )(express entry|entree express|crs|scg|cec|pec|fsw|ptqf|fst|ptmsf|category based|categor\w*)\b/.test(text);
    if ((offDomain && !CUES.expressEntry.test(text.replace(offDomain, " ")) && !CUES.reform.test(text) && !factorAsk) || (otherProgram && !factorAsk)) {
      const closest = this.search.search(text).slice(0, 3).map((h) => h.topic);
      return ans(this.notSure(closest, lang), "none", 0.2);
    }

    for (const intent of INTENTS) {
      if (!intent.when(input)) continue;
      const result = intent.id === "days-since" ? this.daysSince(data) : await intent.answer(input);
      if (!result) continue;
      // A date without a year read as a past year's is a guess: the user may mean this year's, which had no round.
      const day = u.slots.roundDate?.startsWith("?") ? u.slots.roundDate.slice(1) : undefined;
      const guessedYear = intent.id === "round-by-date" && !!day && rounds.filter((x) => x.date.slice(4) === day).at(-1)?.date.slice(0, 4) !== data.fresh.asOf.slice(0, 4);
      const confidence = Math.min(result.confidence ?? 1, calibrate(intent.id, u.rest, u.slots, guessedYear ? Math.min(intent.confidence, 0.45) : intent.confidence, askedText));
      // Slots only in a background sentence ("in the pool since March with 478") are not part of the question.
      const found = asked ? u.found.filter((s) => asked.found.includes(s)) : u.found;
      return this.covered(this.withUnused(result, intent.honours, confidence, found, intent.id, data), askedRaw, PERSON_INTENTS.has(intent.id), askedText ?? u.rest, u.slots);
    }

    // Two programs named: compare them.
    if (/\b(difference|differences|vs|versus|compare|comparer|or|ou|better|mieux)\b/.test(text)) {
      const programs = this.programsIn(text);
      if (programs.length >= 2) return ans(this.compare(programs[0]!, programs[1]!, lang), `compare:${programs[0]!.id}:${programs[1]!.id}`, 0.88);
    }
    return this.covered(this.fromTopics(text, lang, data), askedRaw, true);
  }

  /** An answer about a person's application that leaves a subject the question asks (fees, when, the medical exam…) unanswered says so and is not confident. */
  private covered(a: QaAnswer, asked: string, person: boolean, askedText?: string, slots?: Slots): QaAnswer {
    if (!person || a.topic === "none") return a;
    const missing = uncovered(a.topic, asked);
    // A number the question gives that no slot read and the answer never mentions ("FSW grid: 29, master's…" without the age).
    const said = replyToText(a.reply).replace(/(\d)[,\s\u202f\u00a0](\d{3})(?!\d)/g, "$1$2");
    const numbers = askedText && slots ? unusedNumbers(askedText.replace(/\/\s*\d+/g, " "), slots).filter((n) => !KNOWN_NUMBERS.has(Number(n)) && !/^20[123]\d$/.test(n) && !new RegExp(`(?<![\\d])${n}(?![\\d])`).test(said)) : [];
    if (!missing.length && !numbers.length) return a;
    const m = qaMessages(a.lang);
    const note = m.notUsed([...missing.map((c) => c.name[a.lang]), ...numbers].join(", "));
    const offers = [...new Set(missing.map((c) => c.topic))].filter((id) => id !== a.topic).map((id) => topicById(id)).filter((t): t is Topic => !!t).map((t) => `• ${t.title[a.lang]} (/program ${t.id})`);
    return { ...a, reply: { ...a.reply, lines: [...(a.reply.lines ?? []), note, ...(offers.length ? [m.closest, ...offers] : [])] }, confidence: Math.min(a.confidence, PARTIAL_CONFIDENCE) };
  }

  /** Adds a note naming the slots the answer could not use, and lowers the confidence when there are any. */
  private withUnused(answered: IntentResult, honours: readonly SlotName[], intentConfidence: number, found: SlotName[], intentId: string, data: DataContext): QaAnswer {
    let result = answered;
    let confidence = intentConfidence;
    const person = PERSON_INTENTS.has(intentId);
    const family = person ? PERSON_SLOTS : DRAW_SLOTS;
    // Every answer built from the rounds says when the data may be out of date — and so does any other that cites a
    // round ("its latest round: #422").
    const stale = staleLines(data);
    const citesRound = /(?:#|nº )\d{1,3}[ab]?\b/.test(replyToText({ ...result.reply, footer: "" }));
    if ((!person || citesRound) && stale.length && !(result.reply.lines ?? []).includes(stale[0]!)) result = { ...result, reply: { ...result.reply, lines: [...stale, ...(result.reply.lines ?? [])] } };
    const used = new Set<SlotName>(result.honoured ? [...result.honoured] : honours);
    // The test's name is part of its scores.
    if (used.has("test")) used.add("testName");
    const unused = found.filter((s) => family.includes(s) && !used.has(s));
    // A period reaching past stale data cannot be answered with certainty ("any draw this week?" three months on).
    if (!person && periodBeyondData(data)) confidence = Math.min(confidence, PARTIAL_CONFIDENCE);
    // A period still to come ("will the rounds stop in 2027?"): no round is known yet, and none can be predicted.
    const future = data.slots.period?.from !== undefined && data.slots.period.from > data.today;
    if (!person && future) {
      confidence = Math.min(confidence, PARTIAL_CONFIDENCE);
      result = { ...result, reply: { ...result.reply, lines: [...(result.reply.lines ?? []), data.lang === "fr" ? `${data.slots.period!.text} est encore à venir : aucune ronde n’est connue, et personne ne peut les prédire.` : `${data.slots.period!.text} is still to come: no round is known yet, and nobody can predict them.`] } };
    }
    if (!unused.length) return { reply: result.reply, topic: result.topic, confidence, lang: data.lang };
    const m = qaMessages(data.lang);
    // A test named with its scores is one part of the question, not two.
    const named = unused.filter((s) => s !== "testName" || !unused.includes("test")).map((s) => m.slotNames[s] ?? s);
    const note = m.notUsed(named.join(", "));
    // Background ("I'm 31 with a bachelor's… what is my CLB?") does not change a CLB, fee or funds answer;
    // a slot left out of a points or rounds answer does.
    const changesAnswer = !person || (intentId === "crs-points" && !result.named);
    return { reply: { ...result.reply, lines: [...(result.reply.lines ?? []), note] }, topic: result.topic, confidence: changesAnswer ? Math.min(confidence, PARTIAL_CONFIDENCE) : confidence, lang: data.lang };
  }

  private daysSince(data: DataContext): IntentResult {
    const m = messages(data.lang);
    const category = data.slots.category;
    const rows = daysSinceLast(data.rounds, data.today).filter((r) => !category || r.key === category);
    if (!rows.length) return { reply: { error: true, lines: [category ? m.noRoundsCategory(categoryName(category, data.lang)) : m.noRounds] }, topic: "days-since" };
    return {
      reply: {
        title: m.daysSinceTitle,
        lines: [...staleLines(data), ...rows.map((r) => m.daysSinceLine(roundCategoryName(r.last, data.lang), r.days, r.last.id, formatDate(r.last.date, data.lang)))],
        links: [officialLink("rounds", data.lang)],
        footer: `${m.asOfDate(formatDate(data.today, data.lang))} · ${dataFooter(data)}`,
      },
      topic: "days-since",
    };
  }

  private programsIn(text: string): Topic[] {
    const order: Array<[RegExp, string]> = [
      [/\b(fsw|fswp|skilled workers?|ptqf|travailleurs qualifies)\b/, "fsw"],
      [/\b(fst|fstp|skilled trades|ptmsf|metiers specialises)\b/, "fst"],
      [/\b(cec|canadian experience|pec|experience canadienne)\b/, "cec"],
      [/\b(pnp|provincial|pcp)\b/, "pnp"],
      [/\b(express entry|entree express)\b/, "express-entry"],
    ];
    return order
      .map(([re, id]) => ({ id, at: text.search(re) }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((p) => topicById(p.id)!);
  }

  private compare(a: Topic, b: Topic, lang: Lang): Reply {
    return {
      title: lang === "fr" ? `${a.title.fr} ou ${b.title.fr}` : `${a.title.en} vs ${b.title.en}`,
      fields: [
        { name: a.title[lang], value: a.short[lang] },
        { name: b.title[lang], value: b.short[lang] },
      ],
      links: [...new Set([...a.links, ...b.links])].map((id) => officialLink(id, lang)),
      footer: reviewedFooter([a, b], lang),
    };
  }

  private fromTopics(text: string, lang: Lang, data: DataContext): QaAnswer {
    // Search score, plus a bonus for each word of the longest keyword phrase found whole in the question.
    const phrases = this.search.phraseMatches(text);
    const scored = new Map<string, { topic: Topic; score: number }>();
    for (const hit of this.search.search(text)) scored.set(hit.topic.id, { topic: hit.topic, score: hit.score });
    for (const [id, words] of phrases) {
      const entry = scored.get(id) ?? { topic: topicById(id)!, score: 0 };
      entry.score += 8 * words;
      scored.set(id, entry);
    }
    // "Express Entry" names the whole domain: beside another topic's own phrase ("an ECA for express entry") it is context, not the topic.
    const general = scored.get("express-entry");
    if (general && [...phrases.keys()].some((id) => id !== "express-entry")) general.score = Math.min(general.score, 8);
    const ranked = [...scored.values()].sort((a, b) => b.score - a.score);
    const [top, second] = ranked;
    // Without a keyword phrase, a single loosely matched word is not enough to answer.
    const clearWinner = top && (phrases.has(top.topic.id) ? top.score >= 8 : top.score >= 20 && (!second || top.score >= second.score * 1.25));
    if (!top || !clearWinner)
      return { reply: this.notSure(ranked.slice(0, 3).map((h) => h.topic), lang), topic: "none", confidence: top ? Math.min(0.4, top.score / 30) : 0, lang };
    // A long question that only brushes a topic's keyword is not understood: answer, but not confidently.
    const words = tokens(text).length;
    const phraseWords = phrases.get(top.topic.id) ?? 0;
    // Without one of the topic's own phrases, a fuzzy match is a guess, however high its score.
    let confidence = phraseWords ? Math.min(0.9, 0.6 + top.score / 100) : Math.min(0.45, 0.3 + top.score / 100);
    if (words > 12 && phraseWords < 2) confidence = Math.min(confidence, 0.45);
    // Most of the question's own words must belong to the topic: "renew my PGWP online" only brushes the CEC.
    const coverage = this.search.coverage(text, top.topic);
    if (coverage < 0.34 && phraseWords < 2) return { reply: this.notSure(ranked.slice(0, 3).map((h) => h.topic), lang), topic: "none", confidence: 0.3, lang };
    if (coverage < 0.5 || OFF_DOMAIN.test(text)) confidence = Math.min(confidence, 0.45);
    const reply = this.topicReply(top.topic, lang, data);
    // A topic's text is the same for everyone: the person's own values (age, months of work, a score…) go unused.
    const m = qaMessages(lang);
    const values = VALUE_SLOTS.filter((s) => data.slots[s] !== undefined).map((s) => m.slotNames[s] ?? s);
    const parts = [data.slots.period?.text, data.slots.round && `#${data.slots.round}`, ...values].filter(Boolean);
    const unused = parts.length ? [m.notUsed(parts.join(", "))] : [];
    if (unused.length) confidence = Math.min(confidence, PARTIAL_CONFIDENCE);
    return { reply: { ...reply, lines: [...(reply.lines ?? []), ...unused] }, topic: top.topic.id, confidence, lang };
  }

  /** A topic's answer, with the latest round of its category (and whether the category is in force) when it has one. */
  topicReply(topic: Topic, lang: Lang, data?: DataContext): Reply {
    return topicReply(topic, lang, this.deps.store.all(), data);
  }

  private greeting(lang: Lang): Reply {
    return { lines: [this.deps.greeting(lang)] };
  }

  private notSure(suggestions: Topic[], lang: Lang): Reply {
    const m = qaMessages(lang);
    const list = suggestions.map((t) => `• ${t.title[lang]} (/program ${t.id})`);
    return { lines: [m.notSure, ...(list.length ? [m.closest, ...list] : []), m.tryHelp], links: [officialLink("expressEntry", lang)] };
  }
}

export { reviewedFooter };
