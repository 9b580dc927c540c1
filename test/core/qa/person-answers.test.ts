import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuestionAnswerer, type QaAnswer } from "../../../src/core/qa/answer.ts";
import { replyToText } from "../../../src/core/reply.ts";
import { CURRENT_RULES } from "../../../src/core/crs/rules.ts";
import { snapshotRounds, tempStore, type TempStore } from "../../helpers/fixtures.ts";
import { CATALOGUE } from "../../../src/core/commands/catalogue.ts";
import { greetingText } from "../../../src/core/commands/help.ts";

/**
 * Questions about a person's points, levels, eligibility and the steps around an application, end to end through
 * the real engine (real SQLite store seeded from the snapshot). Wordings differ from the evaluation's on purpose:
 * each test is a capability (a synonym family, a slot, an order of words), not a memorised question.
 */

let t: TempStore;
let qa: QuestionAnswerer;
const r = CURRENT_RULES;

beforeAll(async () => {
  t = await tempStore();
  await t.store.upsert(snapshotRounds(), "2026-08-08T00:00:00.000Z");
  qa = new QuestionAnswerer({ store: t.store, clock: () => new Date("2026-08-20T12:00:00Z"), greeting: (l) => greetingText(CATALOGUE, l) });
});
afterAll(async () => t.cleanup());

const ask = async (q: string): Promise<QaAnswer & { text: string }> => {
  const a = await qa.answer(q);
  return { ...a, text: replyToText(a.reply) };
};

describe("CRS points for a factor named without a value: its table", () => {
  it("the spouse's education, language or Canadian work, asked without a level", async () => {
    const edu = await ask("would my husband's diploma raise my CRS at all?");
    expect(edu.text).toContain(`Master's / professional: ${r.education.masters.spouse}`);
    expect(edu.confidence).toBeGreaterThanOrEqual(0.5);
    const lang = await ask("est-ce que le test d'anglais de ma conjointe compte ?");
    expect(lang.lang).toBe("fr");
    expect(lang.text).toMatch(/CLB 9 et \+: 5|CLB 9\+: 5/);
  });

  it("a factor asked with 'count', 'add', 'worth' instead of 'points'", async () => {
    expect((await ask("my brother lives in Halifax as a PR, does that count?")).text).toContain(`${r.additional.sibling} points`);
    expect((await ask("what is a trade ticket worth?")).text).toContain(`${r.transferability.certificate[1]} points`);
    expect((await ask("si la province me désigne, j'ai combien de plus ?")).text).toContain(`${r.additional.provincialNomination} points`);
  });

  it("the year a birthday costs", async () => {
    const a = await ask("I'll be 33 next week, how much will my score drop?");
    expect(a.text).toContain(`${r.age.without[32]}/${r.age.with[32]} → ${r.age.without[33]}/${r.age.with[33]}`);
  });
});

describe("test scores and CLB levels, both ways", () => {
  it("the lowest score of a test for a level, per ability", async () => {
    const a = await ask("which PTE Core marks give CLB 8?");
    expect(a.topic).toBe("clb-threshold");
    expect(a.text).toMatch(/PTE Core: listening 71, reading 69, writing 79, speaking 76/);
    const f = await ask("il me faut combien au TCF pour avoir NCLC 9 ?");
    expect(f.text).toMatch(/TCF Canada: compréhension de l’oral 523, compréhension de l’écrit 524, expression écrite 14, expression orale 14/);
  });

  it("a program's level in a named test's scores", async () => {
    const a = await ask("what celpip do I need for the federal skilled worker program?");
    expect(a.text).toMatch(/CELPIP-General: listening 7, reading 7, writing 7, speaking 7/);
  });

  it("answers 'is that CLB N?' beside the conversion", async () => {
    const a = await ask("celpip L10 R9 W8 S9, does that make CLB 9?");
    expect(a.text).toMatch(/Not CLB 9 everywhere: writing is CLB 8/);
  });
});

