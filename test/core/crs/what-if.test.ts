import { describe, expect, it } from "vitest";
import { calculate } from "../../../src/core/crs/calculate.ts";
import { compareWithRounds } from "../../../src/core/crs/compare.ts";
import { describeWhatIf, whatIfs } from "../../../src/core/crs/what-if.ts";
import { crsReply } from "../../../src/core/commands/crs.ts";
import { clb, ielts, married, single } from "../../helpers/profiles.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";

describe("what-ifs", () => {
  const p = single({ education: "bachelors", firstLanguage: ielts(7, 7, 7, 7), canadianWorkYears: 1, foreignWorkYears: 2 });
  const base = calculate(p).total;

  it("are the changes with the biggest gains, each re-scored", () => {
    const ideas = whatIfs(p, { limit: 20 });
    expect(ideas.length).toBeGreaterThan(5);
    for (let i = 1; i < ideas.length; i++) expect(ideas[i - 1]!.gain).toBeGreaterThanOrEqual(ideas[i]!.gain);
    for (const w of ideas) expect(w.total - w.gain).toBe(base);
    expect(ideas[0]!.change).toEqual({ type: "nomination" });
    expect(ideas[0]!.gain).toBe(600);
    // French at NCLC 7 with English CLB 7: 4 × 3 second-language points + 50 French points.
    expect(ideas.find((w) => w.change.type === "french")!.gain).toBe(62);
    // Listening IELTS 7.0 → 7.5 is CLB 7 → 8: 17 → 23 points.
    const listening = ideas.find((w) => w.change.type === "ability" && w.change.ability === "listening")!;
    expect(listening.change).toMatchObject({ from: 7, to: 7.5, fromLevel: 7, toLevel: 8 });
    expect(listening.gain).toBe(6);
    expect(ideas.find((w) => w.change.type === "canadianWork")).toMatchObject({ change: { years: 2 }, gain: 37 });
  });

  it("describe themselves in both languages", () => {
    const ideas = whatIfs(p, { limit: 20 });
    const listening = ideas.find((w) => w.change.type === "ability")!;
    expect(describeWhatIf(listening.change, "en")).toMatch(/from IELTS General Training 7\.0 \(CLB \d\) to /);
    expect(describeWhatIf({ type: "nomination" }, "fr")).toBe("Une nomination provinciale");
  });

  it("for a couple, include the spouse's language and being scored as single when that helps", () => {
    const couple = married({ age: 30, firstLanguage: clb(9), spouse: { education: "none", language: null, canadianWorkYears: 0 } });
    const ideas = whatIfs(couple, { limit: 30 });
    expect(ideas.find((w) => w.change.type === "spouseNotAccompanying")!.gain).toBe(calculate({ ...couple, spouseAccompanying: false }).total - calculate(couple).total);
    expect(ideas.some((w) => w.change.type === "spouseLanguage")).toBe(true);
  });

  it("GIVEN the highest possible score THEN none", () => {
    expect(whatIfs(single({ age: 25, education: "doctoral", firstLanguage: clb(10), secondLanguage: clb(10, "fr"), canadianWorkYears: 5, foreignWorkYears: 3, certificateOfQualification: true, provincialNomination: true }))).toEqual([]);
  });
});

describe("comparison with real rounds", () => {
  const rounds = snapshotRounds();
  it("counts the recent rounds of each category the score would have cleared, with the pool standing", () => {
    const cmp = compareWithRounds(470, rounds, "2026-08-10");
    const transport = cmp.categories.find((c) => c.key === "transport")!;
    expect(transport).toMatchObject({ rounds: 1, above: 0, atCutoff: 1, last: { id: "434" } });
    const cec = cmp.categories.find((c) => c.key === "cec")!;
    const cecRounds = rounds.filter((r) => r.category.key === "cec" && r.date > "2025-08-10" && r.date <= "2026-08-10");
    expect(cec.rounds).toBe(cecRounds.length);
    expect(cec.above).toBe(cecRounds.filter((r) => r.crs < 470).length);
    expect(cmp.pool!.round.id).toBe("434");
    expect(cmp.pool!.standing.band).toMatchObject({ min: 461, max: 470 });
  });

  it("the CRS reply names its rules, sections with maxima, what-ifs, the rounds' as-of and official links", () => {
    const reply = crsReply(single({ education: "masters", firstLanguage: clb(9), foreignWorkYears: 3 }), { lang: "en", rounds, asOf: "2026-08-10" });
    expect(reply.title).toBe("Your CRS score: 469");
    expect(reply.fields!.map((f) => f.name)).toEqual([
      "Core / human capital — 369 of 500", "Skill transferability — 100 of 100", "Additional points — 0 of 600", "CLB/NCLC", "What would raise your score most", "Against recent rounds",
    ]);
    expect(reply.fields![0]!.value).toContain("Age: 110 of 110");
    expect(reply.footer).toContain("Rounds as of #434 (August 7, 2026)");
    expect(reply.links!.every((l) => l.url.startsWith("https://www.canada.ca/") || l.url.startsWith("https://www.cic.gc.ca/"))).toBe(true);
    const fr = crsReply(single(), { lang: "fr" });
    expect(fr.title).toMatch(/^Votre note SCG : \d+$/);
  });
});
