import { CATEGORIES_2026, CATEGORY_CHANGES_2026 } from "../../../content/eligibility/categories.ts";
import { CEC_RULES } from "../../../content/eligibility/cec.ts";
import { nocCatalogue, type NocUnit } from "../../eligibility/noc-catalogue.ts";
import { defaultNocSearch } from "../../eligibility/noc-search.ts";
import { categoriesListing, isFstTrade, isSkilledTeer } from "../../eligibility/rules.ts";
import { formatDate } from "../../format.ts";
import { officialLink } from "../../links.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import type { Slots } from "../understand/slots.ts";
import { normalise } from "../text.ts";

/**
 * A NOC 2021 occupation, from its code or its title: its TEER (data/noc-2021.csv), whether it is skilled work for FSW
 * and CEC (and the CEC language level that goes with it), whether it is an FST trade, and the 2026 categories that list
 * it — or dropped it since 2025.
 */

/** The words of a "which TEER / which NOC is …" question that are not the job's title. */
const NOT_TITLE = /\b(what|whats|which|is|are|a|an|the|my|job|jobs|work|occupation|occupations|profession|metier|emploi|travail|teer|feer|noc|cnp|code|codes|level|niveau|category|categorie|quel|quelle|quels|quelle est|c est|est|ce|le|la|les|un|une|mon|ma|de|du|des|d|l|for|pour|in|en|as|comme|count|counts|compte|skilled|qualifie|eligible|admissible|does|do|it|i|am|im|m|s|je|suis|work as|travaille|number|numero|combien|cmb|koi|quoi|ou|or|and|et|express|entry|entree|canada|cec|fsw|fst|program|programme|under|sous|belong|belongs|fall|falls|classified|classe)\b/g;

/** Words that are not a job's title: the rest of a question about rules. */
const RULE_WORDS = /\b(language|langue|min|minimum|requirements?|exigences?|points?|pts|score|crs|scg|clb|nclc|ielts|celpip|tef|tcf|pte|funds?|fonds|fees?|frais|years?|ans|months?|mois|experience|eligible|admissible|program\w*)\b/;

/** The unit groups a question names: by code (one), or by a job title when it asks which TEER/NOC a job is (one or a few). */
export function nocMatches(s: Slots, text: string): NocUnit[] {
  if (s.noc) return [nocCatalogue().get(s.noc)].filter((u): u is NocUnit => !!u);
  if (!/\b(teer|feer|noc|cnp)\b/.test(text) || s.program || RULE_WORDS.test(text.replace(/\b(teer|feer|noc|cnp)\b/g, " "))) return [];
  const query = text.replace(NOT_TITLE, " ").replace(/\b\d+\b/g, " ").replace(/\s+/g, " ").trim();
  if (query.length < 4) return [];
  const found = defaultNocSearch().find(query, 5);
  if (found.kind === "code") return [found.unit];
  if (found.kind !== "matches") return [];
  // Several matches: those whose title holds every word asked (as the start of a title word).
  const words = query.split(" ").filter((w) => w.length >= 3).map((w) => w.replace(/s$/, ""));
  const holds = (u: NocUnit) => [u.title.en, u.title.fr].some((t) => { const tw = normalise(t).split(/[\s/]+/); return words.every((w) => tw.some((x) => x.startsWith(w))); });
  return found.units.filter(holds).slice(0, 4);
}

