import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuestionAnswerer, type QaAnswer } from "../../../src/core/qa/answer.ts";
import { replyToText } from "../../../src/core/reply.ts";
import { record, sliceRounds, totals, gapSummary } from "../../../src/core/draws/slices.ts";
import { CURRENT_RULES } from "../../../src/core/crs/rules.ts";
import { fundsRequired } from "../../../src/core/eligibility/rules.ts";
import { formatNumber } from "../../../src/core/format.ts";
import { snapshotRounds, tempStore, type TempStore } from "../../helpers/fixtures.ts";
import { CATALOGUE } from "../../../src/core/commands/catalogue.ts";
import { greetingText } from "../../../src/core/commands/help.ts";

const greeting = (lang: "en" | "fr") => greetingText(CATALOGUE, lang);

/**
 * Every intent, end to end through the real engine over a real SQLite store seeded from the snapshot
 * (#1–#434, newest 2026-08-07). Expected figures are computed from the rounds and the rules tables.
 */

const NOW = "2026-08-20T12:00:00Z";
let t: TempStore;
let qa: QuestionAnswerer;
const rounds = snapshotRounds();
const n = (x: number) => formatNumber(x, "en");

beforeAll(async () => {
  t = await tempStore();
  await t.store.upsert(rounds, "2026-08-08T00:00:00.000Z");
  qa = new QuestionAnswerer({ store: t.store, clock: () => new Date(NOW), greeting });
});
afterAll(async () => t.cleanup());

const ask = async (q: string): Promise<QaAnswer & { text: string }> => {
  const a = await qa.answer(q);
  return { ...a, text: replyToText(a.reply) };
};

