import { describe, expect, it } from "vitest";
import { normalise } from "../../../../src/core/qa/text.ts";
import { askedFactors, POINTS_ASK } from "../../../../src/core/qa/understand/crs-factor.ts";
import { expandSlang } from "../../../../src/core/qa/understand/slang.ts";
import { understand } from "../../../../src/core/qa/understand/understand.ts";

const n = (q: string) => expandSlang(normalise(q).replace(/'/g, " "));
const asked = (q: string) => {
  const text = n(q);
  return askedFactors(text, understand(text).slots);
};

describe("which CRS factor a question asks about", () => {
  it("names a factor by its words, with or without a value", () => {
    expect(asked("does a trade ticket from Alberta help my score").factors).toEqual(["certificateOfQualification"]);
    expect(asked("how is a brother living in Toronto counted").factors).toEqual(["sibling"]);
    expect(asked("what does being nominated by Manitoba give").factors).toEqual(["provincialNomination"]);
    expect(asked("une désignation provinciale rapporte combien").factors).toEqual(["provincialNomination"]);
    expect(asked("what do I get for experience abroad").factors).toEqual(["foreignWork"]);
  });

  it("reads the spouse's own factor, and not the principal's, when the question is about the spouse", () => {
    expect(asked("would my husband's university studies raise my score").factors).toEqual(["spouseEducation"]);
    expect(asked("le niveau d'anglais de ma conjointe compte-t-il").factors).toEqual(["spouseLanguage"]);
    expect(asked("my girlfriend (common-law) has 4 years of work in canada, points?").factors).toEqual(["spouseCanadianWork"]);
    expect(asked("3 yrs canadian experience, not married, points").factors).toEqual(["canadianWork"]);
  });

  it("a second language or a certificate covers the general language factor", () => {
    expect(asked("what would CELPIP 8 as my other official language add").factors).toEqual(["secondLanguage"]);
    expect(asked("red seal with clb 6 everywhere, points?").factors).toEqual(["certificateOfQualification"]);
  });

  it("the factor named after 'points for' is the one asked; the rest is background", () => {
    expect(asked("I'm 41 with a PhD — how many points for the doctorate?")).toEqual({ factors: ["education"], named: true });
    expect(asked("combien de points pour mon âge, j'ai 34 ans et une maîtrise")).toEqual({ factors: ["age"], named: true });
    expect(asked("points for age 26 and a 2-year diploma").factors).toEqual(["age", "education"]);
  });

  it("hears a question of worth without the word 'points'", () => {
    for (const q of ["does it count", "ça compte ?", "what does it add", "mon score monte de combien", "do i get anything for that", "is it worth anything"]) expect(POINTS_ASK.test(n(q)), q).toBe(true);
    expect(POINTS_ASK.test(n("what is the cutoff"))).toBe(false);
  });
});

describe("a factor named right before the word for points", () => {
  it("answers that factor, the rest being background", () => {
    const s = understand(expandSlang(normalise("33 yo with a masters, language pts?"))).slots;
    expect(askedFactors(normalise("33 yo with a masters, language pts?"), { ...s, clb: 8 })).toMatchObject({ factors: ["firstLanguage"], named: true });
  });
});
