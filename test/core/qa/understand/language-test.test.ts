import { describe, expect, it } from "vitest";
import { normalise } from "../../../../src/core/qa/text.ts";
import { extractLanguage } from "../../../../src/core/qa/understand/language-test.ts";

const lang = (q: string) => extractLanguage(normalise(q).replace(/'/g, " "));

describe("language tests, scores and levels", () => {
  it("reads one score for every ability", () => {
    expect(lang("IELTS 6.5 in all").test).toEqual({ test: "ielts", scores: {}, all: 6.5 });
    expect(lang("pte core 65 in all what clb").test).toMatchObject({ test: "pte_core", all: 65 });
    expect(lang("celpip 9 how many points").test).toMatchObject({ test: "celpip", all: 9 });
  });

  it("reads per-ability scores written ability-first or score-first", () => {
    expect(lang("ielts L8 R7 W7 S7").test!.scores).toEqual({ listening: 8, reading: 7, writing: 7, speaking: 7 });
    expect(lang("ielts 7.5 listening 8 reading 6.5 writing 7 speaking").test!.scores).toEqual({ listening: 7.5, reading: 8, writing: 6.5, speaking: 7 });
    expect(lang("ielts 8/7/7/6.5").test!.scores).toEqual({ listening: 8, reading: 7, writing: 7, speaking: 6.5 });
  });

  it("reads French ability names and the TEF/TCF abbreviations", () => {
    expect(lang("TEF 500 en compréhension orale").test).toEqual({ test: "tef_canada", scores: { listening: 500 } });
    expect(lang("mon TEF : CO 450, CE 410, EE 400, EO 460").test!.scores).toEqual({ listening: 450, reading: 410, writing: 400, speaking: 460 });
    expect(lang("tcf canada 10 en expression écrite").test).toMatchObject({ test: "tcf_canada", scores: { writing: 10 } });
  });

  it("a CLB/NCLC level beside a test name is a level, not the test's score; one ability named is kept", () => {
    expect(lang("my TCF gives NCLC 8 in all four")).toEqual({ clb: 8, testName: "tcf_canada" });
    expect(lang("celpip clb 9 each how many points")).toEqual({ clb: 9, testName: "celpip" });
    expect(lang("NCLC 6 en expression orale seulement")).toEqual({ clb: 6, ability: "speaking" });
    expect(lang("CLB 7 in every ability").ability).toBeUndefined();
    expect(lang("what level is 8 in the ielts reading").test).toEqual({ test: "ielts", scores: { reading: 8 } });
  });

  it("reads a CLB/NCLC level and whether it is the second language", () => {
    expect(lang("points for clb 7 second language")).toMatchObject({ clb: 7, secondLanguage: true });
    expect(lang("NCLC 9 en langue seconde")).toMatchObject({ clb: 9, secondLanguage: true });
    expect(lang("how many points for CLB 9").secondLanguage).toBeUndefined();
  });
});

describe("a level for each official language", () => {
  it("gives each CLB/NCLC level to the language named beside it, and reads which language is first", () => {
    expect(lang("anglophone here, CLB 10 in English and NCLC 6 in French")).toMatchObject({ englishClb: 10, frenchNclc: 6, firstLanguageIs: "en" });
    expect(lang("ma langue maternelle est le français, NCLC 10, et j'ai CLB 5 en anglais")).toMatchObject({ frenchNclc: 10, englishClb: 5, firstLanguageIs: "fr" });
    expect(lang("CLB 8 only").englishClb).toBeUndefined();
  });
});

describe("levels that differ by ability", () => {
  it("reads one level per ability, 'the rest', 'except', and pairs of abilities", () => {
    expect(lang("CLB 8 in writing, CLB 10 for the others").clbLevels).toEqual({ writing: 8, listening: 10, reading: 10, speaking: 10 });
    expect(lang("nclc 9 partout sauf expression écrite 7").clbLevels).toEqual({ writing: 7, listening: 9, reading: 9, speaking: 9 });
    expect(lang("CLB 6 in listening and reading, 8 in speaking and writing").clbLevels).toEqual({ listening: 6, reading: 6, speaking: 8, writing: 8 });
    expect(lang("CLB 7 in all four").clbLevels).toBeUndefined();
  });
});

describe("a score said before the test's name", () => {
  it("reads 'N on TEST in all', 'N au TEF en <ability>' and a lone 'I got N on TEST'", () => {
    expect(lang("got 8 on the IELTS for every band").test).toMatchObject({ test: "ielts", all: 8 });
    expect(lang("j'ai 480 au TEF en expression orale").test).toMatchObject({ test: "tef_canada", scores: { speaking: 480 } });
    expect(lang("I had 72 on PTE core, what's that").test).toMatchObject({ test: "pte_core", all: 72 });
    expect(lang("I got CLB 9 on celpip").test).toBeUndefined();
  });
});

describe("scores whose test is told by their place or scale", () => {
  it("four scores before the test's name; an overall band is IELTS; French abbreviations out of 699 are TEF, writing out of 20 is TCF", () => {
    expect(lang("6.5 7 6 7 ielts").test).toMatchObject({ test: "ielts", scores: { listening: 6.5, reading: 7, writing: 6, speaking: 7 } });
    expect(lang("my overall band was 6").test).toMatchObject({ test: "ielts", all: 6 });
    expect(lang("CO 410 CE 430 EE 400 EO 450").test).toMatchObject({ test: "tef_canada", assumed: true });
    expect(lang("CO 410 CE 430 EE 11 EO 9").test).toMatchObject({ test: "tcf_canada", assumed: true });
    expect(lang("L 8 R 7 W 7 S 7").test).toMatchObject({ test: "ielts", assumed: true });
  });
});
