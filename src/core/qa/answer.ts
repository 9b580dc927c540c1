import { messages } from "../../content/messages.ts";
import { TOPICS, topicById, type Topic } from "../../content/topics.ts";
import { drawCommand, latestCommand, listCommand, poolCommand, roundCategoryName, statsCommand, type DrawDeps } from "../commands/draws.ts";
import { categoryName } from "../draws/categories.ts";
import { daysSinceLast, latestRound } from "../draws/queries.ts";
import { formatDate, formatNumber } from "../format.ts";
import { officialLink } from "../links.ts";
import { isoDate } from "../ports.ts";
import { DataCache } from "../commands/reply-cache.ts";
import type { Lang, Reply } from "../reply.ts";
import { crsPointsAnswer } from "./crs-points.ts";
import { detectLanguage, normalise, Speller, tokens } from "./text.ts";
import { TopicSearch } from "./topic-search.ts";

/**
 * Free-text questions → an answer. Questions about data (latest round, a round by number, a year,
 * days since a category's last round, the pool, points for a CRS factor) are answered from the
 * store and the rules; the rest from the program knowledge by fuzzy search. When nothing matches
 * well, the answer says so and offers the closest topics — never a confident wrong answer.
 */

export interface QaAnswer {
  reply: Reply;
  /** What the answer is about: a topic id, or a data intent ("latest-round", "round", "year-stats", …). */
  topic: string;
  /** 0–1: how sure the engine is that it understood the question. */
  confidence: number;
  lang: Lang;
}

/** Words mapped to round categories (normalised; multi-word phrases allowed). */
const CATEGORY_WORDS: Array<[RegExp, string]> = [
  [/\b(cec|canadian experience|pec|experience canadienne)\b/, "cec"],
  [/\b(fsw|fswp|skilled workers?|ptqf|travailleurs qualifies)\b/, "fsw"],
  [/\b(fst|fstp|skilled trades|ptmsf|metiers specialises)\b/, "fst"],
  [/\b(pnp|provincial|pcp|provinces?|nominee)\b/, "pnp"],
  [/\b(physicians?|doctors?|medecins?)\b/, "physicians"],
  [/\b(senior managers?|managers?|cadres?)\b/, "senior-managers"],
  [/\b(military|militaires?|army|armed forces)\b/, "military"],
  [/\b(french|francophone|francais|french language)\b/, "french"],
  [/\b(health ?care|health|sante|nurses?|social services)\b/, "healthcare"],
  [/\b(stem|stim)\b/, "stem"],
  [/\b(trades?|metiers?|tradespeople)\b/, "trades"],
  [/\b(transport|truck|trucking|camionneurs?)\b/, "transport"],
  [/\b(agri\w*|agroalimentaire|farm\w*)\b/, "agriculture"],
  [/\b(education occupations?|teachers?|enseignants?|education draw)\b/, "education"],
  [/\b(general|all programs?|no program|generale?|tous les programmes)\b/, "general"],
];

function mentionedCategory(text: string): string | undefined {
  for (const [pattern, key] of CATEGORY_WORDS) if (pattern.test(text)) return key;
  return undefined;
}

const ROUND_WORDS = /\b(draws?|drws?|drow|rnds?|rounds?|ita|itas|invitations?|tirages?|rondes?|cut ?offs?|cutoffs?|ipd|crs|scg)\b/;
const LATEST_WORDS = /\b(last|lst|latest|recent|newest|previous|current|dernier|derniere|dernieres|derniers|recente?|plus recent)\b/;

