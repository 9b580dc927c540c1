import { BIOMETRICS_FEE } from "../../../content/eligibility/fees.ts";
import { topicById } from "../../../content/topics.ts";
import type { Round } from "../../draws/round.ts";
import { formatDate, formatNumber } from "../../format.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import type { Slots } from "../understand/slots.ts";
import { topicReply } from "./topic-reply.ts";

/** Answers about steps of the application that combine a topic with dated figures. */

const money = (n: number, lang: Lang) => (lang === "fr" ? `${formatNumber(n, lang)} $` : `$${formatNumber(n, lang)}`);
const asOfText = (iso: string, lang: Lang) => inLang(lang, `as of ${formatDate(iso, lang)}`, `en date du ${formatDate(iso, lang)}`);

/** Biometrics: when and how (the topic), and the fee — for the family size the question gives, with the family maximum. */
export function biometricsAnswer(s: Slots, lang: Lang, rounds: readonly Round[]): Reply {
  const topic = topicReply(topicById("biometrics")!, lang, rounds);
  const b = BIOMETRICS_FEE;
  const n = s.familySize;
  const fee = n !== undefined
    ? inLang(lang, `Biometrics fee for ${n} ${n === 1 ? "person" : "people"}: ${money(Math.min(n * b.perPerson, b.familyMax), lang)} (${money(b.perPerson, lang)} per person, at most ${money(b.familyMax, lang)} for a family applying together).`, `Frais de biométrie pour ${n} personne${n === 1 ? "" : "s"} : ${money(Math.min(n * b.perPerson, b.familyMax), lang)} (${money(b.perPerson, lang)} par personne, au plus ${money(b.familyMax, lang)} pour une famille qui présente sa demande ensemble).`)
    : inLang(lang, `Biometrics fee: ${money(b.perPerson, lang)} per person, at most ${money(b.familyMax, lang)} for a family applying together.`, `Frais de biométrie : ${money(b.perPerson, lang)} par personne, au plus ${money(b.familyMax, lang)} pour une famille qui présente sa demande ensemble.`);
  return { ...topic, lines: [...(topic.lines ?? []), fee], links: [...(topic.links ?? [])], footer: inLang(lang, `Fee ${asOfText(b.asOf, lang)} · Source: IRCC`, `Frais ${asOfText(b.asOf, lang)} · Source : IRCC`) };
}

