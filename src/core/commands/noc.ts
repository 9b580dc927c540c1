import { eligibilityMessages } from "../../content/eligibility/messages.ts";
import type { NocSearch } from "../eligibility/noc-search.ts";
import type { NocUnit } from "../eligibility/noc-catalogue.ts";
import { categoriesListing, programsForTeer } from "../eligibility/rules.ts";
import { officialLink } from "../links.ts";
import type { Lang, Reply } from "../reply.ts";

/** /noc CODE|title: a NOC 2021 unit group, its TEER, the programs that TEER allows and the 2026 categories listing it. */

export function nocUnitReply(unit: NocUnit, lang: Lang): Reply {
  const m = eligibilityMessages(lang);
  const programs = programsForTeer(unit.code, unit.teer);
  const allowed = (["fsw", "cec", "fst"] as const).filter((p) => programs[p]).map((p) => m.nocProgramList[p]);
  const categories = categoriesListing(unit.code).map((c) => `${c.name[lang]}${c.months ? ` (${lang === "fr" ? `${c.months} mois en ${c.windowYears} ans` : `${c.months} months in ${c.windowYears} years`}${c.inCanadaOnly ? (lang === "fr" ? ", au Canada" : ", in Canada") : ""})` : ""}`);
  return {
    title: m.nocTitle(unit.code, unit.title[lang]),
    lines: [m.nocTeer(unit.teer)],
    fields: [
      { name: m.nocOtherTitle, value: unit.title[lang === "fr" ? "en" : "fr"] },
      { name: m.nocPrograms, value: allowed.length ? allowed.join(", ") : m.nocNoProgram },
      { name: m.nocCategories, value: categories.length ? categories.join("\n") : m.nocNoCategory },
    ],
    links: [officialLink("categoryBased", lang), officialLink("expressEntry", lang)],
    footer: m.nocFooter,
  };
}

export function nocCommand(search: NocSearch, query: string | undefined, lang: Lang): Reply {
  const m = eligibilityMessages(lang);
  const q = (query ?? "").trim().slice(0, 100);
  if (!q) return { error: true, lines: [m.nocUsage] };
  const found = search.find(q);
  if (found.kind === "code") return nocUnitReply(found.unit, lang);
  if (found.kind === "none") return { error: true, lines: [m.nocNone(q)] };
  return {
    title: m.nocMatches(q),
    lines: found.units.map((u) => `${u.code} — ${u.title[lang]} (${m.nocTeer(u.teer)})`),
    footer: m.nocFooter,
  };
}
