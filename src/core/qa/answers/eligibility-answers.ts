import { CATEGORIES_2026, CATEGORY_CHANGES_2026, CATEGORY_LIST_CHANGES_2026, CATEGORY_WORK_RULE, FORMER_CATEGORY_NAMES } from "../../../content/eligibility/categories.ts";
import { CEC_RULES } from "../../../content/eligibility/cec.ts";
import { BIOMETRICS_FEE, FEES } from "../../../content/eligibility/fees.ts";
import { FST_RULES } from "../../../content/eligibility/fst.ts";
import { FSW_FACTOR_MAX, FSW_MINIMUMS } from "../../../content/eligibility/fsw.ts";
import { FUNDS_2024, FUNDS_TABLE } from "../../../content/eligibility/funds.ts";
import { REFORM_2026 } from "../../../content/eligibility/reform.ts";
import { categoryName } from "../../draws/categories.ts";
import { nocCatalogue } from "../../eligibility/noc-catalogue.ts";
import type { Round } from "../../draws/round.ts";
import { fundsRequired } from "../../eligibility/rules.ts";
import { formatDate, formatNumber } from "../../format.ts";
import { officialLink } from "../../links.ts";
import { inLang, type Lang, type Reply } from "../../reply.ts";
import type { Slots } from "../understand/slots.ts";
import { aspectLines, languageVerdict } from "./program-aspects.ts";
import { levelsOfScores } from "./language-levels.ts";
import { ABILITIES } from "../../crs/language.ts";

/**
 * Answers from the dated eligibility data (src/content/eligibility/): proof of funds, fees, program
 * minimums (with the experience the question gives), the FSW grid, the 2026 categories (whether
 * each is active is computed from the rounds), the proposed reform, and PNP basics.
 */

const money = (n: number, lang: Lang) => (lang === "fr" ? `${formatNumber(n, lang)} $` : `$${formatNumber(n, lang)}`);
const asOfText = (iso: string, lang: Lang) => inLang(lang, `as of ${formatDate(iso, lang)}`, `en date du ${formatDate(iso, lang)}`);

export function fundsAnswer(s: Slots, lang: Lang, text = ""): Reply {
  const t = FUNDS_TABLE;
  const lines: string[] = [];
  // An amount from the previous table ("is it still 14,690?"): say which table it was and what replaced it.
  for (const n of [...text.matchAll(/\b(\d{4,6})\b/g)].map((m) => Number(m[1]))) {
    const i = FUNDS_2024.bySize.indexOf(n);
    if (i >= 0 && FUNDS_2024.bySize[i] !== t.bySize[i]) {
      lines.push(inLang(lang, `No: ${money(n, lang)} was the previous table's amount for a family of ${i + 1}; since ${formatDate(t.effective, lang)} it is ${money(t.bySize[i]!, lang)}.`, `Non : ${money(n, lang)} était le montant de l’ancienne table pour une famille de ${i + 1}; depuis le ${formatDate(t.effective, lang)}, c’est ${money(t.bySize[i]!, lang)}.`));
      break;
    }
  }
  if (s.program === "cec") lines.push(inLang(lang, "No: Canadian Experience Class candidates do not need proof of funds.", "Non : les candidats de la catégorie de l’expérience canadienne n’ont pas besoin de preuve de fonds."));
  // Authorized to work in Canada with a valid job offer: exempt (FSW, FST).
  else if (s.jobOfferInCanada) lines.push(inLang(lang, "If you are authorized to work in Canada and have a valid job offer, you do not need proof of funds (FSW and FST); an invited candidate uploads a letter explaining the exemption.", "Si vous êtes autorisé à travailler au Canada et avez une offre d’emploi valide, vous n’avez pas besoin de preuve de fonds (PTQF et PTMSF); le candidat invité joint une lettre qui explique la dispense."));
  // "Do I need proof of funds for FST?": yes, with the one exemption.
  else if ((s.program === "fsw" || s.program === "fst") && !/\b(how much|combien|amount|montant|how many dollars)\b/.test(text)) lines.push(inLang(lang, `Yes: ${s.program === "fsw" ? "FSW" : "FST"} candidates need proof of funds, unless they are authorized to work in Canada and have a valid job offer.`, `Oui : les candidats du ${s.program === "fsw" ? "PTQF" : "PTMSF"} doivent prouver des fonds, sauf s’ils sont autorisés à travailler au Canada et ont une offre d’emploi valide.`));
  if (s.familySize !== undefined) {
    lines.push(inLang(lang,
      `For a family of ${s.familySize}: ${money(fundsRequired(s.familySize), lang)} CAD (FSW and FST, table effective ${formatDate(t.effective, lang)}).`,
      `Pour une famille de ${s.familySize} : ${money(fundsRequired(s.familySize), lang)} CA (PTQF et PTMSF, table en vigueur le ${formatDate(t.effective, lang)}).`));
  } else {
    const rows = t.bySize.map((v, i) => `${i + 1}: ${money(v, lang)}`).join(" · ");
    lines.push(inLang(lang, `Funds required by family size (FSW and FST, CAD, effective ${formatDate(t.effective, lang)}): ${rows} · each additional member: ${money(t.eachAdditional, lang)}.`,
      `Fonds exigés selon la taille de la famille (PTQF et PTMSF, $ CA, en vigueur le ${formatDate(t.effective, lang)}) : ${rows} · chaque membre de plus : ${money(t.eachAdditional, lang)}.`));
  }
  lines.push(inLang(lang,
    "Family size counts you, your spouse or partner and the dependent children of either, even if they are not coming. Exempt: all CEC candidates, and FSW/FST candidates authorized to work in Canada with a valid job offer. Borrowed money and real-estate (home) equity do not count; the funds must be available when you apply and when the visa is issued.",
    "La taille de la famille compte vous, votre époux ou conjoint et les enfants à charge de l’un ou l’autre, même s’ils ne vous accompagnent pas. Exemptés : tous les candidats de la CEC, et ceux du PTQF/PTMSF autorisés à travailler au Canada avec une offre d’emploi valide. L’argent emprunté et la valeur nette d’un bien immobilier ne comptent pas; les fonds doivent être disponibles à la demande et à la délivrance du visa."));
  lines.push(inLang(lang, "IRCC updates the amounts every year; no 2026 table was found when this was last checked (2026-11-21): check the official page.", "IRCC met les montants à jour chaque année; aucune table 2026 n’avait été trouvée à la dernière vérification (21 novembre 2026) : voyez la page officielle."));
  return { title: inLang(lang, "Proof of funds", "Preuve de fonds"), lines, links: [officialLink("proofOfFunds", lang)], footer: inLang(lang, `Table ${asOfText(t.asOf, lang)} · reports of IRCC's update`, `Table ${asOfText(t.asOf, lang)} · d’après les annonces de la mise à jour d’IRCC`) };
}

