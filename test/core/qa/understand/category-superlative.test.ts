import { describe, expect, it } from "vitest";
import { CUES } from "../../../../src/core/qa/cues.ts";
import { normalise } from "../../../../src/core/qa/text.ts";
import { extractCategory } from "../../../../src/core/qa/understand/category.ts";
import { directionOf, measureOf } from "../../../../src/core/qa/understand/superlative.ts";

const n = (q: string) => normalise(q).replace(/'/g, " ");
const cat = (q: string) => extractCategory(n(q)).category;

describe("category aliases, EN and FR", () => {
  it("reads the long and short names of each program and category", () => {
    expect(cat("newest canadian experience round")).toBe("cec");
    expect(cat("dernière ronde de l'expérience canadienne")).toBe("cec");
    expect(cat("provincial nomination round cutoff")).toBe("pnp");
    expect(cat("rondes des candidats d'une province")).toBe("pnp");
    expect(cat("tirage tous programmes")).toBe("general");
    expect(cat("was the last round a program-not-specified one")).toBe("general");
    expect(cat("nurses round last month")).toBe("healthcare");
    expect(cat("electricians and plumbers round")).toBe("trades");
    expect(cat("docs draw lately?")).toBe("physicians");
  });

  it("keeps an occupation with Canadian experience out of the CEC", () => {
    expect(cat("physicians with Canadian experience round")).toBe("physicians");
    expect(cat("senior managers with canadian experience")).toBe("senior-managers");
  });

  it("reads 'métiers spécialisés' as the trades category unless the federal program is named", () => {
    expect(cat("dernière ronde métiers spécialisés")).toBe("trades");
    expect(cat("programme des travailleurs de métiers spécialisés")).toBe("fst");
  });

  it("does not read a document or the adverb 'in general' as a category", () => {
    expect(cat("which doc do I upload")).toBeUndefined();
    expect(cat("in general how often are rounds")).toBeUndefined();
  });
});

describe("superlatives: lowest or highest, of the cutoff or the size", () => {
  const read = (q: string) => ({ which: directionOf(n(q)), measure: measureOf(n(q)) });

  it("takes the measure from the noun the superlative qualifies", () => {
    expect(read("the tiniest... no, the smallest CRS a round ever had")).toEqual({ which: "min", measure: "crs" });
    expect(read("la plus petite note jamais vue")).toEqual({ which: "min", measure: "crs" });
    expect(read("round with the lowest number of invitations")).toEqual({ which: "min", measure: "size" });
    expect(read("quelle ronde avait la note la plus haute")).toEqual({ which: "max", measure: "crs" });
    expect(read("highest minimum score of 2025")).toEqual({ which: "max", measure: "crs" });
    expect(read("le tirage qui a invité le plus de candidats")).toEqual({ which: "max", measure: "size" });
  });

  it("without a noun, takes it from the adjective", () => {
    expect(read("biggest round of all")).toEqual({ which: "max", measure: "size" });
    expect(read("le tirage le plus gros")).toEqual({ which: "max", measure: "size" });
    expect(read("lowest round this year")).toEqual({ which: "min", measure: "crs" });
    expect(read("le tirage le plus dur")).toEqual({ which: "max", measure: "crs" });
    expect(read("the easiest draw ever")).toEqual({ which: "min", measure: "crs" });
  });
});

describe("gap and pool cues", () => {
  it("reads droughts, stretches and waits as gaps between rounds", () => {
    for (const q of ["longest dry spell for french rounds", "biggest stretch of time with zero CEC rounds", "la plus longue période sans ronde santé", "the longest we waited btw two rounds", "écart entre les rondes"]) {
      expect(CUES.gap.test(n(q)), q).toBe(true);
    }
    expect(CUES.gap.test(n("it's been how long without a CEC round?"))).toBe(false);
  });

  it("reads the person's own place in the pool as background, not a pool question", () => {
    expect(CUES.pool.test(n("I've been in the pool since March, how many CEC rounds since?"))).toBe(false);
    expect(CUES.pool.test(n("je suis dans le bassin avec 470, le dernier tirage PEC ?"))).toBe(false);
    expect(CUES.pool.test(n("how big is the pool right now"))).toBe(true);
    expect(CUES.gap.test(n("je regarde les rondes tous les jours"))).toBe(false);
  });

  it("reads 'how many people' as the pool, unless it asks how many were invited", () => {
    expect(CUES.pool.test(n("how many people have 500 or more"))).toBe(true);
    expect(CUES.pool.test(n("how many people got an ITA in 2025"))).toBe(false);
    expect(CUES.pool.test(n("combien de gens ont reçu une invitation cette année"))).toBe(false);
  });
});