describe("records over any slice", () => {
  it("GIVEN 'lowest cutoff ever' THEN the lowest CRS of all rounds, as of the newest round", async () => {
    const low = record(rounds, "crs", "min")!;
    const a = await ask("what's the lowest CRS cutoff ever?");
    expect(a.topic).toBe("record:min-crs");
    expect(a.text).toContain(`CRS ${low.value}`);
    expect(a.text).toContain(`#${low.rounds[0]!.id}`);
    expect(a.text).toContain("As of round #434");
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("GIVEN a category and a year THEN only that slice (the year is never ignored)", async () => {
    const slice = sliceRounds(rounds, { category: "healthcare", from: "2025-01-01", to: "2025-12-31" });
    const low = record(slice, "crs", "min")!;
    const a = await ask("healthcare draw lowest cutoff 2025");
    expect(a.text).toContain(`CRS ${low.value}`);
    expect(a.text).not.toContain("#422"); // a 2026 round
  });

  it("GIVEN 'plus gros tirage' in French THEN the largest round, in French", async () => {
    const big = record(rounds, "size", "max")!;
    const a = await ask("le plus gros tirage de l'histoire ?");
    expect(a.lang).toBe("fr");
    expect(a.topic).toBe("record:max-size");
    expect(a.text).toContain(formatNumber(big.value, "fr"));
  });

  it("GIVEN a category with no round in the period THEN says so and where its latest round is", async () => {
    const a = await ask("was there a STEM draw in 2026");
    const last = sliceRounds(rounds, { category: "stem" }).pop()!;
    expect(a.text).toContain("No rounds found");
    expect(a.text).toContain(`#${last.id}`);
  });
});

describe("aggregates", () => {
  it("averages, totals since a year, counts", async () => {
    const cec2025 = totals(sliceRounds(rounds, { category: "cec", from: "2025-01-01", to: "2025-12-31" }));
    expect((await ask("average cutoff for CEC draws in 2025")).text).toContain(`average cutoff ${n(Number(cec2025.averageCrs!.toFixed(1)))}`);
    const since2020 = totals(sliceRounds(rounds, { from: "2020-01-01" }));
    const a = await ask("how many ITAs since 2020 in total");
    expect(a.text).toContain(`${n(since2020.rounds)} rounds, ${n(since2020.invitations)} invitations`);
    const fr = await ask("combien de tirages depuis 2023");
    expect(fr.text).toContain(`${formatNumber(totals(sliceRounds(rounds, { from: "2023-01-01" })).rounds, "fr")} rondes`);
  });

  it("gaps: typical and longest; next round: no schedule and the recent rhythm", async () => {
    const g = gapSummary(rounds)!;
    const a = await ask("longest gap between draws");
    expect(a.topic).toBe("gaps");
    expect(a.text).toContain(`Longest gap: ${g.longest.days} days`);
    const next = await ask("when is the next draw?");
    expect(next.topic).toBe("next-round");
    expect(next.text).toContain("no schedule");
    const fr = await ask("c'est quand le prochain tirage ?");
    expect(fr.text).toContain("aucun calendrier");
  });
});

describe("the year's statistics use the period the data covers", () => {
  it("GIVEN data ending August 7 and a clock in November THEN 'as of August 7' and a warning, never 'as of November 21'", async () => {
    const late = new QuestionAnswerer({ store: t.store, clock: () => new Date("2026-11-21T12:00:00Z"), greeting });
    const text = replyToText((await late.answer("stats 2026")).reply);
    expect(text).toContain("As of August 7, 2026");
    expect(text).not.toContain("November 21");
    expect(text).toContain("may be out of date");
  });

  it("GIVEN a recent read of the feed THEN no warning and figures up to today", async () => {
    const now = new Date("2026-11-21T12:00:00Z");
    const synced = new QuestionAnswerer({ store: t.store, clock: () => now, feed: { lastReachedAt: () => "2026-11-21T11:00:00.000Z" }, greeting });
    const text = replyToText((await synced.answer("latest draw")).reply);
    expect(text).toContain("#434");
    expect(text).not.toContain("out of date");
  });
});

describe("CRS points for one factor, from the rules tables", () => {
  const r = CURRENT_RULES;
  it("second language is not first language; the spouse's language is not the principal's", async () => {
    const second = await ask("points for clb 7 second language");
    expect(second.topic).toBe("crs-points:secondLanguage");
    expect(second.text).toContain(`${4 * r.secondLanguage.perAbility[7]!} points`);
    const spouse = await ask("my wife has ielts 6 in all how many points does she add");
    expect(spouse.topic).toBe("crs-points:spouseLanguage");
    expect(spouse.text).toContain(`${4 * r.spouse.language[7]!} points`);
  });

  it("Canadian credential, certificate of qualification, French bonus, transferability", async () => {
    expect((await ask("bonus points for a canadian master's degree?")).text).toContain(`${r.additional.canadianStudy.three_year_plus} points`);
    expect((await ask("certificate of qualification with CLB 6 in all, how many points")).text).toContain(`${r.transferability.certificate[0]} points of skill transferability`);
    expect((await ask("I have NCLC 7 french and CLB 9 english, how much is the french bonus")).text).toContain(`${r.additional.french.strongEnglish} additional points`);
    expect((await ask("skill transferability points for a master's with CLB 9 in all abilities?")).text).toContain(`education ${r.transferability.education.language[1][2]}`);
  });

  it("GIVEN two factors in one question THEN answers both, each from its table", async () => {
    const a = await ask("points for age 30 and a master's");
    expect(a.text).toContain(`${CURRENT_RULES.age.without[30]} points without`);
    expect(a.text).toContain(`${CURRENT_RULES.education.masters.without} points without`);
    expect(a.text).not.toMatch(/could not use/);
  });
});

describe("CLB levels, facts and eligibility", () => {
  it("test scores → CLB/NCLC for each ability", async () => {
    const a = await ask("ielts L8 R7 W7 S7 what clb");
    expect(a.topic).toBe("clb");
    expect(a.text).toContain("listening 8 → CLB 9");
    const fr = await ask("TEF 450 en compréhension orale c'est quel NCLC ?");
    expect(fr.text).toContain("NCLC 7");
  });

  it("proof of funds for a family, CEC exempt; fees with their date", async () => {
    expect((await ask("proof of funds for a family of 3")).text).toContain(n(fundsRequired(3)));
    expect((await ask("do I need proof of funds for CEC")).text).toContain("do not need proof of funds");
    const fees = await ask("how much are the PR fees");
    expect(fees.text).toContain("April 30, 2026");
  });

  it("program minimums against the months the question gives", async () => {
    expect((await ask("can I apply to CEC with 10 months of experience?")).text).toContain("not yet");
    expect((await ask("FSW with 1 year of experience, eligible?")).text).toContain("meets FSW's work minimum");
  });

  it("a category's status is computed from the rounds: STEM renewed, researchers with no round yet", async () => {
    expect((await ask("is the STEM category still active")).text).toContain("in force since February 18, 2026");
    expect((await ask("is the researchers category active")).text).toMatch(/in force since .* no round/);
  });

  it("process facts and the reform as a proposal", async () => {
    expect((await ask("how long is my express entry profile valid")).topic).toBe("profile-validity");
    expect((await ask("what happens if i decline my ITA")).topic).toBe("decline-ita");
    expect((await ask("how long does it take to get pr after ita")).topic).toBe("processing-time");
    expect((await ask("how many days do I have to submit after ITA?")).text).toContain("60 days");
    expect((await ask("is the express entry reform in force?")).text).toContain("PROPOSED");
  });
});

describe("honest about doubt", () => {
  it("questions it cannot answer get 'not sure' and a low confidence, in the question's language", async () => {
    for (const q of ["What's the weather in Toronto?", "can you book me a flight", "how do I renew my PGWP online?"]) {
      const a = await ask(q);
      expect(a.confidence, q).toBeLessThan(0.5);
    }
    const fr = await ask("Quel temps fait-il à Montréal ?");
    expect(fr.lang).toBe("fr");
    expect(fr.confidence).toBeLessThan(0.5);
  });

  it("finds the question in a long chatty message", async () => {
    const a = await ask("hey guys, got my ielts results today, finally! L8 R7 W7 S7, I'm 31 with a bachelors. anyway my question: what is the clb for that?");
    expect(a.text).toContain("reading 7 → CLB 9");
  });
});

describe("rounds by date or count, chances, scores needed", () => {
  it("a round by its date (ISO or in words, EN and FR), or the rounds around a date without one", async () => {
    const r = rounds.find((x) => x.date === "2024-07-08")!;
    expect((await ask("what happened in the draw on july 8 2024")).text).toContain(`#${r.id}`);
    expect((await ask("le tirage du 8 juillet 2024, c'était combien ?")).text).toContain(`${r.crs}`);
    expect((await ask("round on 2026-08-06")).text).toContain("#433");
    const none = await ask("draw on 2026-08-01");
    expect(none.text).toContain("No round was held on August 1, 2026");
  });

  it("'last 5 cec draws' lists exactly five", async () => {
    const a = await ask("last 5 cec draws");
    expect(a.text.match(/^#\d+ ·/gm)).toHaveLength(5);
  });

  it("'what are my chances with 462' compares with the year's cutoffs and the pool, without forecasting", async () => {
    const a = await ask("my score is 462, what are my chances");
    expect(a.topic).toBe("chances");
    expect(a.text).toContain("Nobody can predict");
    expect(a.text).toMatch(/candidates at 462 or above/);
  });

  it("'how many points do I need for an ITA' gives the recent cutoffs; there is no minimum CRS to enter the pool", async () => {
    expect((await ask("how many points do i need to get an ITA")).text).toContain("No fixed score guarantees an invitation");
    expect((await ask("what's the minimum CRS to enter the pool")).text).toContain("no minimum CRS to enter the pool");
  });
});

describe("out of scope, said out loud", () => {
  it("a province's own draw is not IRCC's federal round: not confident, and says where to look", async () => {
    const a = await ask("what was the cutoff in the last OINP draw?");
    expect(a.topic).toBe("provincial-draw");
    expect(a.confidence).toBeLessThan(0.5);
    expect(a.text).toContain("not the provinces' own draws");
  });

  it("other IRCC applications get 'not sure', never an Express Entry answer", async () => {
    for (const q of ["how much is the study permit fee", "what is the processing time for a visitor visa", "can I sponsor my parents through express entry"]) {
      const a = await ask(q);
      expect(a.topic, q).toBe("none");
      expect(a.confidence, q).toBeLessThan(0.5);
    }
  });

  it("'after my ITA' gives the steps; 'before the ITA' does not", async () => {
    expect((await ask("what do I need to do after getting the ITA")).topic).toBe("after-ita");
    expect((await ask("do I need a medical exam before getting ITA")).topic).toBe("medical-exam");
  });
});

describe("a whole profile in one message", () => {
  it("GIVEN age, education, test and Canadian work THEN the calculator's total, with what it assumed", async () => {
    const { calculate } = await import("../../../src/core/crs/calculate.ts");
    const expected = calculate({
      age: 30, maritalStatus: "single", spouseAccompanying: null, spouseCanadianOrPR: null, education: "masters", canadianStudy: "none",
      firstLanguage: { test: "ielts", scores: { listening: 8, reading: 8, writing: 8, speaking: 8 } }, secondLanguage: null,
      canadianWorkYears: 2, foreignWorkYears: 0, certificateOfQualification: false, spouse: null, provincialNomination: false, siblingInCanada: false, jobOffer: "none",
    }).total;
    const a = await ask("I'm 30, single, master's, IELTS 8 in all, 2 years canadian experience, what's my CRS?");
    expect(a.topic).toBe("crs-estimate");
    expect(a.text).toContain(`Estimated CRS: ${expected}`);
    expect(a.text).toContain("Assumed:");
    const fr = await ask("j'ai 28 ans, baccalauréat, CLB 9 partout, 1 an d'expérience au Canada, quel est mon score SCG ?");
    expect(fr.text).toContain("SCG estimé");
  });

  it("GIVEN a month or 'l'année dernière' THEN that month or last year", async () => {
    const july = sliceRounds(rounds, { from: "2026-07-01", to: "2026-07-31" });
    expect((await ask("how many draws happened in july 2026")).text).toContain(`${july.length} rounds`);
    expect((await ask("combien d'invitations l'année dernière")).text).toContain("Entrée express en 2025");
  });

  it("answers the days between the last two rounds of a slice, EN and FR, computed from the rounds", async () => {
    const days = (a: { date: string }, b: { date: string }) => Math.round((Date.parse(b.date) - Date.parse(a.date)) / 86_400_000);
    const [a, b] = rounds.slice(-2);
    const all = await ask("how many days between the last two draws");
    expect(all.text).toContain(`${days(a!, b!)} day`);
    expect(all.text).toContain(`#${a!.id}`);
    expect(all.confidence).toBeGreaterThanOrEqual(0.5);
    const cec = rounds.filter((r) => r.category.key === "cec").slice(-2);
    expect((await ask("days between the last 2 cec draws")).text).toContain(`${days(cec[0]!, cec[1]!)} days`);
    expect((await ask("combien de jours entre les deux derniers tirages")).text).toContain(`nº ${b!.id}`);
  });

  it("is not confident about a question that also asks something its intent does not answer", async () => {
    expect((await ask("when was the last draw with 2500 invitations")).confidence).toBeLessThan(0.5);
    // "Before 430" names a round relative to #430: #429, confidently.
    const before = await ask("when was the last draw before 430");
    expect(before.text).toContain("#429");
    expect((await ask("can i get a job in canada without experience")).confidence).toBeLessThan(0.5);
  });

  it("reads a date without a year as the most recent such day with a round, and is unsure when that is not this year's", async () => {
    const day = (md: string) => rounds.filter((r) => r.date.slice(5) === md).at(-1)!;
    const july9 = day("07-09");
    const a = await ask("tirage du 9 juillet");
    expect(a.text).toContain(`nº ${july9.id}`);
    expect((await ask("what round was on the 9th of july")).text).toContain(`#${july9.id}`);
    const july8 = day("07-08");
    const b = await ask("the draw on july 8");
    expect(b.text).toContain(`#${july8.id}`);
    expect(b.text).not.toContain("Another round that day");
    expect(b.confidence).toBe(july8.date.startsWith("2026") ? 0.9 : 0.45);
  });
});