describe("the second language is the one that is not first; a new score after a nomination", () => {
  it("with levels in both languages, the second-language points use the second one", async () => {
    const a = await ask("English is my first language with CLB 10 in English, and NCLC 8 in French: points for the second language?");
    expect(a.text).toContain(`${4 * r.secondLanguage.perAbility[8]!} points`);
    expect(a.text).not.toContain(`${Math.min(4 * r.secondLanguage.perAbility[10]!, r.secondLanguage.cap.without)} points without`);
  });

  it("adds an additional factor to the score the person states, with the caps", async () => {
    const a = await ask("currently at 441, what would my CRS become if Alberta nominates me?");
    expect(a.text).toContain(`441 + ${r.additional.provincialNomination} = ${441 + r.additional.provincialNomination}`);
  });

  it("a certificate asked as transferability is the certificate's transferability", async () => {
    const a = await ask("transferability for a trade certificate of qualification with CLB 8 in all four?");
    expect(a.text).toContain(`${r.transferability.certificate[1]} points of skill transferability`);
  });
});

describe("occupations and the steps around an application", () => {
  it("a NOC code gives its TEER, what it counts for, and its 2026 categories", async () => {
    const a = await ask("does NOC 72410 count, and what TEER is it?");
    expect(a.text).toContain("TEER 2");
    expect(a.text).toMatch(/counts for FSW and CEC/);
    expect(a.text).toMatch(/Transport occupations/);
    const server = await ask("je suis serveur (CNP 65200), ça compte pour la CEC ?");
    expect(server.lang).toBe("fr");
    expect(server.text).toMatch(/FEER 5 \(TEER 5\)/);
    expect(server.text).toMatch(/ne compte ni pour le PTQF, ni pour la CEC/);
  });

  it("an occupation dropped from a category in 2026 says so", async () => {
    const a = await ask("is 63200 still in the trades category?");
    expect(a.text).toMatch(/removed from Trade occupations for 2026/);
  });

  it("'how long after the ITA' gives the 60 days and the processing after them", async () => {
    const a = await ask("how much time after an ITA until it's over?");
    expect(a.text).toContain("60 days");
    expect(a.text).toMatch(/service standard/);
  });

  it("biometrics: when, how long they last, and the fee for the family given", async () => {
    const a = await ask("biometrics for me, my husband and our 2 kids, how much?");
    expect(a.text).toContain("$170");
    expect(a.text).toMatch(/10 years/);
  });
});

describe("a spouse who does not count, part-time hours, what counts for a program", () => {
  it("a spouse not coming (or Canadian) means scored as single, with the single column", async () => {
    const a = await ask("I'm 36 and my wife will stay back home, what are my age points?");
    expect(a.text).toContain(`${r.age.without[36]} points (without`);
    expect(a.text).not.toContain(`${r.age.with[36]} points`);
    const b = await ask("ma conjointe est citoyenne canadienne, ça change quoi pour mon score ?");
    expect(b.text).toMatch(/évalué comme célibataire/);
  });

  it("a spouse who only comes along is not the subject of the factor", async () => {
    const a = await ask("my wife is coming with me; how many points for my 2 years of Canadian work?");
    expect(a.text).toContain(`${r.canadianWork.with[2]} points (with an accompanying spouse`);
  });

  it("part-time hours a week over a period, against the program's hours", async () => {
    const a = await ask("for CEC, I did 15 hours per week during 18 months, is that enough?");
    expect(a.text).toMatch(/about 1,170 hours .*not enough for the 1,560 hours/);
  });

  it("volunteering, and two degrees compared", async () => {
    expect((await ask("does unpaid internship count toward FSW experience?")).text).toMatch(/Volunteer work and unpaid internships do not count/);
    const b = await ask("bachelor vs master, how many more points?");
    expect(b.text).toContain(`${r.education.masters.without} points without`);
    expect(b.text).toContain(`${r.education.bachelors.without} points without`);
  });
});