/** A job said as such ("as a cook", "je suis soudeur", "my job is welder", "is a welder eligible"): the unit groups its title fits. */
export function jobTitleMatches(text: string): NocUnit[] {
  const m = /\b(?:as an?|comme(?: une?)?|i m an?|i am an?|im an?|(?:je suis|j suis|jsuis|chui|chuis)(?: une?)?|work as an?|working as an?|travaille comme(?: une?)?|my job is(?: an?)?|mon (?:metier|emploi|job) est(?: un| une)?|is an?)\s+([a-z]+(?: [a-z]+)?)\b/.exec(text);
  if (!m) return [];
  const title = m[1]!.replace(/\b(teer|feer|noc|cnp|eligible|admissible|and|et|with|avec|in|for|pour|from|de|who|qui|au|aux|a|at|en|dans|depuis|since|du|des|la|le|les|to|on|sur|chez|here|ici|but|mais|so|donc|can|could|do|does|is|am|est|je|j|i|my|mon|ma)\b.*$/, "").trim();
  // Two words when they make a title ("heavy equipment"), else the first ("electrician, can I …").
  const two = titleUnits(title);
  return two.length || !title.includes(" ") ? two : titleUnits(title.split(" ")[0]!);
}

function titleUnits(title: string): NocUnit[] {
  if (title.length < 4 || RULE_WORDS.test(title) || NOT_TITLE.test(title) || /\b(full|part|time|student|students|etudiant\w*|worker|workers|employee|travailleur\w*|temps|plein|partiel|single|married|celibataire|marie\w*|principal)\b/.test(title)) return [];
  const found = defaultNocSearch().find(title, 5);
  if (found.kind === "code") return [found.unit];
  if (found.kind !== "matches") return [];
  const words = title.split(" ").filter((w) => w.length >= 3).map((w) => w.replace(/s$/, ""));
  const units = found.units.filter((u) => [u.title.en, u.title.fr].some((t) => { const tw = normalise(t).split(/[\s/]+/); return words.every((w) => tw.some((x) => x.startsWith(w))); }));
  // A French title's head noun comes first (in each of its masculine/feminine parts): "électricien" is the electricians, not "ingénieurs électriciens".
  const french = words.length === 1 && !units.some((u) => normalise(u.title.en).split(/[\s/]+/).some((x) => x.startsWith(words[0]!)));
  const heads = french ? units.filter((u) => u.title.fr.split(/[/,]/).some((part) => normalise(part).split(" ")[0]!.startsWith(words[0]!))) : [];
  return (heads.length ? heads : units).slice(0, 4);
}

/** The unit group, when the question names exactly one. */
export function nocOf(s: Slots, text: string): NocUnit | undefined {
  const units = nocMatches(s, text);
  return units.length === 1 ? units[0] : undefined;
}

/** Whether every choice is skilled (TEER 0–3) and an FST trade: then the program question has one answer whichever the person's is. */
export function choicesAgree(units: readonly NocUnit[]): { skilled: boolean; trade: boolean } {
  return { skilled: units.every((u) => isSkilledTeer(u.teer)), trade: units.every((u) => isFstTrade(u.code)) };
}

/** A job title that fits several unit groups: each with its TEER, and how to ask about one. */
export function nocChoicesAnswer(units: readonly NocUnit[], lang: Lang): Reply {
  const agree = choicesAgree(units);
  const all = agree.skilled && agree.trade
    ? [inLang(lang, "Whichever it is, all of them are skilled work (TEER 0–3) and eligible skilled trades for the Federal Skilled Trades Program.", "Quelle qu’elle soit, toutes sont du travail qualifié (FEER 0 à 3) et des métiers admissibles au Programme des travailleurs de métiers spécialisés.")]
    : agree.skilled ? [inLang(lang, "Whichever it is, all of them are skilled work (TEER 0–3) for FSW and CEC.", "Quelle qu’elle soit, toutes sont du travail qualifié (FEER 0 à 3) pour le PTQF et la CEC.")] : [];
  const lines = [inLang(lang, "Several NOC 2021 occupations match that title:", "Plusieurs professions de la CNP 2021 correspondent à ce titre :"),
    ...units.map((u) => inLang(lang, `• ${u.code} — ${u.title.en}: TEER ${u.teer}${isFstTrade(u.code) ? " (an FST trade)" : ""}`, `• ${u.code} — ${u.title.fr} : FEER ${u.teer} (TEER ${u.teer})${isFstTrade(u.code) ? " (métier du PTMSF)" : ""}`)),
    ...all,
    inLang(lang, "Pick the one whose main duties match your job, and ask again with its code (e.g. “is NOC 72200 eligible?”). TEER 0–3 counts as skilled work.", "Choisissez celle dont les fonctions principales correspondent à votre emploi et redemandez avec son code (p. ex. « la CNP 72200 est-elle admissible ? »). Les FEER 0 à 3 comptent comme travail qualifié.")];
  return { title: inLang(lang, "NOC 2021 and TEER", "CNP 2021 et FEER"), lines, links: [officialLink("expressEntry", lang)], footer: inLang(lang, "NOC 2021 Version 1.0 (Statistics Canada)", "CNP 2021 version 1.0 (Statistique Canada)") };
}

