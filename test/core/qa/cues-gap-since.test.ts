import { describe, expect, it } from "vitest";
import { CUES } from "../../../src/core/qa/cues.ts";
import { extractCategory } from "../../../src/core/qa/understand/category.ts";
import { normalise } from "../../../src/core/qa/text.ts";

const n = (q: string) => normalise(q).replace(/'/g, " ");

describe("gap and days-since cues", () => {
  it("hears the time between rounds however it is asked", () => {
    for (const q of ["how many days usually between two express entry draws", "longest break without any draw", "tous les combien il y a un tirage", "quel est le rythme des tirages", "how frequently are there cec rounds", "c'est quoi le plus long délai entre deux rondes PEC", "every how many days is a draw"])
      expect(CUES.gap.test(n(q)), q).toBe(true);
    expect(CUES.gap.test(n("how many draws in 2025"))).toBe(false);
  });

  it("hears the time since the last round, informal French too", () => {
    for (const q of ["ça fait combien de temps depuis le dernier tirage", "sa fait longtemps qu'il y a pas eu de tirage", "depuis combien de jours y a pas eu de tirage PEC", "it's been how long since a french draw", "how long ago was the last draw", "no draws since july?", "plus de tirage depuis 2 semaines ?"])
      expect(CUES.daysSince.test(n(q)), q).toBe(true);
    expect(CUES.daysSince.test(n("what was the last draw"))).toBe(false);
  });

  it("reads 'in general' as an adverb, and 'general draw' as the category", () => {
    expect(extractCategory(n("combien de jours entre les tirages en général"))).toEqual({});
    expect(extractCategory(n("in general how often are the draws"))).toEqual({});
    expect(extractCategory(n("last general draw"))).toEqual({ category: "general" });
    expect(extractCategory(n("dernier tirage général"))).toEqual({ category: "general" });
  });
});
