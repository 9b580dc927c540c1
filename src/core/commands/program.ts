import { messages } from "../../content/messages.ts";
import { TOPICS, topicById, type Topic } from "../../content/topics.ts";
import { normalise } from "../qa/text.ts";
import type { QuestionAnswerer } from "../qa/answer.ts";
import { officialLink } from "../links.ts";
import type { Lang, Reply } from "../reply.ts";

/**
 * /program [name]: a program or topic explained (FSW, FST, CEC, PNP, categories, tie-break, ITA…),
 * or the list of topics when no name is given.
 */

/** Finds the topic a user named: its id, one of its keywords, or its title in either language. */
export function findTopic(name: string): Topic | undefined {
  const wanted = normalise(name).replace(/'/g, " ");
  if (!wanted) return undefined;
  return (
    topicById(wanted.replace(/ /g, "-")) ??
    TOPICS.find((t) => [...t.keywords.en, ...t.keywords.fr].some((k) => normalise(k).replace(/'/g, " ") === wanted)) ??
    TOPICS.find((t) => normalise(t.title.en) === wanted || normalise(t.title.fr) === wanted)
  );
}

export async function programCommand(qa: QuestionAnswerer, opts: { name?: string; lang: Lang }): Promise<Reply> {
  const { lang } = opts;
  if (!opts.name?.trim()) {
    return {
      title: messages(lang).programsTitle,
      lines: TOPICS.map((t) => `• ${t.title[lang]} — /program ${t.id}`),
      links: [officialLink("expressEntry", lang)],
    };
  }
  const topic = findTopic(opts.name);
  if (topic) return qa.topicReply(topic, lang);
  const answer = await qa.answer(opts.name, { lang });
  if (answer.topic !== "none" && topicById(answer.topic)) return answer.reply;
  return {
    error: true,
    lines: [messages(lang).unknownProgram(opts.name.trim().slice(0, 60))],
  };
}
