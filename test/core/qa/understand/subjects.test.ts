import { describe, expect, it } from "vitest";
import { clausesBySubject } from "../../../../src/core/qa/understand/subjects.ts";

describe("whose facts each part of a message gives", () => {
  it("splits the spouse's clauses from the person's, and a clause without a subject continues the one before", () => {
    const c = clausesBySubject("Married. My husband has a diploma and CELPIP 8, I have a PhD; 3 years Canadian work. Points for him?");
    expect(c.spouse).toEqual(["my husband has a diploma and celpip 8", "points for him"]);
    expect(c.self).toEqual(["i have a phd", "3 years canadian work"]);
  });

  it("French, and 'and' before a new subject", () => {
    const c = clausesBySubject("ma conjointe a une licence et moi j'ai une maîtrise");
    expect(c.spouse).toEqual(["ma conjointe a une licence"]);
    expect(c.self).toEqual(["et moi j ai une maitrise"]);
  });
});
