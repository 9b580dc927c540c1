import { describe, expect, it } from "vitest";
import { CUES } from "../../../src/core/qa/cues.ts";
import { programAnswer } from "../../../src/core/qa/answers/eligibility-answers.ts";
import { replyToText } from "../../../src/core/reply.ts";
import { normalise } from "../../../src/core/qa/text.ts";
import { extractAge } from "../../../src/core/qa/understand/person.ts";
import { understand } from "../../../src/core/qa/understand/understand.ts";

const n = (q: string) => normalise(q).replace(/'/g, " ");

describe("program minimums, reform wording, age phrasings", () => {
  it("never counts work abroad toward CEC, however long", () => {
    for (const q of ["can i apply to cec with 1 year of work outside canada", "cec with 2 years foreign experience?"]) {
      const text = replyToText(programAnswer("cec", understand(n(q)).slots, "en"));
      expect(text, q).toMatch(/does not count for CEC/);
      expect(text, q).not.toMatch(/yes, that meets/);
    }
    expect(replyToText(programAnswer("cec", understand(n("cec with 14 months of canadian work")).slots, "en"))).toMatch(/yes, that meets/);
  });

  it("hears the reform called an overhaul or a new system, EN and FR", () => {
    for (const q of ["when does the express entry overhaul take effect", "new system for express entry when", "la refonte d'entrée express c'est quand", "le nouveau système entre en vigueur quand"]) expect(CUES.reform.test(n(q)), q).toBe(true);
    expect(CUES.reform.test(n("what is the express entry system"))).toBe(false);
  });

  it("reads an age said as 'being 32', 'at 31', 'avoir 40 ans', but not a number of points or months", () => {
    expect(extractAge(n("how many points for being 32"))).toEqual({ age: 32 });
    expect(extractAge(n("combien de points pour avoir 40 ans"))).toEqual({ age: 40 });
    expect(extractAge(n("what do i lose at 31"))).toEqual({ age: 31 });
    expect(extractAge(n("at 30 points above the cutoff"))).toEqual({});
    expect(extractAge(n("cec at 18 months"))).toEqual({});
  });
});