/** A fee question about more than the principal applicant: "me and my wife", "with 2 kids", "for the family". */
export const FAMILY_FEES_ASK = /\b(spouse|wife|husband|partner|conjointe?|epouse|epoux|mari|femme|child|children|kids?|son|daughter|enfants?|fils|fille|family|famille|dependa?e?nts?|a charge|us|nous|both|tous les deux|toutes les deux|per person|par personne)\b/;

/** Whether the question asks a family's fees that the current schedule lacks (the 2026 spouse and child amounts). */
export function familyFeesUnknown(today: string, text: string): boolean {
  const current = [...FEES].reverse().find((f) => f.from <= today) ?? FEES[0]!;
  // The right-of-PR fee alone is known for a spouse (and children pay none).
  const rightOfPrOnly = /\b(rprf|right of (?:permanent residence|pr)|droit de (?:residence permanente|rp)|landing fee)\b/.test(text) && !/\b(processing|traitement|total|all|tout)\b/.test(text);
  return FAMILY_FEES_ASK.test(text) && !rightOfPrOnly && (current.processingSpouse === null || current.processingChild === null);
}

export function feesAnswer(lang: Lang, today: string, text = ""): Reply {
  const current = [...FEES].reverse().find((f) => f.from <= today) ?? FEES[0]!;
  const previous = FEES.find((f) => f.until && f.until < current.from);
  // An amount of the previous schedule ("is the RPRF still 575?").
  const old = previous ? [...text.matchAll(/\b(\d{3,4})\b/g)].map((m) => Number(m[1])).find((n) => [previous.processingPrincipal, previous.rightOfPermanentResidence].includes(n) && ![current.processingPrincipal, current.rightOfPermanentResidence].includes(n)) : undefined;
  const unknown = inLang(lang, "not found in the sources", "introuvable dans les sources");
  const fee = (n: number | null) => (n === null ? unknown : money(n, lang));
  const oldLine = old !== undefined && previous ? [inLang(lang, `No: ${money(old, lang)} was the fee from ${formatDate(previous.from, lang)} to ${formatDate(previous.until!, lang)}.`, `Non : ${money(old, lang)} était le montant du ${formatDate(previous.from, lang)} au ${formatDate(previous.until!, lang)}.`)] : [];
  const lines = [...oldLine, inLang(lang,
    `Since ${formatDate(current.from, lang)}: processing fee ${fee(current.processingPrincipal)} for the principal applicant, ${fee(current.processingSpouse)} for a spouse or partner, ${fee(current.processingChild)} per dependent child; right of permanent residence fee ${fee(current.rightOfPermanentResidence)} (principal applicant and spouse, not children).`,
    `Depuis le ${formatDate(current.from, lang)} : frais de traitement ${fee(current.processingPrincipal)} pour le demandeur principal, ${fee(current.processingSpouse)} pour l’époux ou conjoint, ${fee(current.processingChild)} par enfant à charge; frais relatifs au droit de résidence permanente ${fee(current.rightOfPermanentResidence)} (demandeur principal et époux, pas les enfants).`)];
  if (previous) lines.push(inLang(lang,
    `Before (${formatDate(previous.from, lang)} to ${formatDate(previous.until!, lang)}): ${fee(previous.processingPrincipal)} / ${fee(previous.processingSpouse)} / ${fee(previous.processingChild)}, right of PR ${fee(previous.rightOfPermanentResidence)}.`,
    `Avant (du ${formatDate(previous.from, lang)} au ${formatDate(previous.until!, lang)}) : ${fee(previous.processingPrincipal)} / ${fee(previous.processingSpouse)} / ${fee(previous.processingChild)}, droit de RP ${fee(previous.rightOfPermanentResidence)}.`));
  lines.push(inLang(lang, `Biometrics: ${money(BIOMETRICS_FEE.perPerson, lang)} per person, at most ${money(BIOMETRICS_FEE.familyMax, lang)} for a family applying together.`, `Biométrie : ${money(BIOMETRICS_FEE.perPerson, lang)} par personne, au plus ${money(BIOMETRICS_FEE.familyMax, lang)} pour une famille qui présente sa demande ensemble.`));
  // A family's total needs the spouse's and children's amounts: say plainly when the sources lack them.
  const missing = familyFeesUnknown(today, text);
  if (current.processingPrincipal !== null && current.rightOfPermanentResidence !== null) {
    const alone = current.processingPrincipal + current.rightOfPermanentResidence + BIOMETRICS_FEE.perPerson;
    const total = inLang(lang, `For the principal applicant alone: ${money(current.processingPrincipal, lang)} + ${money(current.rightOfPermanentResidence, lang)} right of PR + ${money(BIOMETRICS_FEE.perPerson, lang)} biometrics = ${money(alone, lang)}.`, `Pour le demandeur principal seul : ${money(current.processingPrincipal, lang)} + ${money(current.rightOfPermanentResidence, lang)} de droit de RP + ${money(BIOMETRICS_FEE.perPerson, lang)} de biométrie = ${money(alone, lang)}.`);
    if (missing) lines.unshift(inLang(lang, `I can't give a family's total: the processing fees for a spouse or partner and for a dependent child since ${formatDate(current.from, lang)} are not in my sources — check IRCC's fees page.`, `Je ne peux pas donner le total pour une famille : les frais de traitement pour l’époux ou conjoint et pour un enfant à charge depuis le ${formatDate(current.from, lang)} ne sont pas dans mes sources — voyez la page des frais d’IRCC.`), total);
    else if (/\b(total|in all|altogether|all in|en tout|au total|cost|costs|coute|cout)\b/.test(text)) lines.unshift(total);
  }
  lines.push(inLang(lang, "Amounts in CAD, from reports of IRCC's fee notices; the official fees page is authoritative.", "Montants en $ CA, d’après les annonces des avis de frais d’IRCC; la page officielle des frais fait foi."));
  return { title: inLang(lang, "Fees for permanent residence (Express Entry)", "Frais de résidence permanente (Entrée express)"), lines, links: [officialLink("fees", lang)], footer: inLang(lang, `Fees ${asOfText(current.asOf, lang)}`, `Frais ${asOfText(current.asOf, lang)}`) };
}

