import { crsMessages } from "../../content/crs-messages.ts";
import type { Lang } from "../reply.ts";
import { calculate, scoredWithSpouse } from "./calculate.ts";
import { ABILITIES, languageOf, levelsOf, minScoreFor, TEST_NAMES, type Ability, type LanguageResult } from "./language.ts";
import type { CrsProfile } from "./profile.ts";
import { CURRENT_RULES, EDUCATION_LEVELS, type CrsRules, type Education } from "./rules.ts";

/**
 * What-ifs: the few changes that would raise a score most. Each is a changed profile re-scored by
 * the calculator, never a hand-written table of gains.
 */

export type WhatIfChange =
  | { type: "ability"; ability: Ability; test: LanguageResult["test"]; from: number; to: number; fromLevel: number; toLevel: number }
  | { type: "allFour"; level: number }
  | { type: "canadianWork"; years: number }
  | { type: "foreignWork"; years: number }
  | { type: "french" }
  | { type: "english" }
  | { type: "nomination" }
  | { type: "canadianStudy"; three: boolean }
  | { type: "education"; level: Education }
  | { type: "spouseLanguage" }
  | { type: "spouseNotAccompanying" }
  | { type: "certificate" };

export interface WhatIf {
  change: WhatIfChange;
  total: number;
  gain: number;
}

const clbAll = (level: number, language: "en" | "fr"): LanguageResult => ({
  test: "clb",
  language,
  scores: { listening: level, reading: level, writing: level, speaking: level },
});

/** The result with every ability below `level` raised to the lowest score that earns it. */
function raiseTo(result: LanguageResult, level: number): LanguageResult {
  const levels = levelsOf(result);
  const scores = { ...result.scores };
  for (const a of ABILITIES) if (levels[a] < level) scores[a] = minScoreFor(result, a, level) ?? scores[a];
  return { ...result, scores };
}

const lowestLevel = (result: LanguageResult | null) => (result ? Math.min(...Object.values(levelsOf(result))) : 0);

function candidates(p: CrsProfile): Array<[WhatIfChange, CrsProfile]> {
  const out: Array<[WhatIfChange, CrsProfile]> = [];
  const first = p.firstLanguage;
  const levels = levelsOf(first);

  // Each ability of the first language, to the next level that earns points.
  for (const ability of ABILITIES) {
    for (let toLevel = Math.max(levels[ability] + 1, 4); toLevel <= 10; toLevel++) {
      const to = minScoreFor(first, ability, toLevel);
      if (to === undefined || to <= first.scores[ability]) continue;
      const changed = { ...p, firstLanguage: { ...first, scores: { ...first.scores, [ability]: to } } };
      out.push([{ type: "ability", ability, test: first.test, from: first.scores[ability], to, fromLevel: levels[ability], toLevel }, changed]);
      break;
    }
  }
  for (const level of [9, 10]) if (lowestLevel(first) < level) out.push([{ type: "allFour", level }, { ...p, firstLanguage: raiseTo(first, level) }]);
  if (p.canadianWorkYears < 5) out.push([{ type: "canadianWork", years: p.canadianWorkYears + 1 }, { ...p, canadianWorkYears: p.canadianWorkYears + 1 }]);
  if (p.foreignWorkYears < 3) out.push([{ type: "foreignWork", years: p.foreignWorkYears + 1 }, { ...p, foreignWorkYears: p.foreignWorkYears + 1 }]);

  const firstLang = languageOf(first);
  // The other official language: French at NCLC 7 earns the French bonus; English at CLB 5 lifts it to 50.
  const [other, level] = firstLang === "en" ? (["fr", 7] as const) : (["en", 5] as const);
  if (lowestLevel(p.secondLanguage) < level)
    out.push([{ type: other === "fr" ? "french" : "english" }, { ...p, secondLanguage: p.secondLanguage ? raiseTo(p.secondLanguage, level) : clbAll(level, other) }]);
  if (!p.provincialNomination) out.push([{ type: "nomination" }, { ...p, provincialNomination: true }]);

  const rank = EDUCATION_LEVELS.indexOf(p.education);
  if (p.canadianStudy === "none" && rank >= EDUCATION_LEVELS.indexOf("one_year")) {
    const three = rank >= EDUCATION_LEVELS.indexOf("bachelors");
    out.push([{ type: "canadianStudy", three }, { ...p, canadianStudy: three ? "three_year_plus" : "one_or_two_year" }]);
  }
  const next = EDUCATION_LEVELS[rank + 1];
  if (next) out.push([{ type: "education", level: next }, { ...p, education: next }]);
  if (!p.certificateOfQualification) out.push([{ type: "certificate" }, { ...p, certificateOfQualification: true }]);

  if (scoredWithSpouse(p)) {
    const spouse = p.spouse ?? { education: "none" as const, language: null, canadianWorkYears: 0 };
    if (lowestLevel(spouse.language) < 9)
      out.push([{ type: "spouseLanguage" }, { ...p, spouse: { ...spouse, language: spouse.language ? raiseTo(spouse.language, 9) : clbAll(9, "en") } }]);
    out.push([{ type: "spouseNotAccompanying" }, { ...p, spouseAccompanying: false }]);
  }
  return out;
}

/** The changes that raise the score, biggest gain first (at most `limit`). */
export function whatIfs(p: CrsProfile, opts: { limit?: number; rules?: CrsRules } = {}): WhatIf[] {
  const rules = opts.rules ?? CURRENT_RULES;
  const base = calculate(p, rules).total;
  return candidates(p)
    .map(([change, profile]) => {
      const total = calculate(profile, rules).total;
      return { change, total, gain: total - base };
    })
    .filter((w) => w.gain > 0)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, opts.limit ?? 6);
}

function scoreText(test: LanguageResult["test"], score: number, level: number, lang: Lang): string {
  const unit = lang === "fr" ? "NCLC/CLB" : "CLB";
  if (test === "clb") return `${unit} ${score}`;
  const shown = test === "ielts" ? score.toFixed(1) : String(score);
  return `${TEST_NAMES[test]} ${shown} (${level >= 4 ? `${unit} ${level}` : lang === "fr" ? "sous 4" : "below 4"})`;
}

export function describeWhatIf(change: WhatIfChange, lang: Lang): string {
  const m = crsMessages(lang);
  const w = m.whatIf;
  switch (change.type) {
    case "ability":
      return w.ability(m.abilities[change.ability], scoreText(change.test, change.from, change.fromLevel, lang), scoreText(change.test, change.to, change.toLevel, lang));
    case "allFour": return w.allFour(change.level);
    case "canadianWork": return w.canadianWork(change.years);
    case "foreignWork": return w.foreignWork(change.years);
    case "french": return w.french;
    case "english": return w.english;
    case "nomination": return w.nomination;
    case "canadianStudy": return w.canadianStudy(change.three);
    case "education": return w.education(m.education[change.level]);
    case "spouseLanguage": return w.spouseLanguage;
    case "spouseNotAccompanying": return w.spouseNotAccompanying;
    case "certificate": return w.certificate;
  }
}