describe("program and grid answers computed from what the person gives", () => {
  it("levels that differ by ability checked against a program's minimum", async () => {
    const a = await ask("CLB 6 in writing and 9 in the other three, do I meet the federal skilled worker language requirement?");
    expect(a.text).toMatch(/Not yet: FSW needs CLB\/NCLC 7 in writing \(you have 6\)/);
  });

  it("several programs compared on the part asked", async () => {
    const a = await ask("for CEC vs FSW, within how many years must the work experience be?");
    expect(a.text).toMatch(/CEC — The qualifying work must be within the last 3 years/);
    expect(a.text).toMatch(/FSW — The qualifying work must be within the last 10 years/);
  });

  it("the FSW grid total from a profile, and the adaptability element named", async () => {
    const a = await ask("FSW 67 grid: 41 years old, PhD, CLB 8 everywhere, 6 years experience, no job offer — pass?");
    // 6 + 25 + 20 + 15 = 66
    expect(a.text).toMatch(/= 66 points — below the 67-point mark/);
    const b = await ask("my grandmother in Calgary is a canadian citizen, FSW adaptability?");
    expect(b.text).toMatch(/a relative 18\+ in Canada \(citizen or PR\) 5 → 5 points/);
    const c = await ask("does my cousin in Canada give FSW adaptability points?");
    expect(c.text).toMatch(/a cousin or a friend does not count/);
  });

  it("an occupation checked against the category the question names", async () => {
    const a = await ask("is NOC 31301 in the healthcare category for 2026?");
    expect(a.text).toMatch(/^(?:.*\n)*Yes: NOC 31301 is on the 2026 Healthcare/m);
  });

  it("help, reform words beside a date, other costs than the PR fees", async () => {
    expect((await ask("what sort of questions can I ask?")).topic).toBe("help");
    expect((await ask("high-wage occupation points start on 2026-11-03, true?")).topic).toBe("reform");
    expect((await ask("how much does a work permit cost")).topic).not.toBe("fees");
  });
});

describe("more ways of asking", () => {
  it("'the CRS for …', a French decimal comma, levels written as letters", async () => {
    expect((await ask("what's the crs for being 44?")).text).toContain(`${r.age.without[44]} points without`);
    const comma = await ask("j'ai 6,5 partout à l'IELTS, combien de points pour la langue ?");
    expect(comma.text).toMatch(/compréhension de l’oral CLB 7/);
    const letters = await ask("CLB 10 L, 9 R, 9 W, 10 S, language points?");
    expect(letters.text).toContain(`${2 * r.firstLanguage.without[10]! + 2 * r.firstLanguage.without[9]!} points without`);
  });

  it("a credential from a province is Canadian: its bonus and its level", async () => {
    const a = await ask("points for a 3-year diploma obtained in Ontario?");
    expect(a.text).toContain(`${r.additional.canadianStudy.three_year_plus} points`);
    expect(a.text).toContain(`${r.education.bachelors.without} points without`);
  });

  it("the funds exemption with a job offer while working in Canada; judgements are not confident", async () => {
    const a = await ask("I'm on a work permit and got a job offer, do I still need settlement funds for FSW?");
    expect(a.text).toMatch(/you do not need proof of funds/);
    expect((await ask("which province has the easiest PNP?")).confidence).toBeLessThan(0.5);
  });
});

describe("conditions that change the answer, and what the engine cannot answer", () => {
  it("a sibling who is not a citizen/PR or lives abroad earns nothing; no program has a maximum age", async () => {
    expect((await ask("my brother lives in Canada on a study permit, do I get sibling points?")).text).toMatch(/^(?:.*\n)*No: the 15 sibling points need/m);
    expect((await ask("my sister is a Canadian citizen living in London, points for that?")).text).toMatch(/one living outside Canada does not count/);
    expect((await ask("is there an age limit to apply through express entry? I'm 52")).text).toMatch(/No Express Entry program has a maximum age/);
  });

  it("a job title asked with NOC/TEER: its unit group, or the choices when several fit (not confident)", async () => {
    const a = await ask("what's the TEER of a welder?");
    expect(a.text).toMatch(/NOC 72106 — Welders and related machine operators: TEER 2/);
    const b = await ask("which noc code is an electrician?");
    expect(b.topic).toBe("noc-choices");
    expect(b.confidence).toBeLessThan(0.5);
  });

  it("a job said in French slang with a program: the French head noun, and confident when every choice answers the program alike", async () => {
    const a = await ask("chuis électricienne, le PTMSF c'est possible pour moi ?");
    expect(a.text).toMatch(/72200/);
    expect(a.text).not.toMatch(/21310/);
    expect(a.text).toMatch(/métiers admissibles au Programme des travailleurs de métiers spécialisés/);
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
    const b = await ask("I work as a plumber, can I qualify for FSW?");
    expect(b.text).toMatch(/7230[0-9]|TEER 2/);
  });

  it("a topic's general text beside the person's own values says it did not use them, and is not confident", async () => {
    const a = await ask("what is a job offer in express entry? I'm 41");
    expect(a.text).toMatch(/could not use this part of your question: the age/);
    expect(a.confidence).toBeLessThan(0.5);
  });

  it("a job with the work done: the program's minimums with the job checked first", async () => {
    const a = await ask("im a carpenter with 20 months of experience, could I do the trades program?");
    expect(a.topic).toBe("fst");
    expect(a.text).toMatch(/Your job \(NOC [0-9, ]+, TEER 2\) is an eligible skilled trade for FST/);
    expect(a.text).toMatch(/20 months: not enough/);
  });

  it("how long, how to and what if it fails are not answered by a topic that does not say", async () => {
    expect((await ask("how long does the ECA take?")).confidence).toBeLessThan(0.5);
    expect((await ask("what happens if my police certificate is refused?")).confidence).toBeLessThan(0.5);
    expect((await ask("how do I pay the PR fees?")).confidence).toBeLessThan(0.5);
  });

  it("the spouse's three factors at once; 'less than a year' abroad is no year", async () => {
    expect((await ask("what's the most my husband can add to my CRS?")).text).toMatch(/at most 20 in all/);
    expect((await ask("does foreign work count if it's less than 1 year?")).text).toMatch(/Foreign work \(0 year\(s\)\)/);
  });
});