/** Program minimums, and a verdict on the months of experience the question gives. */
export function programAnswer(program: "fsw" | "cec" | "fst", s: Slots, lang: Lang, intro?: string, text = ""): Reply {
  // The part asked first ("what language level for FST?"), then the months given, then every minimum.
  const aspects = aspectLines(program, text, lang);
  // Language levels given: whether they meet the minimum, first.
  const levels = s.clbLevels ?? (s.test ? levelsOfScores(s.test).levels : s.clb !== undefined ? (s.ability ? { [s.ability]: s.clb } : Object.fromEntries(ABILITIES.map((a) => [a, s.clb!]))) : undefined);
  const verdict = levels ? languageVerdict(program, levels, text, lang) : undefined;
  if (verdict) aspects.unshift(verdict);
  const lines: string[] = aspects.length ? aspects : intro && s.workMonths === undefined ? [intro] : [];
  const months = s.workMonths;
  if (program === "cec") {
    const need = CEC_RULES.work.hours / CEC_RULES.work.weeklyHoursCounted / 52 * 12;
    // Work abroad is no CEC experience, however long: say so rather than count its months.
    if (s.foreignWorkYears !== undefined && s.canadianWorkYears === undefined) lines.push(inLang(lang, "Work outside Canada does not count for CEC: it needs skilled work in Canada. Foreign work can qualify you for FSW instead.", "Le travail hors du Canada ne compte pas pour la CEC : elle exige du travail qualifié au Canada. L’expérience à l’étranger peut vous qualifier pour le PTQF."));
    else if (months !== undefined) lines.push(months >= need
      ? inLang(lang, `${months} months: yes, that meets CEC's work minimum, if it is skilled (TEER 0–3), paid, authorized work in Canada within the last ${CEC_RULES.work.windowYears} years.`, `${months} mois : oui, cela respecte le minimum de travail de la CEC, s’il s’agit de travail qualifié (FEER 0 à 3), rémunéré et autorisé au Canada dans les ${CEC_RULES.work.windowYears} dernières années.`)
      : inLang(lang, `${months} months: not yet — CEC needs at least ${need} months (${formatNumber(CEC_RULES.work.hours, lang)} hours) of skilled work in Canada. You can create the profile once you reach it.`, `${months} mois : pas encore — la CEC exige au moins ${need} mois (${formatNumber(CEC_RULES.work.hours, lang)} heures) de travail qualifié au Canada. Vous pourrez créer le profil une fois ce seuil atteint.`));
    lines.push(inLang(lang,
      `CEC minimums: at least 1 year (${formatNumber(CEC_RULES.work.hours, lang)} hours full-time or the same part-time) of skilled work (TEER 0, 1, 2 or 3) in Canada in the last ${CEC_RULES.work.windowYears} years, with authorization — self-employment and work while a full-time student do not count; language CLB/NCLC ${CEC_RULES.language.teer0or1} in all four abilities for TEER 0–1 work, CLB/NCLC ${CEC_RULES.language.teer2or3} for TEER 2–3; no education requirement; no proof of funds.`,
      `Exigences de la CEC : au moins 1 an (${formatNumber(CEC_RULES.work.hours, lang)} heures à temps plein ou l’équivalent à temps partiel) de travail qualifié (FEER 0, 1, 2 ou 3) au Canada dans les ${CEC_RULES.work.windowYears} dernières années, avec autorisation — le travail autonome et le travail pendant des études à temps plein ne comptent pas; NCLC/CLB ${CEC_RULES.language.teer0or1} dans les quatre compétences pour un travail FEER 0–1, NCLC/CLB ${CEC_RULES.language.teer2or3} pour FEER 2–3; aucune exigence d’études; pas de preuve de fonds.`));
    return { title: inLang(lang, "Canadian Experience Class: minimums", "Catégorie de l’expérience canadienne : exigences"), lines, links: [officialLink("cec", lang)], footer: inLang(lang, `Rules ${asOfText(CEC_RULES.language.asOf, lang)}`, `Règles ${asOfText(CEC_RULES.language.asOf, lang)}`) };
  }
  if (program === "fst") {
    const need = FST_RULES.work.hours / FST_RULES.work.weeklyHoursCounted / 52 * 12;
    if (months !== undefined) lines.push(months >= need
      ? inLang(lang, `${months} months: that meets FST's work minimum if it is in one eligible skilled trade, within the last ${FST_RULES.work.windowYears} years.`, `${months} mois : cela respecte le minimum du PTMSF s’il s’agit d’un seul métier spécialisé admissible, dans les ${FST_RULES.work.windowYears} dernières années.`)
      : inLang(lang, `${months} months: not enough — FST needs ${need / 12} years (${need} months) of full-time work in one skilled trade.`, `${months} mois : pas assez — le PTMSF exige ${need / 12} ans (${need} mois) de travail à temps plein dans un métier spécialisé.`));
    const l = FST_RULES.language;
    lines.push(inLang(lang,
      `FST minimums: ${need / 12} years (${formatNumber(FST_RULES.work.hours, lang)} hours) of full-time work in one skilled trade in the last ${FST_RULES.work.windowYears} years; CLB/NCLC ${l.speaking} in speaking and listening, CLB/NCLC ${l.reading} in reading and writing; a valid full-time job offer of at least ${FST_RULES.offerOrCertificate.offerMinYears} year or a Canadian certificate of qualification in the trade; no education requirement; proof of funds unless exempt.`,
      `Exigences du PTMSF : ${need / 12} ans (${formatNumber(FST_RULES.work.hours, lang)} heures) de travail à temps plein dans un métier spécialisé dans les ${FST_RULES.work.windowYears} dernières années; NCLC/CLB ${l.speaking} en expression et compréhension orales, NCLC/CLB ${l.reading} en lecture et écriture; une offre d’emploi à temps plein valide d’au moins ${FST_RULES.offerOrCertificate.offerMinYears} an ou un certificat de compétence canadien dans le métier; aucune exigence d’études; preuve de fonds sauf exemption.`));
    return { title: inLang(lang, "Federal Skilled Trades: minimums", "Métiers spécialisés (fédéral) : exigences"), lines, links: [officialLink("fst", lang)], footer: inLang(lang, `Rules ${asOfText(FST_RULES.language.asOf, lang)}`, `Règles ${asOfText(FST_RULES.language.asOf, lang)}`) };
  }
  const w = FSW_MINIMUMS.work;
  const need = w.hours / w.weeklyHoursCounted / 52 * 12;
  if (months !== undefined) lines.push(months >= need
    ? inLang(lang, `${months} months: that meets FSW's work minimum if it is continuous, paid, skilled (TEER 0–3) work in one occupation within the last ${w.windowYears} years — you still need the other minimums and 67 points on the grid.`, `${months} mois : cela respecte le minimum de travail du PTQF s’il s’agit de travail continu, rémunéré et qualifié (FEER 0 à 3) dans une seule profession dans les ${w.windowYears} dernières années — il faut aussi les autres exigences et 67 points sur la grille.`)
    : inLang(lang, `${months} months: not yet — FSW needs at least ${need} months of continuous full-time (or equal part-time) skilled work.`, `${months} mois : pas encore — le PTQF exige au moins ${need} mois de travail qualifié continu à temps plein (ou l’équivalent à temps partiel).`));
  const g = FSW_FACTOR_MAX;
  lines.push(inLang(lang,
    `FSW minimums: 1 year (${formatNumber(w.hours, lang)} hours) of continuous paid skilled work (TEER 0–3) in one occupation in the last ${w.windowYears} years; CLB/NCLC ${FSW_MINIMUMS.language.clbEachAbility} in all four abilities; a Canadian credential or a foreign one with an ECA; no job offer required (one earns grid points); proof of funds unless exempt; and at least ${FSW_MINIMUMS.passMark.points} points out of 100 on the selection grid (language ${g.language}, education ${g.education}, experience ${g.experience}, age ${g.age}, arranged employment ${g.arrangedEmployment}, adaptability ${g.adaptability}) — a pass mark apart from the CRS.`,
    `Exigences du PTQF : 1 an (${formatNumber(w.hours, lang)} heures) de travail qualifié continu et rémunéré (FEER 0 à 3) dans une profession dans les ${w.windowYears} dernières années; NCLC/CLB ${FSW_MINIMUMS.language.clbEachAbility} dans les quatre compétences; un diplôme canadien ou étranger avec EDE; aucune offre d’emploi exigée (elle donne des points sur la grille); preuve de fonds sauf exemption; et au moins ${FSW_MINIMUMS.passMark.points} points sur 100 sur la grille (langue ${g.language}, études ${g.education}, expérience ${g.experience}, âge ${g.age}, emploi réservé ${g.arrangedEmployment}, adaptabilité ${g.adaptability}) — une note de passage distincte du SCG.`));
  return { title: inLang(lang, "Federal Skilled Worker: minimums", "Travailleurs qualifiés (fédéral) : exigences"), lines, links: [officialLink("fsw", lang)], footer: inLang(lang, `Rules ${asOfText(FSW_MINIMUMS.language.asOf, lang)}`, `Règles ${asOfText(FSW_MINIMUMS.language.asOf, lang)}`) };
}

