import { describe, expect, it } from "vitest";
import { calculate, scoredWithSpouse } from "../../../src/core/crs/calculate.ts";
import { ABILITIES } from "../../../src/core/crs/language.ts";
import { validateProfile, type CrsProfile } from "../../../src/core/crs/profile.ts";
import { EDUCATION_LEVELS } from "../../../src/core/crs/rules.ts";
import { prng, randomProfile } from "../../helpers/profiles.ts";

const N = 3000;
const profiles = (() => {
  const rand = prng(20261121);
  const out: CrsProfile[] = [];
  while (out.length < N) {
    const p = randomProfile(rand);
    const check = validateProfile(p);
    if (check.ok) out.push(check.profile);
  }
  return out;
})();

/** Each single-factor improvement of a profile that is still a valid profile. */
function improvements(p: CrsProfile): Array<[string, CrsProfile]> {
  const out: Array<[string, CrsProfile]> = [];
  const rank = EDUCATION_LEVELS.indexOf(p.education);
  if (rank < EDUCATION_LEVELS.length - 1) out.push(["education", { ...p, education: EDUCATION_LEVELS[rank + 1]! }]);
  if (p.canadianWorkYears < 5) out.push(["canadianWork", { ...p, canadianWorkYears: p.canadianWorkYears + 1 }]);
  if (p.foreignWorkYears < 3) out.push(["foreignWork", { ...p, foreignWorkYears: p.foreignWorkYears + 1 }]);
  for (const ability of ABILITIES) {
    const step = p.firstLanguage.test === "ielts" ? 0.5 : 1;
    const max = { ielts: 9, celpip: 12, pte_core: 90, tef_canada: 699, tcf_canada: ability === "writing" || ability === "speaking" ? 20 : 699, clb: 12 }[p.firstLanguage.test];
    if (p.firstLanguage.scores[ability] + step <= max)
      out.push([`first ${ability}`, { ...p, firstLanguage: { ...p.firstLanguage, scores: { ...p.firstLanguage.scores, [ability]: p.firstLanguage.scores[ability] + step } } }]);
  }
  for (const flag of ["certificateOfQualification", "provincialNomination", "siblingInCanada"] as const) if (!p[flag]) out.push([flag, { ...p, [flag]: true }]);
  if (p.age > 20 && p.age <= 45) out.push(["younger", { ...p, age: p.age - 1 }]);
  if (p.spouse && scoredWithSpouse(p) && p.spouse.canadianWorkYears < 5) out.push(["spouseWork", { ...p, spouse: { ...p.spouse, canadianWorkYears: p.spouse.canadianWorkYears + 1 } }]);
  return out;
}

describe(`properties over ${N} generated profiles`, () => {
  it("improving any single factor never lowers the score", () => {
    for (const p of profiles) {
      const base = calculate(p).total;
      for (const [what, better] of improvements(p)) {
        const total = calculate(better).total;
        if (total < base) throw new Error(`${what} lowered ${base} to ${total} for ${JSON.stringify(p)}`);
      }
    }
  });

  it("no section exceeds its maximum, and the total is their sum within 1200", () => {
    for (const p of profiles) {
      const r = calculate(p);
      const b = r.breakdown;
      const withSpouse = scoredWithSpouse(p);
      expect(b.core.total).toBeLessThanOrEqual(withSpouse ? 460 : 500);
      expect(b.core.secondLanguage).toBeLessThanOrEqual(withSpouse ? 22 : 24);
      expect(b.spouse.total).toBeLessThanOrEqual(withSpouse ? 40 : 0);
      expect(b.core.total + b.spouse.total).toBeLessThanOrEqual(500);
      expect(b.transferability.education).toBeLessThanOrEqual(50);
      expect(b.transferability.foreignWork).toBeLessThanOrEqual(50);
      expect(b.transferability.total).toBeLessThanOrEqual(100);
      expect(b.additional.total).toBeLessThanOrEqual(600);
      expect(r.total).toBe(Math.min(1200, b.core.total + b.spouse.total + b.transferability.total + b.additional.total));
      expect(r.total).toBeGreaterThanOrEqual(0);
    }
  });

  it("the generator covers the space (both languages, spouses, nominations)", () => {
    expect(profiles.some((p) => scoredWithSpouse(p))).toBe(true);
    expect(profiles.some((p) => p.firstLanguage.test === "tef_canada")).toBe(true);
    expect(profiles.some((p) => p.provincialNomination)).toBe(true);
    expect(new Set(profiles.map((p) => calculate(p).total)).size).toBeGreaterThan(500);
  });
});