describe("relatives, other programs, round questions beside one's own points", () => {
  it("a cousin or an uncle earns no CRS points; only a sibling does", async () => {
    const a = await ask("my aunt is a PR in Winnipeg, does that add CRS points?");
    expect(a.text).toMatch(/only a brother or sister/);
  });

  it("another program named outright is not Express Entry", async () => {
    for (const q of ["when is the next IEC working holiday round?", "combien coûte la carte RP ?", "what's the cutoff for the PGP lottery", "how long does an LMIA take?", "mobilité francophone, c'est quoi ?"]) {
      const a = await ask(q);
      expect(a.confidence, q).toBeLessThan(0.5);
    }
  });

  it("one's own points beside a round question: the round is answered", async () => {
    const a = await ask("I have 470 points and CLB 9, what was the cutoff of the last CEC draw?");
    expect(a.topic).toMatch(/latest-round|last-round/);
  });

  it("a language level asked for one ability of a program; the French bonus needs all four at 7", async () => {
    expect((await ask("FST: what level do I need in writing?")).text).toMatch(/Language, writing: CLB\/NCLC 4/);
    expect((await ask("NCLC 8 in three skills and 6 in speaking, french bonus?")).text).toMatch(/^(?:.*\n)*No: the French bonus/m);
  });
});