/** `asked`: a category the question asks about ("is NOC 21231 on the STEM list?"): answered first, yes or no. */
export function nocAnswer(unit: NocUnit, lang: Lang, asked?: string): Reply {
  const title = unit.title[lang];
  const lines = [inLang(lang, `NOC ${unit.code} — ${title}: TEER ${unit.teer}.`, `CNP ${unit.code} — ${title} : FEER ${unit.teer} (TEER ${unit.teer}).`)];
  const askedRule = asked ? CATEGORIES_2026.categories.find((c) => c.drawKey === asked || (asked === "researchers" && c.drawKey.startsWith("researchers"))) : undefined;
  if (askedRule) lines.unshift(askedRule.nocs.includes(unit.code)
    ? inLang(lang, `Yes: NOC ${unit.code} is on the 2026 ${askedRule.name.en} list.`, `Oui : la CNP ${unit.code} figure sur la liste 2026 de la catégorie ${askedRule.name.fr}.`)
    : inLang(lang, `No: NOC ${unit.code} is not on the 2026 ${askedRule.name.en} list.`, `Non : la CNP ${unit.code} ne figure pas sur la liste 2026 de la catégorie ${askedRule.name.fr}.`));
  if (isSkilledTeer(unit.teer)) {
    const level = unit.teer <= 1 ? CEC_RULES.language.teer0or1 : CEC_RULES.language.teer2or3;
    lines.push(inLang(lang, `TEER ${unit.teer} is skilled work for Express Entry: it counts for FSW and CEC (for CEC with CLB/NCLC ${level} in all four abilities).`, `FEER ${unit.teer} est du travail qualifié pour Entrée express : il compte pour le PTQF et la CEC (pour la CEC avec NCLC/CLB ${level} dans les quatre compétences).`));
  } else lines.push(inLang(lang, `TEER ${unit.teer} is not skilled work for Express Entry: it does not count for FSW, CEC or FST (only TEER 0, 1, 2 or 3 counts).`, `FEER ${unit.teer} n’est pas du travail qualifié pour Entrée express : il ne compte ni pour le PTQF, ni pour la CEC, ni pour le PTMSF (seuls les FEER 0, 1, 2 ou 3 comptent).`));
  if (isFstTrade(unit.code)) lines.push(inLang(lang, "It is also an eligible skilled trade for the Federal Skilled Trades Program.", "C’est aussi un métier spécialisé admissible au Programme des travailleurs de métiers spécialisés."));
  const listed = categoriesListing(unit.code);
  const inForce = formatDate(CATEGORIES_2026.inForceFrom, lang);
  if (listed.length) lines.push(inLang(lang, `Listed in the 2026 categories (in force since ${inForce}): ${listed.map((c) => c.name.en).join(", ")}.`, `Dans les catégories 2026 (en vigueur depuis le ${inForce}) : ${listed.map((c) => c.name.fr).join(", ")}.`));
  for (const [key, change] of Object.entries(CATEGORY_CHANGES_2026)) {
    const rule = CATEGORIES_2026.categories.find((c) => c.key === key);
    if (rule && change.removed.includes(unit.code)) lines.push(inLang(lang, `It was removed from ${rule.name.en} for 2026 (it was on the 2025 list); ${change.added.length ? `${change.added.join(", ")} was added instead.` : ""}`.trim(), `Elle a été retirée de la catégorie ${rule.name.fr} pour 2026 (elle figurait sur la liste 2025)${change.added.length ? `; ${change.added.join(", ")} y a été ajoutée.` : "."}`));
  }
  if (!listed.length && !Object.values(CATEGORY_CHANGES_2026).some((c) => c.removed.includes(unit.code))) lines.push(inLang(lang, "No 2026 category lists it.", "Aucune catégorie 2026 ne la liste."));
  return {
    title: inLang(lang, "NOC 2021 and TEER", "CNP 2021 et FEER"),
    lines,
    links: [officialLink("expressEntry", lang), officialLink("categoryBased", lang)],
    footer: inLang(lang, `NOC 2021 Version 1.0 (Statistics Canada) · categories as of ${formatDate(CATEGORIES_2026.listsAsOf, lang)}`, `CNP 2021 version 1.0 (Statistique Canada) · catégories en date du ${formatDate(CATEGORIES_2026.listsAsOf, lang)}`),
  };
}