/** Words the speller may correct to, per language (besides the topics' own keywords). */
const VOCABULARY: Record<Lang, string[]> = {
  en: [
    "latest", "last", "recent", "draw", "draws", "round", "rounds", "invitation", "invitations", "cutoff", "score", "points", "pool",
    "candidates", "canadian", "experience", "provincial", "nominee", "program", "french", "healthcare", "trades", "transport",
    "agriculture", "education", "physicians", "military", "managers", "difference", "between", "what", "when", "which", "happened",
    "sibling", "brother", "sister", "masters", "bachelors", "doctorate", "degree", "diploma", "language", "required", "requirements",
    "documents", "police", "medical", "certificate", "funds", "express", "entry", "ranking", "comprehensive", "system", "skilled",
    "worker", "workers", "federal", "class", "since", "days", "year", "total", "invited", "tiebreak", "breaking", "assessment",
    "credential", "passport", "teacher", "nurse", "apply", "application", "permanent", "residence", "proficiency", "occupations",
    "category", "categories", "selection", "after", "before", "explain", "amount",
  ],
  fr: [
    "tirage", "tirages", "ronde", "rondes", "dernier", "derniere", "combien", "bassin", "candidats", "programme", "francais",
    "categorie", "nomination", "experience", "difference", "entre", "depuis", "quand", "points", "offre", "emploi", "maitrise",
    "etudes", "anglais", "travail", "invite", "invitations", "departage", "francophone", "preuve", "fonds", "sante", "metiers",
    "candidat", "provinces", "canadienne", "qualifies", "regle", "demande", "residence", "permanente",
  ],
};


export interface QaDeps extends DrawDeps {
  /** The greeting's list of commands, from the command catalogue (passed in: the catalogue uses this engine). */
  greeting: (lang: Lang) => string;
}

export class QuestionAnswerer {
  private readonly search = new TopicSearch(TOPICS);
  private readonly spellers: Record<Lang, Speller>;
  private readonly memo: DataCache<QaAnswer>;

  constructor(private readonly deps: QaDeps) {
    const speller = (lang: Lang) => {
      const words = new Set(VOCABULARY[lang]);
      for (const t of TOPICS) for (const k of t.keywords[lang]) for (const w of tokens(normalise(k))) if (w.length >= 4) words.add(w);
      return new Speller(words);
    };
    this.spellers = { en: speller("en"), fr: speller("fr") };
    this.memo = new DataCache(deps.store, deps.clock, 2_000);
  }


  /** Answers in the question's language; `lang` forces one, `fallbackLang` (the chat's) decides when the question does not tell. */
  answer(question: string, opts: { lang?: Lang; fallbackLang?: Lang } = {}): Promise<QaAnswer> {
    // The same question asked again, while the store and the day are the same, gets the same answer.
    return this.memo.get(`${opts.lang ?? ""}|${opts.fallbackLang ?? ""}|${question.trim().toLowerCase()}`, () => this.answerUncached(question, opts));
  }