describe("numbers no rule read", () => {
  it("a bare number the answer never uses makes it partial, and says so", async () => {
    const a = await ask("FSW grid: 29, master's, CLB 9 in all, 2 years experience, do I pass?");
    expect(a.text).toMatch(/could not use this part of your question: 29/);
    expect(a.confidence).toBeLessThan(0.5);
  });

  it("an amount from an older table is named as such", async () => {
    expect((await ask("proof of funds for 2 people, is it still 18,288?")).text).toMatch(/No: \$18,288 was the previous table's amount for a family of 2; since July 7, 2025 it is \$19,001/);
    expect((await ask("is the RPRF still 575?")).text).toMatch(/No: \$575 was the fee from April 30, 2024 to April 29, 2026/);
  });
});

describe("definitions, the invitation's validity, other documents", () => {
  it("'what does X mean' is a definition, not a round statistic", async () => {
    expect((await ask("what does CRS stand for?")).topic).toBe("crs");
    expect((await ask("que signifie EDE ?")).topic).toBe("eca");
  });

  it("how long an invitation stays valid is its 60 days; a passport is not ours; asking how many times is not answered", async () => {
    expect((await ask("for how long is an invitation to apply valid?")).text).toContain("60 days");
    expect((await ask("how to renew my passport before applying")).confidence).toBeLessThan(0.5);
    expect((await ask("how many times can I submit a profile?")).confidence).toBeLessThan(0.5);
  });
});

describe("countdowns, the rest of the abilities, a job said as such", () => {
  it("the days left of the 60 after an invitation, from 'N days ago' or its date", async () => {
    expect((await ask("got my invitation 50 days ago, how many days do I have left?")).text).toMatch(/10 days left/);
    expect((await ask("ITA received on August 1, what's the deadline?")).text).toMatch(/the 60 days end on September 30, 2026/);
  });

  it("'N in everything else' fills the other abilities; a spouse without a test earns 0; a 16-year-old sibling does not count", async () => {
    expect((await ask("CELPIP 9 in speaking and 8 in everything else, how many points?")).text).toMatch(/listening 8 → CLB 8, reading 8 → CLB 8, writing 8 → CLB 8, speaking 9 → CLB 9/);
    expect((await ask("my husband won't do any english test, does that hurt my crs?")).text).toMatch(/earns 0 points/);
    expect((await ask("my brother is 16 and a canadian citizen, do I get the sibling points?")).text).toMatch(/a minor does not count/);
  });

  it("a job said as such, checked for a program", async () => {
    const a = await ask("can I apply to FST as a baker?");
    expect(a.text).toMatch(/63202 — Bakers: TEER 3/);
    expect(a.text).toMatch(/eligible skilled trade for the Federal Skilled Trades Program/);
  });
});

describe("what the 2026 categories changed", () => {
  it("new and dropped categories, and the occupations moved, when the question asks what changed", async () => {
    const a = await ask("any categories gone this year compared with 2025?");
    expect(a.text).toMatch(/no longer a category — Agriculture and agri-food/);
    expect(a.text).toMatch(/63200 Cooks out/);
    const b = await ask("y a-t-il de nouvelles catégories en 2026 ?");
    expect(b.text).toMatch(/nouvelles catégories — Médecins/);
    expect((await ask("what are the 2026 categories?")).text).not.toMatch(/Changes for 2026/);
  });
});

describe("a category checked against the person's own facts", () => {
  it("the job named: on the list, taken off it for 2026, or not on it", async () => {
    expect((await ask("are welders part of the trades category in 2026?")).text).toMatch(/Yes: on the 2026 Trade occupations list — 72106/);
    expect((await ask("les cuisiniers font-ils encore partie de la catégorie métiers ?")).text).toMatch(/retirée\(s\) de la liste Métiers pour 2026 .* 63200/);
    expect((await ask("is a cashier in the healthcare category?")).text).toMatch(/No: NOC 65100 is not on the 2026 Healthcare and social services occupations list/);
  });

  it("the months of work against the 12 needed, and work abroad for an in-Canada category", async () => {
    expect((await ask("10 months as an electrician, enough for the trades category?")).text).toMatch(/10 months: not yet — Trade occupations needs 12 months/);
    expect((await ask("my physician experience is from France, does it count for the physicians category?")).text).toMatch(/Work abroad does not count for Physicians with Canadian work experience/);
  });

  it("a French level against the French category's NCLC 7; the level asked for francophone rounds is the category's", async () => {
    const a = await ask("with TEF 400 in every section could I get a french category ITA?");
    expect(a.text).toMatch(/Not enough: the French category needs NCLC 7/);
    expect((await ask("quel niveau faut-il pour les tirages en français ?")).text).toMatch(/NCLC 7 dans les quatre compétences/);
  });
});

describe("foreign work with what it combines with; self-employment per program", () => {
  it("foreign work's transferability computed from the level or the Canadian work given; two factors joined by 'plus'", async () => {
    expect((await ask("5 years of work overseas and CLB 8 everywhere, what does that give me in points?")).text).toMatch(/Here: 25 points \(with CLB\/NCLC 8 in all four: 25\)/);
    const b = await ask("how many points for 2 years abroad plus 2 years canadian work");
    expect(b.text).toMatch(/Here: 25 points/);
    expect(b.text).toMatch(/2 year\(s\) of skilled Canadian work/);
  });

  it("self-employment: excluded for CEC only", async () => {
    expect((await ask("I'm a freelancer, is FSW possible for me?")).text).toMatch(/Self-employment can count for FSW/);
    expect((await ask("travail à mon compte depuis 3 ans, le PEC ça marche ?")).text).toMatch(/Le travail autonome ne compte pas pour la CEC/);
  });
});

describe("fees for a family, the spouse's French, the pass mark, a test's age", () => {
  it("a family's fees the sources lack are said so, with the principal's own total, and not confidently", async () => {
    const a = await ask("what are the PR fees for my husband and our 2 kids?");
    expect(a.text).toMatch(/I can't give a family's total/);
    expect(a.text).toMatch(/= \$1,675/);
    expect(a.confidence).toBeLessThan(0.5);
    expect((await ask("how much is the right of PR fee for my wife")).confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("a spouse's French earns no bonus; 'spouse canadian work' is the spouse's factor", async () => {
    const a = await ask("my partner has NCLC 10 in French, can she get the 50 bonus points for me?");
    expect(a.text).toMatch(/No bonus for a spouse/);
    expect((await ask("wife canadian experience 3 years points?")).text).toMatch(/Spouse's Canadian work, 3 year\(s\): 8 points/);
  });

  it("the FSW pass mark is the grid's 67; a test's year against its 2-year validity", async () => {
    expect((await ask("what's the passing score for the federal skilled worker program?")).text).toMatch(/at least 67 points out of 100/);
    expect((await ask("I did CELPIP in 2021, can I still use it?")).text).toMatch(/more than 2 years old today .* no longer valid/);
  });
});

describe("places in Canada, Quebec, tests spoken of, the youngest age", () => {
  it("work in a province or a Canadian city is Canadian work; Quebec is in Canada but Express Entry is for living outside it", async () => {
    const a = await ask("j'ai 2 ans d'expérience en Ontario, je suis admissible à la CEC ?");
    expect(a.text).not.toMatch(/hors du Canada ne compte pas/);
    expect(a.text).toMatch(/24 mois : oui/);
    expect((await ask("I worked in Montreal, can I apply to CEC?")).text).toMatch(/Work in Quebec is work in Canada and counts for CEC, but .* outside Quebec/);
  });

  it("a program's language minimum in the test named (bands are IELTS), and 'N TEST' read as a score", async () => {
    expect((await ask("what band score is needed for CEC?")).text).toMatch(/CEC, TEER 0–1 work.*IELTS General Training: listening 6\.0/);
    expect((await ask("for FST do I need 5 in every band?")).text).toMatch(/In test scores — IELTS General Training: listening 5\.0, reading 3\.5/);
    expect((await ask("would 8 CELPIP be enough for FSW?")).text).toMatch(/CELPIP-General 8 in every ability/);
    expect((await ask("is CELPIP recognized for Express Entry?")).topic).toBe("language-tests");
  });

  it("a minimum age: none in the programs, 0 CRS age points at 17", async () => {
    const a = await ask("what is the youngest you can apply?");
    expect(a.text).toMatch(/No Express Entry program sets a minimum \(or maximum\) age/);
    expect((await ask("I'm 16, can I apply?")).text).toMatch(/0 age points at 17 or younger/);
  });
});

describe("test scores with what changes their reading", () => {
  it("IELTS Academic is not accepted; an overall band is not per ability", async () => {
    const a = await ask("IELTS academic 8 everywhere — CLB?");
    expect(a.text).toMatch(/IELTS Academic is not accepted for Express Entry/);
    expect((await ask("my overall band score is 6.5, which CLB?")).text).toMatch(/IRCC converts each ability's score, not the overall one/);
  });

  it("a TEF's date picks its table, and says when it is too old", async () => {
    const a = await ask("TEF Canada from 2021, 455 in listening, what level is that?");
    expect(a.text).toMatch(/listening 455 → NCLC 7/);
    expect(a.text).toMatch(/from 2019-10-01 to 2023-12-09 uses that period's table/);
    expect(a.text).toMatch(/no longer valid/);
    expect((await ask("TEF de 2023 : 440 en expression orale, quel NCLC ?")).confidence).toBeLessThan(0.5);
  });

  it("scores without a test's name: the scale tells (TEF out of 699, TCF writing out of 20), said as an assumption", async () => {
    expect((await ask("mes résultats : CO 470, CE 440, EE 430, EO 460 — quel NCLC ?")).text).toMatch(/correspondent à l’échelle du TEF Canada.*\n.*compréhension de l’oral 470 → NCLC 8/);
    expect((await ask("CO 530 CE 510 EE 12 EO 14, c'est quel niveau ?")).text).toMatch(/TCF Canada/);
    expect((await ask("L9 R8 W7 S8 — CLB?")).text).toMatch(/If they are CELPIP scores instead/);
    expect((await ask("7 8 8 7 on the IELTS, CLB?")).text).toMatch(/listening 7 → CLB 7, reading 8 → CLB 10/);
  });
});

describe("program minimums asked sideways", () => {
  it("work in two occupations: not added for FSW, added for CEC; continuity per program", async () => {
    expect((await ask("I had 7 months in one occupation and 6 in a different one, does that make the FSW year?")).text).toMatch(/months in two different occupations do not add up/);
    expect((await ask("can I add up two jobs for CEC?")).text).toMatch(/adds up across jobs and occupations/);
    expect((await ask("le travail pour le PTMSF doit-il être continu ?")).text).toMatch(/n’ont pas à être continus, mais doivent être dans un seul métier/);
  });

  it("applying from abroad is not work abroad; funds yes for FST; student work for FSW", async () => {
    const a = await ask("I'm back in my country now, can I still apply to CEC?");
    expect(a.text).toMatch(/You can apply from outside Canada/);
    expect(a.text).not.toMatch(/Work outside Canada does not count/);
    expect((await ask("is proof of funds required for the skilled worker program?")).text).toMatch(/Yes: FSW candidates need proof of funds/);
    expect((await ask("part-time job while studying, does it count for FSW?")).text).toMatch(/Work while studying can count toward the FSW minimum/);
  });
});

describe("categories asked about one at a time", () => {
  it("the category beside the word 'category' wins over a program word; a category's own change; no job offer needed", async () => {
    expect((await ask("is Canadian work needed for the researchers category?")).topic).toBe("category:researchers");
    expect((await ask("la catégorie santé est-elle nouvelle ?")).text).toMatch(/n’est pas nouvelle : c’était aussi une catégorie en 2025/);
    expect((await ask("for a category-based round, is an LMIA job offer required?")).text).toMatch(/No job offer is needed for a category/);
  });

  it("a NOC code 'in' a category named without the word; work in the US is abroad", async () => {
    expect((await ask("does 72200 fall under trades?")).text).toMatch(/72200 is on the 2026 Trade occupations list|Yes/);
    expect((await ask("my physician experience is in the UK, does it count for the physicians category?")).text).toMatch(/Work abroad does not count/);
  });
});

describe("points questions that are not one factor's table", () => {
  it("children and marriage: what they do to the score", async () => {
    expect((await ask("will my baby add CRS points?")).text).toMatch(/children earn no CRS points/);
    expect((await ask("would marrying my girlfriend lower my score?")).text).toMatch(/"with a spouse" column/);
  });

  it("the French bonus beside a language factor with NCLC 7+; a second degree is two credentials; tests compared", async () => {
    const a = await ask("points for my French, NCLC 8 as second language, English CLB 9?");
    expect(a.text).toMatch(/50 additional points for French/);
    expect((await ask("would another diploma give me more points?")).text).toMatch(/two or more credentials \(one of 3\+ years\): 128/i);
    expect((await ask("TEF or TCF, which gives more CRS points?")).text).toMatch(/Points follow the CLB\/NCLC level, not the test/);
  });

  it("how much a score rises needs the levels now: said, and not confident", async () => {
    const a = await ask("I'm at 470, how much will I gain with CLB 10?");
    expect(a.text).toMatch(/How much your 470 goes up depends on what you have now/);
    expect(a.confidence).toBeLessThan(0.5);
  });
});

describe("what the answer cannot settle is said, not answered confidently", () => {
  it("opinions, predictions, withdrawing, losing a job, what counts as funds", async () => {
    for (const q of ["should I go with PTE or IELTS?", "will the proof of funds go up next year?", "how can I cancel my application?", "what if I get laid off after the invitation?", "can I show crypto as settlement funds?", "will the rounds stop in 2027?"]) {
      expect((await ask(q)).confidence, q).toBeLessThan(0.5);
    }
  });

  it("parents are not dependants; Express Entry closing is the reform question", async () => {
    expect((await ask("can I bring my mother as a dependant?")).text).toMatch(/not parents, brothers or sisters/);
    expect((await ask("est-ce qu'Entrée express va fermer ?")).topic).toBe("reform");
  });
});