/** Whether a category is in force for 2026 and has had rounds since, computed from the list and the rounds. */
export function categoryStatusLine(key: string, rounds: readonly Round[], lang: Lang): string {
  const rule = CATEGORIES_2026.categories.find((c) => c.drawKey === key || (key === "researchers" && c.drawKey.startsWith("researchers")));
  const ofKey = rounds.filter((r) => r.category.key === key || (key === "researchers" && r.category.key.startsWith("researchers")));
  const since = ofKey.filter((r) => r.date >= CATEGORIES_2026.inForceFrom);
  const last = ofKey[ofKey.length - 1];
  const name = rule ? rule.name[lang] : categoryName(key, lang);
  const lastText = last ? inLang(lang, ` Its latest round: #${last.id} on ${formatDate(last.date, lang)} (CRS ${last.crs}).`, ` Sa dernière ronde : nº ${last.id} le ${formatDate(last.date, lang)} (SCG ${last.crs}).`) : "";
  const inForce = formatDate(CATEGORIES_2026.inForceFrom, lang);
  if (!rule) return inLang(lang, `${name} is not among the categories in force since ${inForce}.${lastText}`, `${name} ne fait pas partie des catégories en vigueur depuis le ${inForce}.${lastText}`);
  if (since.length) return inLang(lang, `${name} is a category in force since ${inForce}, with ${since.length} round${since.length === 1 ? "" : "s"} since then.${lastText}`, `${name} est une catégorie en vigueur depuis le ${inForce}, avec ${since.length} ronde${since.length === 1 ? "" : "s"} depuis.${lastText}`);
  return inLang(lang, `${name} is a category in force since ${inForce}, but no round of it has been held since then (as far as the feed shows).${lastText}`, `${name} est une catégorie en vigueur depuis le ${inForce}, mais aucune ronde n’en a eu lieu depuis (selon le flux).${lastText}`);
}

