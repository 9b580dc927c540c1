import { describe, expect, it } from "vitest";
import { buildVocabulary } from "../../../src/core/qa/vocabulary.ts";
import { detectLanguage, editDistance, normalise, Speller } from "../../../src/core/qa/text.ts";
import { expandSlang } from "../../../src/core/qa/understand/slang.ts";
import { COMMON_WORDS } from "../../../src/core/qa/common-words.ts";

const v = buildVocabulary();
const en = new Speller(v.en);
const fr = new Speller(v.fr);

describe("typos are corrected by edit distance over the vocabulary the engine is built from", () => {
  it("one or two edits away from a known word (transpositions count as one)", () => {
    expect(editDistance("latset", "latest")).toBe(1);
    expect(en.correctText("lowset cutof invitatons")).toBe("lowest cutoff invitations");
    expect(en.correctText("healthcar avrage")).toBe("healthcare average");
    expect(fr.correctText("dernierre ronde francophonne")).toBe("derniere ronde francophone");
  });

  it("leaves known words, numbers and short words alone", () => {
    expect(en.correctText("cec 2025 crs 470")).toBe("cec 2025 crs 470");
    expect(en.correctText("wife")).toBe("wife");
  });

  it("leaves everyday words alone instead of turning them into a domain word", () => {
    const frKeep = new Speller(v.fr, COMMON_WORDS.fr, v.core);
    const enKeep = new Speller(v.en, COMMON_WORDS.en, v.core);
    expect(frKeep.correctText("ca remonte a quand")).toBe("ca remonte a quand");
    expect(frKeep.correctText("la coupe du monde")).toBe("la coupe du monde");
    expect(enKeep.correctText("a red seal ticket")).toBe("a red seal ticket");
    // …and still corrects real typos.
    expect(frKeep.correctText("dernierre ronde")).toBe("derniere ronde");
  });

  it("splits a French elision written without its apostrophe", () => {
    expect(fr.correctText("combien dinvitations")).toBe("combien d invitations");
  });

  it("expands chat shorthand, EN and FR", () => {
    expect(expandSlang("hw many pts for my wife")).toBe("how many points for my wife");
    expect(expandSlang("c koi le pcp")).toBe("c quoi le pcp");
  });

  it("normalises accents, ligatures and apostrophes", () => {
    expect(normalise("Sœur, résidente permanente’s")).toBe("soeur residente permanente's");
  });

  it("tells French from English, and falls back to the chat's language when unsure", () => {
    expect(detectLanguage("combien de points pour une maîtrise")).toBe("fr");
    expect(detectLanguage("how many points for a masters")).toBe("en");
    expect(detectLanguage("CEC 2025", "fr")).toBe("fr");
  });
});

describe("everyday words are known to the speller but never its target", () => {
  const enEveryday = new Speller(v.en, COMMON_WORDS.en, v.core);
  const frEveryday = new Speller(v.fr, COMMON_WORDS.fr, v.core);

  it("leaves everyday words that sit one edit from a bot word alone", () => {
    expect(enEveryday.correctText("anything around the end of the month")).toBe("anything around the end of the month");
    expect(frEveryday.correctText("le dernier tirage remonte a quand")).toBe("le dernier tirage remonte a quand");
    expect(frEveryday.correctText("je vis en france")).toBe("je vis en france");
  });

  it("still corrects typos to the bot's words, and a tie to the word sharing the longer start", () => {
    expect(enEveryday.correctText("lates cutof")).toBe("latest cutoff");
    expect(enEveryday.correctText("cook")).toBe("cook");
    expect(enEveryday.correctText("snce")).toBe("since");
    // An everyday word the bot also writes is no target unless a rule looks for it: "drow" is "draw", not "drop".
    expect(expandSlang(enEveryday.correctText("drow"))).toBe("draw");
    expect(frEveryday.correctText("preuv")).toBe("preuve");
  });
});

describe("the vocabulary holds words, not stems or escapes", () => {
  it("corrects a French typo to the whole word, not to a stem or the start of an accented word", () => {
    const frEveryday = new Speller(v.fr, COMMON_WORDS.fr, v.core);
    expect(frEveryday.correctText("dernir tirage")).toBe("dernier tirage");
  });
});
