import type { Topic } from "../../../content/topics.ts";
import type { Round } from "../../draws/round.ts";
import { latestRound } from "../../draws/queries.ts";
import { formatDate, formatNumber } from "../../format.ts";
import { officialLink } from "../../links.ts";
import type { Lang, Reply } from "../../reply.ts";
import { staleLines, type DataContext } from "./data-context.ts";
import { categoryStatusLine } from "./eligibility-answers.ts";

/** A topic's short answer, with its category's status and latest round when it has one. */
export function topicReply(topic: Topic, lang: Lang, rounds: readonly Round[], data?: DataContext): Reply {
  const lines = [topic.short[lang]];
  if (topic.category) {
    if (!["cec", "pnp", "fsw", "fst", "general", "french"].includes(topic.category)) lines.push(categoryStatusLine(topic.category, rounds, lang));
    else {
      const last = latestRound(rounds, topic.category);
      if (last)
        lines.push(
          lang === "fr"
            ? `Dernière ronde de cette catégorie : nº ${last.id} le ${formatDate(last.date, "fr")}, ${formatNumber(last.size, "fr")} invitations, note minimale ${last.crs}.`
            : `Latest round of this category: #${last.id} on ${formatDate(last.date, "en")}, ${formatNumber(last.size, "en")} invitations, cutoff ${last.crs}.`,
        );
    }
  }
  return {
    title: topic.title[lang],
    lines: [...(data && topic.category ? staleLines(data) : []), ...lines],
    links: topic.links.map((id) => officialLink(id, lang)),
    footer: reviewedFooter([topic], lang, rounds[rounds.length - 1]?.id),
  };
}

export function reviewedFooter(topics: Topic[], lang: Lang, roundId?: string): string {
  const date = topics.map((t) => t.reviewed).sort()[0]!;
  const reviewed = lang === "fr" ? `Contenu revu le ${formatDate(date, "fr")}` : `Last reviewed ${formatDate(date, "en")}`;
  const asOf = roundId ? (lang === "fr" ? ` · rondes en date de la nº ${roundId}` : ` · rounds as of #${roundId}`) : "";
  return `${reviewed}${asOf} · ${lang === "fr" ? "Source : IRCC" : "Source: IRCC"}`;
}