/** Words asking what changed: "which categories are new", "quelles catégories ont été supprimées", "what changed vs 2025". */
export const CHANGE_ASK = /\b(new|newly|added|introduced|created|removed|dropped|deleted|scrapped|gone|no longer|discontinued|changed?|changes|different|difference|compared|vs|versus|nouvelles?|nouveaux?|nouveau|ajoute\w*|ajout\w*|cree\w*|retire\w*|supprime\w*|enleve\w*|disparu\w*|n existe plus|n est plus|ne sont plus|plus de|change\w*|modifi\w*)\b/;

/** The categories 2026 added and the 2025 ones it dropped, and the occupations moved. */
export function categoryChangesLine(lang: Lang): string {
  const added = CATEGORY_LIST_CHANGES_2026.added.map((k) => CATEGORIES_2026.categories.find((c) => c.key === k)?.name[lang]).filter(Boolean);
  const dropped = CATEGORY_LIST_CHANGES_2026.dropped.map((k) => FORMER_CATEGORY_NAMES[k]?.[lang] ?? k);
  const moves = Object.entries(CATEGORY_CHANGES_2026).map(([k, c]) => {
    const name = CATEGORIES_2026.categories.find((x) => x.key === k)?.name[lang] ?? k;
    const t = (code: string) => `${code}${nocCatalogue().get(code) ? ` ${nocCatalogue().get(code)!.title[lang]}` : ""}`;
    return inLang(lang, `${name}: ${c.removed.map((n) => `${t(n)} out`).concat(c.added.map((n) => `${t(n)} in`)).join(", ")}`, `${name} : ${c.removed.map((n) => `${t(n)} retirée`).concat(c.added.map((n) => `${t(n)} ajoutée`)).join(", ")}`);
  });
  return inLang(lang,
    `Changes for 2026 (vs 2025): new categories — ${added.join("; ")}; no longer a category — ${dropped.join("; ")}${moves.length ? `; occupations moved — ${moves.join("; ")}` : ""}.`,
    `Changements pour 2026 (par rapport à 2025) : nouvelles catégories — ${added.join("; ")}; n’est plus une catégorie — ${dropped.join("; ")}${moves.length ? `; professions déplacées — ${moves.join("; ")}` : ""}.`);
}

