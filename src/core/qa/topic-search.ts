import MiniSearch from "minisearch";
import { TOPICS, type Topic } from "../../content/topics.ts";
import { normalise } from "./text.ts";

/**
 * Fuzzy search over the program knowledge in both languages (MiniSearch), the fallback when a
 * question is not about live data.
 */

const STOP = new Set([
  "the", "a", "an", "is", "are", "what", "whats", "how", "do", "does", "i", "my", "me", "of", "to", "in", "for", "and", "or", "can",
  "you", "tell", "about", "it", "be", "with", "on", "c", "est", "quoi", "le", "la", "les", "de", "des", "du", "un", "une", "qu",
  "que", "ce", "je", "mon", "ma", "et", "ou", "pour", "en", "l", "d", "s", "j", "explain", "please", "svp", "stp", "expliquer",
  "quel", "quelle", "quels", "quelles", "il", "elle", "fait", "sont", "a", "au", "aux", "dans", "sur", "par", "avec", "comment",
  "pourquoi", "quand", "when", "where", "why", "which", "who", "there", "this", "that", "was", "were", "have", "has", "get", "did",
  "should", "would", "could", "will", "much", "many", "any", "some", "at", "from", "by", "am", "im", "is", "vous", "nous", "on",
  "need", "needs", "want", "know", "please", "got", "give", "like", "just", "also", "really", "anyone", "someone", "guys", "hey", "hello",
  "thanks", "thank", "question", "questions", "help", "does", "make", "take", "been", "going", "your", "our", "their", "they", "them",
  "veux", "voudrais", "savoir", "besoin", "faut", "peux", "etre", "avoir", "merci", "bonjour", "salut", "mes", "nos", "vos", "leur",
  "est-ce", "ca", "cela", "tout", "tous", "plus", "moins", "tres", "bien", "aussi", "encore", "deja", "quoi", "qui", "dois", "doit",
  "here", "there", "then", "than", "into", "over", "about", "after", "before", "still", "now", "currently", "today",
]);

const processTerm = (term: string) => {
  const t = normalise(term);
  return t && !STOP.has(t) ? t : null;
};

export interface TopicHit {
  topic: Topic;
  score: number;
}

export class TopicSearch {
  private readonly index: MiniSearch<{ id: string; keywords: string; title: string; body: string }>;

  constructor(topics: readonly Topic[] = TOPICS) {
    this.index = new MiniSearch({
      fields: ["keywords", "title", "body"],
      storeFields: ["id"],
      processTerm,
      tokenize: (text) => text.split(/[\s'’\-/,.;:!?()]+/),
      searchOptions: { boost: { keywords: 4, title: 2, body: 0.3 }, fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0), prefix: (term) => term.length > 3, combineWith: "OR" },
    });
    this.index.addAll(
      topics.map((t) => ({
        id: t.id,
        keywords: [...t.keywords.en, ...t.keywords.fr, t.id.replace(/-/g, " ")].join(" , "),
        title: `${t.title.en} ${t.title.fr}`,
        body: `${t.short.en} ${t.short.fr}`,
      })),
    );
    this.topics = new Map(topics.map((t) => [t.id, t]));
  }

  private readonly topics: Map<string, Topic>;

  /** The share of the question's content words (not stop words, 3+ letters) found in the topic's own words. */
  coverage(normalisedQuestion: string, topic: Topic): number {
    const own = (this.ownWords ??= new Map()).get(topic.id) ?? new Set(
      [...topic.keywords.en, ...topic.keywords.fr, topic.title.en, topic.title.fr, topic.short.en, topic.short.fr, topic.long.en, topic.long.fr]
        .flatMap((t) => normalise(t).split(/[\s']+/)),
    );
    this.ownWords.set(topic.id, own);
    const words = normalisedQuestion.split(/[\s']+/).filter((w) => w.length >= 3 && !STOP.has(w) && !/\d/.test(w));
    if (!words.length) return 1;
    const near = (w: string) => own.has(w) || own.has(w.replace(/s$/, "")) || own.has(`${w}s`);
    return words.filter(near).length / words.length;
  }

  private ownWords?: Map<string, Set<string>>;

  search(question: string): TopicHit[] {
    return this.index.search(question).flatMap((r) => {
      const topic = this.topics.get(r.id as string);
      return topic ? [{ topic, score: r.score }] : [];
    });
  }

  /** For each topic with a keyword phrase appearing whole in the question, the longest such phrase in words. */
  phraseMatches(normalisedQuestion: string): Map<string, number> {
    const q = ` ${normalisedQuestion} `;
    // Plurals aside ("tests de langue", "language tests"): each word without a final s or x.
    const singular = (t: string) => t.split(" ").map((w) => (w.length > 3 ? w.replace(/[sx]$/, "") : w)).join(" ");
    const qs = ` ${singular(normalisedQuestion)} `;
    const out = new Map<string, number>();
    for (const t of this.topics.values()) {
      for (const k of [...t.keywords.en, ...t.keywords.fr]) {
        const phrase = normalise(k).replace(/'/g, " ");
        // The phrase whole, or with its last word in the plural ("language tests", "tests de langue" → "test de langue" stays exact).
        if (phrase.length >= 3 && (q.includes(` ${phrase} `) || qs.includes(` ${singular(phrase)} `))) out.set(t.id, Math.max(out.get(t.id) ?? 0, phrase.split(" ").length));
      }
    }
    return out;
  }
}
