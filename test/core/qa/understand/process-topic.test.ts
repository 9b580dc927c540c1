import { describe, expect, it } from "vitest";
import { normalise } from "../../../../src/core/qa/text.ts";
import { processTopicOf } from "../../../../src/core/qa/understand/process-topic.ts";
import { extractNoc } from "../../../../src/core/qa/understand/noc.ts";

const n = (q: string) => normalise(q).replace(/'/g, " ");

describe("steps around the application, as a subject and what is asked about it", () => {
  it("hears the same step asked in any order, EN and FR", () => {
    expect(processTopicOf(n("if I turn the invitation down, am I back in the pool?"))).toBe("decline-ita");
    expect(processTopicOf(n("l'invitation, je peux la laisser expirer ?"))).toBe("decline-ita");
    expect(processTopicOf(n("how many months does an EE profile last"))).toBe("profile-validity");
    expect(processTopicOf(n("mon profil va-t-il expirer un jour"))).toBe("profile-validity");
    expect(processTopicOf(n("is my 23 year old son still counted as a dependant"))).toBe("dependants");
    expect(processTopicOf(n("how fast is IRCC deciding PR applications these days"))).toBe("processing-time");
  });

  it("leaves a subject alone when the question is about something else", () => {
    expect(processTopicOf(n("how many profiles are in the pool above 500"))).toBeUndefined();
    expect(processTopicOf(n("how long are my IELTS results valid"))).toBe("language-tests");
    expect(processTopicOf(n("proof of funds with two kids"))).toBeUndefined();
    expect(processTopicOf(n("how long does an LMIA take"))).toBeUndefined();
  });

  it("only the specific rules run before the questions about rounds", () => {
    expect(processTopicOf(n("i got invited but want to decline"), true)).toBe("decline-ita");
    expect(processTopicOf(n("does my profile expire"), true)).toBeUndefined();
  });
});

describe("a NOC code in the question", () => {
  it("reads a code after NOC/CNP, or a bare real unit group, but not an amount", () => {
    expect(extractNoc(n("NOC 72410 eligible?"))).toEqual({ noc: "72410" });
    expect(extractNoc(n("je travaille comme 41200 professeur"))).toEqual({ noc: "41200" });
    expect(extractNoc(n("I have 15263 dollars"))).toEqual({});
    expect(extractNoc(n("noc 99999"))).toEqual({});
  });
});