export function categoriesAnswer(category: string | undefined, rounds: readonly Round[], lang: Lang, text = ""): Reply {
  const keys = category ? [category] : CATEGORIES_2026.categories.map((c) => c.drawKey);
  const lines = keys.map((k) => categoryStatusLine(k, rounds, lang));
  const codes = category ? categoryCodesLine(category, lang) : undefined;
  if (codes) lines.push(codes);
  const w = CATEGORY_WORK_RULE;
  const rule = inLang(lang,
    `Occupation categories need ${w.months} months of full-time work (or the same part-time, ${formatNumber(w.hours, lang)} hours) in one listed occupation within the last ${w.windowYears} years; it need not be continuous (before ${formatDate(w.previous.until, lang)}: ${w.previous.months} months continuous), and the occupation need not be your primary occupation. You must also be eligible for FSW, CEC or FST.`,
    `Les catégories de professions exigent ${w.months} mois de travail à temps plein (ou l’équivalent à temps partiel, ${formatNumber(w.hours, lang)} heures) dans une profession listée au cours des ${w.windowYears} dernières années; pas besoin qu’il soit continu (avant le ${formatDate(w.previous.until, lang)} : ${w.previous.months} mois continus), ni que ce soit votre profession principale. Il faut aussi être admissible au PTQF, à la CEC ou au PTMSF.`);
  if (!category) lines.unshift(inLang(lang, `${CATEGORIES_2026.categories.length} categories, announced and in force since ${formatDate(CATEGORIES_2026.inForceFrom, lang)}.`, `${CATEGORIES_2026.categories.length} catégories, annoncées et en vigueur depuis le ${formatDate(CATEGORIES_2026.inForceFrom, lang)}.`), rule);
  else if (CATEGORIES_2026.categories.find((c) => c.drawKey === category)?.kind === "occupation") lines.push(rule);
  // "Which categories are new / were removed?": what 2026 changed, first; "is the transport category new?": that one's.
  if (!category && CHANGE_ASK.test(text)) lines.unshift(categoryChangesLine(lang));
  const named = category ? CATEGORIES_2026.categories.find((c) => c.drawKey === category) : undefined;
  if (named && CHANGE_ASK.test(text)) {
    const moved = CATEGORY_CHANGES_2026[named.key];
    const isNew = CATEGORY_LIST_CHANGES_2026.added.includes(named.key);
    lines.unshift(inLang(lang,
      `${named.name.en} ${isNew ? "is new for 2026 (not a 2025 category)" : "is not new: it was a 2025 category too"}${moved ? `; its list changed for 2026: ${moved.removed.map((c) => `${c} out`).concat(moved.added.map((c) => `${c} in`)).join(", ")}` : ""}.`,
      `${named.name.fr} ${isNew ? "est nouvelle en 2026 (pas une catégorie de 2025)" : "n’est pas nouvelle : c’était aussi une catégorie en 2025"}${moved ? `; sa liste a changé pour 2026 : ${moved.removed.map((c) => `${c} retirée`).concat(moved.added.map((c) => `${c} ajoutée`)).join(", ")}` : ""}.`));
  }
  // "Do category draws need a job offer?": no — the listed work (or French) and a program's eligibility.
  if (/\b(job offers?|offre d emploi|offre demploi|lmia|eimt)\b/.test(text)) lines.unshift(inLang(lang, "No job offer is needed for a category: you need the category's listed work experience (or, for French, NCLC 7 in all four abilities) and to be eligible for FSW, CEC or FST.", "Aucune offre d’emploi n’est exigée pour une catégorie : il faut l’expérience dans une profession listée (ou, pour le français, NCLC 7 dans les quatre compétences) et être admissible au PTQF, à la CEC ou au PTMSF."));
  const newest = rounds[rounds.length - 1];
  return {
    title: inLang(lang, "Category-based selection 2026", "Sélection par catégorie 2026"),
    lines,
    links: [officialLink("categoryBased", lang)],
    footer: inLang(lang, `Lists as of ${formatDate(CATEGORIES_2026.listsAsOf, lang)}${newest ? ` · rounds as of #${newest.id} (${formatDate(newest.date, lang)})` : ""}`, `Listes en date du ${formatDate(CATEGORIES_2026.listsAsOf, lang)}${newest ? ` · rondes en date de la nº ${newest.id} (${formatDate(newest.date, lang)})` : ""}`),
  };
}

export function reformAnswer(lang: Lang): Reply {
  const r = REFORM_2026;
  const m = r.proposedMinimums;
  return {
    title: inLang(lang, "Express Entry reform 2026: proposed, not in force", "Réforme d’Entrée express 2026 : proposée, pas en vigueur"),
    lines: [
      inLang(lang,
        `Status: PROPOSED. IRCC's Forward Regulatory Plan (${formatDate(r.plan, lang)}) proposes replacing FSW, CEC and FST with one class (tentatively the Federal High-Skilled Class); a public consultation ran from ${formatDate(r.consultation.from, lang)} to ${formatDate(r.consultation.to, lang)}.`,
        `Statut : PROPOSÉE. Le plan prospectif de réglementation d’IRCC (${formatDate(r.plan, lang)}) propose de remplacer le PTQF, la CEC et le PTMSF par une seule catégorie (provisoirement « Federal High-Skilled Class »); une consultation publique a eu lieu du ${formatDate(r.consultation.from, lang)} au ${formatDate(r.consultation.to, lang)}.`),
      inLang(lang,
        `Proposed minimums: high school or more (ECA if foreign), CLB/NCLC ${m.clbEachAbility} in all four abilities, ${m.workYears} year of TEER 0–3 work (cumulative) in the last ${m.workWindowYears} years, no job offer needed, the 67-point grid removed; extra CRS points for work or an offer in high-wage occupations (${r.highWageMultipliers.join("×, ")}× the national median wage).`,
        `Exigences proposées : secondaire ou plus (EDE si étranger), NCLC/CLB ${m.clbEachAbility} dans les quatre compétences, ${m.workYears} an de travail FEER 0–3 (cumulatif) dans les ${m.workWindowYears} dernières années, aucune offre d’emploi requise, fin de la grille de 67 points; des points SCG de plus pour du travail ou une offre dans une profession à salaire élevé (${r.highWageMultipliers.join(" ×, ")} × le salaire médian national).`),
      inLang(lang,
        `Other proposals reported: CRS changes by Ministerial Instructions; age points unchanged; sibling, Canadian-education and French points may be removed or reduced; certificate-of-qualification points possibly limited to Red Seal trades; people already invited keep the old rules.`,
        `Autres propositions rapportées : changements du SCG par instructions ministérielles; points pour l’âge inchangés; points pour un frère ou une soeur, les études au Canada et le français possiblement retirés ou réduits; points du certificat de compétence peut-être limités aux métiers Sceau rouge; les personnes déjà invitées gardent les anciennes règles.`),
      inLang(lang,
        `No in-force date is confirmed. Two third-party sources claim high-wage rules from ${formatDate(r.unverifiedInForceClaim, lang)}; this is unverified. Today's rules still apply: check canada.ca.`,
        `Aucune date d’entrée en vigueur n’est confirmée. Deux sources non officielles évoquent des règles de salaire élevé à partir du ${formatDate(r.unverifiedInForceClaim, lang)}; c’est non vérifié. Les règles actuelles s’appliquent : voyez canada.ca.`),
    ],
    links: [officialLink("expressEntry", lang)],
    footer: inLang(lang, "Status last checked 2026-11-21 (from dated reports of IRCC documents)", "Statut vérifié le 21 novembre 2026 (d’après des comptes rendus datés de documents d’IRCC)"),
  };
}

const PROVINCES: Record<string, { en: string; fr: string }> = {
  ON: { en: "Ontario (OINP)", fr: "Ontario (POCIO)" }, BC: { en: "British Columbia (BC PNP)", fr: "Colombie-Britannique (BC PNP)" }, AB: { en: "Alberta (AAIP)", fr: "Alberta (AAIP)" },
  SK: { en: "Saskatchewan (SINP)", fr: "Saskatchewan (SINP)" }, MB: { en: "Manitoba (MPNP)", fr: "Manitoba (MPNP)" }, NS: { en: "Nova Scotia", fr: "Nouvelle-Écosse" },
  NB: { en: "New Brunswick", fr: "Nouveau-Brunswick" }, PE: { en: "Prince Edward Island", fr: "Île-du-Prince-Édouard" }, NL: { en: "Newfoundland and Labrador", fr: "Terre-Neuve-et-Labrador" },
  YT: { en: "Yukon", fr: "Yukon" }, NT: { en: "Northwest Territories", fr: "Territoires du Nord-Ouest" },
};

export function pnpAnswer(province: string | undefined, lang: Lang): Reply {
  const lines = [inLang(lang,
    "A province or territory can nominate you. An enhanced nomination (a stream aligned with Express Entry) adds 600 CRS points; a base nomination is applied for outside Express Entry. Each province runs its own streams, criteria and draws.",
    "Une province ou un territoire peut vous nommer. Une nomination améliorée (un volet lié à Entrée express) ajoute 600 points SCG; une nomination de base se demande hors d’Entrée express. Chaque province a ses propres volets, critères et tirages.")];
  if (province === "QC") lines.push(inLang(lang, "Quebec has no PNP: it selects its own skilled workers, outside Express Entry.", "Le Québec n’a pas de PCP : il sélectionne lui-même ses travailleurs qualifiés, hors d’Entrée express."));
  else if (province === "NU") lines.push(inLang(lang, "Nunavut has no provincial nominee program.", "Le Nunavut n’a pas de programme des candidats."));
  else if (province && PROVINCES[province]) lines.push(inLang(lang, `${PROVINCES[province].en}: its official page is linked from IRCC's Provincial Nominee Program page below (ee-bot links only pages it can vouch for).`, `${PROVINCES[province].fr} : sa page officielle est liée depuis la page du Programme des candidats des provinces d’IRCC ci-dessous (ee-bot ne donne que des liens dont il est sûr).`));
  else lines.push(inLang(lang, "IRCC's PNP page below links each province's and territory's official page.", "La page d’IRCC ci-dessous donne le lien vers la page officielle de chaque province et territoire."));
  return { title: inLang(lang, "Provincial Nominee Program (PNP)", "Programme des candidats des provinces (PCP)"), lines, links: [officialLink("pnp", lang)], footer: inLang(lang, "Reviewed 2026-11-21 · Source: IRCC", "Revu le 21 novembre 2026 · Source : IRCC") };
}

/** The occupations (NOC 2021 codes) of one 2026 category. */
export function categoryCodesLine(key: string, lang: Lang): string | undefined {
  const rule = CATEGORIES_2026.categories.find((c) => c.drawKey === key || (key === "researchers" && c.drawKey.startsWith("researchers")));
  if (!rule) return undefined;
  if (rule.kind === "language") return inLang(lang, `No occupation list: NCLC ${CATEGORY_WORK_RULE.frenchNclc} in all four French abilities.`, `Pas de liste de professions : NCLC ${CATEGORY_WORK_RULE.frenchNclc} dans les quatre compétences en français.`);
  const codes = rule.nocs.length <= 12 ? rule.nocs.join(", ") : inLang(lang, `${rule.nocs.length} NOC codes (full list on the official page)`, `${rule.nocs.length} codes CNP (liste complète sur la page officielle)`);
  const where = rule.inCanadaOnly ? inLang(lang, " in Canada", " au Canada") : "";
  const work = rule.months ? inLang(lang, `; ${rule.months} months of full-time work${where} in one of them within ${rule.windowYears} years`, `; ${rule.months} mois de travail à temps plein${where} dans l’une d’elles en ${rule.windowYears} ans`) : "";
  const military = rule.kind === "military" ? inLang(lang,
    " No work-experience test: a Foreign Skilled Military Applicant (at least 10 years of continuous service in a recognized foreign military) with a Canadian Armed Forces offer (at least 3 years full-time, made by the CF Recruiting Group) and a post-secondary credential of 2 years or more (ECA if foreign).",
    " Pas de critère d’expérience de travail : un militaire qualifié étranger (au moins 10 ans de service continu dans une armée étrangère reconnue) avec une offre des Forces armées canadiennes (au moins 3 ans à temps plein, faite par le Groupe du recrutement des Forces canadiennes) et un diplôme postsecondaire de 2 ans ou plus (EDE si étranger).") : "";
  return inLang(lang, `Occupations (NOC 2021): ${codes}${work}.${military}`, `Professions (CNP 2021) : ${codes}${work}.${military}`);
}