/** The job the person names, checked against the program asked: one line ("electricians … are eligible FST trades"). */
export function jobProgramLine(units: readonly NocUnit[], program: "fsw" | "cec" | "fst", lang: Lang): string | undefined {
  if (!units.length) return undefined;
  const codes = units.map((u) => u.code).join(", ");
  const teers = [...new Set(units.map((u) => u.teer))].join("/");
  const agree = choicesAgree(units);
  if (program === "fst") {
    if (agree.trade) return inLang(lang, `Your job (NOC ${codes}, TEER ${teers}) is an eligible skilled trade for FST.`, `Votre métier (CNP ${codes}, FEER ${teers}) est un métier spécialisé admissible au PTMSF.`);
    if (!units.some((u) => isFstTrade(u.code))) return inLang(lang, `Your job (NOC ${codes}) is not one of FST's eligible skilled trades.`, `Votre emploi (CNP ${codes}) ne fait pas partie des métiers admissibles au PTMSF.`);
    return inLang(lang, `Some NOC codes for your job are FST trades (${units.filter((u) => isFstTrade(u.code)).map((u) => u.code).join(", ")}), others not: check which one matches your duties.`, `Certains codes CNP de votre emploi sont des métiers du PTMSF (${units.filter((u) => isFstTrade(u.code)).map((u) => u.code).join(", ")}), d’autres non : vérifiez celui qui correspond à vos fonctions.`);
  }
  const name = program === "cec" ? inLang(lang, "CEC", "la CEC") : inLang(lang, "FSW", "le PTQF");
  if (agree.skilled) return inLang(lang, `Your job (NOC ${codes}, TEER ${teers}) is skilled work that counts for ${name}.`, `Votre emploi (CNP ${codes}, FEER ${teers}) est du travail qualifié qui compte pour ${name}.`);
  if (!units.some((u) => isSkilledTeer(u.teer))) return inLang(lang, `Your job (NOC ${codes}, TEER ${teers}) is not skilled work (TEER 0–3), so it does not count for ${name}.`, `Votre emploi (CNP ${codes}, FEER ${teers}) n’est pas du travail qualifié (FEER 0 à 3) : il ne compte pas pour ${name}.`);
  return inLang(lang, `Some NOC codes for your job are skilled (TEER 0–3) and some not (${units.map((u) => `${u.code}: TEER ${u.teer}`).join(", ")}): check which one matches your duties.`, `Certains codes CNP de votre emploi sont qualifiés (FEER 0 à 3) et d’autres non (${units.map((u) => `${u.code} : FEER ${u.teer}`).join(", ")}) : vérifiez celui qui correspond à vos fonctions.`);
}