  private async answerUncached(question: string, opts: { lang?: Lang; fallbackLang?: Lang }): Promise<QaAnswer> {
    const raw = question.slice(0, 500);
    const lang = opts.lang ?? detectLanguage(raw, opts.fallbackLang);
    const text = this.spellers[lang].correctText(normalise(raw).replace(/'/g, " "));
    const ans = (reply: Reply, topic: string, confidence: number): QaAnswer => ({ reply, topic, confidence, lang });
    if (!text) return ans(this.notSure([], lang), "none", 0);

    if (/^(hi|hello|hey|bonjour|salut|allo|help|aide|merci|thanks|thank you)\b/.test(text) && tokens(text).length <= 3)
      return ans(this.greeting(lang), "help", 0.9);

    // A round by number: "draw 434", "round #262", "tirage 300", "#91a".
    const byNumber = /(?:\b(?:draws?|rounds?|tirages?|rondes?|no|numero|number)\s*#?\s*|#)(\d{1,3}[ab]?)\b/.exec(text);
    if (byNumber) return ans(await drawCommand(this.deps, { id: byNumber[1]!, lang }), "round", 0.95);

    const category = mentionedCategory(text);
    const year = /\b(20[12]\d)\b/.exec(text)?.[1];

    // Points for one CRS factor.
    if (/\b(points?|pts|worth|vaut|valent|rapporte|combien de points)\b/.test(text) && !ROUND_WORDS.test(text.replace(/\bcrs\b|\bscg\b/g, ""))) {
      const points = crsPointsAnswer(text, lang);
      if (points) return ans(points.reply, `crs-points:${points.factor}`, 0.9);
    }

    // The pool.
    if (/\b(pool|bassin|candidates|candidats|people in the pool|profiles)\b/.test(text) && !LATEST_WORDS.test(text)) {
      const score = /\b([1-9]\d{2})\b/.exec(text.replace(/\b20[12]\d\b/g, ""))?.[1];
      return ans(poolCommand(this.deps, { ...(score ? { score: Number(score) } : {}), lang }), "pool", 0.9);
    }

    // Days since a category's last round.
    if (/\b(how long|days since|since the last|depuis combien|combien de jours|depuis le dernier|depuis la derniere|jours depuis)\b/.test(text))
      return ans(this.daysSince(category, lang), "days-since", category ? 0.9 : 0.8);

    // A year's totals.
    if (year && /\b(how many|total|number|combien|nombre|stats?|statistics|statistiques|invitations?|itas?|draws|rounds|tirages|rondes)\b/.test(text))
      return ans(statsCommand(this.deps, { year: Number(year), lang }), "year-stats", 0.9);

    // The latest round, overall or of a category.
    if ((LATEST_WORDS.test(text) && ROUND_WORDS.test(text)) || /\b(when was the|when did|quand a eu lieu|c etait quand)\b/.test(text) && ROUND_WORDS.test(text)) {
      return ans(latestCommand(this.deps, { ...(category ? { category } : {}), lang }), category ? `latest-round:${category}` : "latest-round", 0.92);
    }
    if (/\b(cut ?off|cutoff|note minimale|seuil)\b/.test(text) && !/\b(what is|c est quoi|meaning|signifie)\b/.test(text))
      return ans(latestCommand(this.deps, { ...(category ? { category } : {}), lang }), category ? `latest-round:${category}` : "latest-round", 0.85);
    if (/\b(today|yesterday|this week|aujourd hui|hier|cette semaine)\b/.test(text) && ROUND_WORDS.test(text))
      return ans(latestCommand(this.deps, { ...(category ? { category } : {}), lang }), category ? `latest-round:${category}` : "latest-round", 0.85);
    if (/\b(recent|last \d+|dernieres?) (draws|rounds|tirages|rondes)\b/.test(text))
      return ans(listCommand(this.deps, { ...(category ? { category } : {}), limit: 5, lang }), "list-rounds", 0.85);

    // What to do after an invitation.
    if (/\b(after|apres|once i get|got an?|received an?|recu)\b.*\b(ita|invitation|ipd)\b/.test(text) && !/\b(what is|what s|c est quoi)\b/.test(text))
      return ans(this.topicReply(topicById("after-ita")!, lang), "after-ita", 0.85);

    // The difference between two programs.
    if (/\b(difference|differences|vs|versus|compare|comparer|or|ou)\b/.test(text)) {
      const programs = this.programsIn(text);
      if (programs.length >= 2) return ans(this.compare(programs[0]!, programs[1]!, lang), `compare:${programs[0]!.id}:${programs[1]!.id}`, 0.88);
    }

    return this.fromTopics(text, lang);
  }

  private programsIn(text: string): Topic[] {
    const found: Topic[] = [];
    const order: Array<[RegExp, string]> = [
      [/\b(fsw|fswp|skilled workers?|ptqf|travailleurs qualifies)\b/, "fsw"],
      [/\b(fst|fstp|skilled trades|ptmsf|metiers specialises)\b/, "fst"],
      [/\b(cec|canadian experience|pec|experience canadienne)\b/, "cec"],
      [/\b(pnp|provincial|pcp)\b/, "pnp"],
      [/\b(express entry|entree express)\b/, "express-entry"],
    ];
    const positions = order
      .map(([re, id]) => ({ id, at: text.search(re) }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at);
    for (const p of positions) found.push(topicById(p.id)!);
    return found;
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

  private daysSince(category: string | undefined, lang: Lang): Reply {
    const m = messages(lang);
    const rounds = this.deps.store.all();
    const asOf = isoDate(this.deps.clock);
    const rows = daysSinceLast(rounds, asOf).filter((r) => !category || r.key === category);
    if (!rows.length) return { error: true, lines: [category ? m.noRoundsCategory(categoryName(category, lang)) : m.noRounds] };
    return {
      title: m.daysSinceTitle,
      lines: rows.map((r) => m.daysSinceLine(roundCategoryName(r.last, lang), r.days, r.last.id, formatDate(r.last.date, lang))),
      links: [officialLink("rounds", lang)],
      footer: `${m.asOfDate(formatDate(asOf, lang))} · ${m.source}`,
    };
  }

  private fromTopics(text: string, lang: Lang): QaAnswer {
    // Search score, plus a bonus for each word of the longest keyword phrase found whole in the question.
    const phrases = this.search.phraseMatches(text);
    const scored = new Map<string, { topic: Topic; score: number }>();
    for (const hit of this.search.search(text)) scored.set(hit.topic.id, { topic: hit.topic, score: hit.score });
    for (const [id, words] of phrases) {
      const entry = scored.get(id) ?? { topic: topicById(id)!, score: 0 };
      entry.score += 8 * words;
      scored.set(id, entry);
    }
    const ranked = [...scored.values()].sort((a, b) => b.score - a.score);
    const [top, second] = ranked;
    // Without a keyword phrase, a single loosely matched word is not enough to answer.
    const clearWinner = top && (phrases.has(top.topic.id) ? top.score >= 8 : top.score >= 20 && (!second || top.score >= second.score * 1.25));
    if (!top || !clearWinner)
      return { reply: this.notSure(ranked.slice(0, 3).map((h) => h.topic), lang), topic: "none", confidence: top ? Math.min(0.4, top.score / 30) : 0, lang };
    const confidence = Math.min(0.9, (phrases.has(top.topic.id) ? 0.6 : 0.45) + top.score / 100);
    return { reply: this.topicReply(top.topic, lang), topic: top.topic.id, confidence, lang };
  }

  /** A topic's answer, with the latest round of its category when it has one. */
  topicReply(topic: Topic, lang: Lang): Reply {
    const lines = [topic.short[lang]];
    if (topic.category) {
      const rounds = this.deps.store.all();
      const last = latestRound(rounds, topic.category);
      if (last)
        lines.push(
          lang === "fr"
            ? `Dernière ronde de cette catégorie : nº ${last.id} le ${formatDate(last.date, "fr")}, ${formatNumber(last.size, "fr")} invitations, note minimale ${last.crs}.`
            : `Latest round of this category: #${last.id} on ${formatDate(last.date, "en")}, ${formatNumber(last.size, "en")} invitations, cutoff ${last.crs}.`,
        );
    }
    return {
      title: topic.title[lang],
      lines,
      links: topic.links.map((id) => officialLink(id, lang)),
      footer: reviewedFooter([topic], lang, this.deps.store.newest()?.id),
    };
  }

  private greeting(lang: Lang): Reply {
    return { lines: [this.deps.greeting(lang)] };
  }

  private notSure(suggestions: Topic[], lang: Lang): Reply {
    const list = suggestions.map((t) => `• ${t.title[lang]} (/program ${t.id})`);
    return {
      lines: [
        lang === "fr"
          ? "Je ne suis pas sûr de comprendre la question, et je préfère ne pas deviner."
          : "I'm not sure I understood the question, and I'd rather not guess.",
        ...(list.length ? [lang === "fr" ? "Sujets les plus proches :" : "Closest topics:", ...list] : []),
        lang === "fr" ? "Essayez aussi /help, ou la page officielle ci-dessous." : "Try /help too, or the official page below.",
      ],
      links: [officialLink("expressEntry", lang)],
    };
  }
}

function reviewedFooter(topics: Topic[], lang: Lang, roundId?: string): string {
  const date = topics.map((t) => t.reviewed).sort()[0]!;
  const reviewed = lang === "fr" ? `Contenu revu le ${formatDate(date, "fr")}` : `Last reviewed ${formatDate(date, "en")}`;
  const asOf = roundId ? (lang === "fr" ? ` · rondes en date de la nº ${roundId}` : ` · rounds as of #${roundId}`) : "";
  return `${reviewed}${asOf} · ${lang === "fr" ? "Source : IRCC" : "Source: IRCC"}`;
}
