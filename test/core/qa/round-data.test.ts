import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuestionAnswerer, type QaAnswer } from "../../../src/core/qa/answer.ts";
import { replyToText } from "../../../src/core/reply.ts";
import { bursts, burstRhythm, daysBetween, record, sliceRounds, totals } from "../../../src/core/draws/slices.ts";
import { formatNumber } from "../../../src/core/format.ts";
import { snapshotRounds, tempStore, type TempStore } from "../../helpers/fixtures.ts";
import { CATALOGUE } from "../../../src/core/commands/catalogue.ts";
import { greetingText } from "../../../src/core/commands/help.ts";

/**
 * Round-data questions phrased the many ways people ask them, end to end over the real engine and a
 * real SQLite store seeded from the snapshot (#1–#434, newest 2026-08-07), asked on 2026-08-20.
 * Expected figures come from the rounds.
 */

const NOW = "2026-08-20T12:00:00Z";
const rounds = snapshotRounds();
let t: TempStore;
let qa: QuestionAnswerer;

beforeAll(async () => {
  t = await tempStore();
  await t.store.upsert(rounds, "2026-08-08T00:00:00.000Z");
  qa = new QuestionAnswerer({ store: t.store, clock: () => new Date(NOW), greeting: (lang) => greetingText(CATALOGUE, lang) });
});
afterAll(async () => t.cleanup());

const ask = async (q: string): Promise<QaAnswer & { text: string }> => {
  const a = await qa.answer(q);
  return { ...a, text: replyToText(a.reply) };
};
const of = (category: string, from?: string, to?: string) => sliceRounds(rounds, { category, ...(from ? { from } : {}), ...(to ? { to } : {}) });

describe("one round at the end of a period", () => {
  it("GIVEN 'the final … round of YEAR' THEN that year's last round of the category, not the newest", async () => {
    const last = of("french", "2024-01-01", "2024-12-31").at(-1)!;
    const a = await ask("which was the final francophone round in 2024?");
    expect(a.text).toContain(`#${last.id}`);
    expect(a.text).toContain(String(last.crs));
    expect(a.text).not.toContain("#433");
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("GIVEN 'le premier tirage de YEAR' THEN the first round of that year, in French", async () => {
    const first = sliceRounds(rounds, { from: "2025-01-01", to: "2025-12-31" })[0]!;
    const a = await ask("c'était quoi le premier tirage de 2025 ?");
    expect(a.lang).toBe("fr");
    expect(a.text).toContain(`nº ${first.id}`);
  });
});

describe("a round asked by number or date", () => {
  it("GIVEN an old round THEN that round's reply, without naming the newest round (which would read as the answer)", async () => {
    const a = await ask("details of round 150");
    expect(a.text).toContain("Round #150");
    expect(a.text).not.toContain("#434");
    expect((await ask("What was the cutoff on 17/03/2026?")).text).not.toContain("#434");
  });
});

describe("a category named with the word 'category'", () => {
  it("GIVEN a rhythm, the next round or days since THEN the round data, not the category's rules", async () => {
    expect((await ask("how frequent are the healthcare category rounds?")).topic).toBe("gaps");
    expect((await ask("next trades category round?")).topic).toBe("next-round");
    expect((await ask("days since the last education category round")).topic).toBe("days-since");
  });
});

describe("two rounds named", () => {
  it("GIVEN two round numbers and 'how long between' THEN the days between them and the rounds in between", async () => {
    const [x, y] = ["420", "424"].map((id) => rounds.find((r) => r.id === id)!);
    const a = await ask("how long between round 420 and round 424?");
    expect(a.text).toContain(`${daysBetween(x!.date, y!.date)} days apart`);
    expect(a.text).toContain("3 rounds in between");
  });
});

describe("a day, without the word 'draw'", () => {
  it("GIVEN a full date THEN that day's round", async () => {
    const r = rounds.find((x) => x.date === "2026-07-21")!;
    const a = await ask("anything on 21 July 2026 in Express Entry?");
    expect(a.text).toContain(`#${r.id}`);
  });

  it("GIVEN a full date about rules or points THEN not a round", async () => {
    expect((await ask("do the new points rules apply from January 5, 2027?")).topic).not.toBe("round");
  });
});

describe("the latest round, asked loosely", () => {
  it("GIVEN 'what's new' THEN the newest round", async () => {
    expect((await ask("anything new?")).text).toContain("#434");
    expect((await ask("du nouveau côté rondes ?")).text).toContain("nº 434");
  });

  it("GIVEN a category and 'score' THEN that category's latest round; GIVEN 'my score' THEN not", async () => {
    const cec = of("cec").at(-1)!;
    expect((await ask("canadian experience score rn?")).text).toContain(`#${cec.id}`);
    expect((await ask("does a PNP nomination raise my score?")).topic).not.toMatch(/^latest-round/);
  });

  it("GIVEN SMS French THEN read as French words", async () => {
    const big = record(rounds, "size", "max")!;
    expect((await ask("c koi le + gros tirage")).text).toContain(formatNumber(big.value, "fr"));
    expect((await ask("proch tirage c qd")).topic).toBe("next-round");
  });
});

describe("when is the next round", () => {
  it("GIVEN the question THEN no schedule, and the rhythm between bursts rather than between single rounds", async () => {
    const r = burstRhythm(rounds)!;
    const latest = bursts(rounds).at(-1)!;
    const a = await ask("any idea when ircc does the next round?");
    expect(a.text).toContain("no schedule");
    expect(a.text).toContain(`median of ${r.median} days apart`);
    expect(a.text).toContain(`#${latest[0]!.id}–#${latest.at(-1)!.id}`);
    expect(a.text).not.toMatch(/median of 1 day\b/);
  });

  it("GIVEN 'this week' THEN also the rounds of the week so far, confidently", async () => {
    const a = await ask("will we get a round this week?");
    expect(a.text).toContain("No round from August 13, 2026 to August 20, 2026");
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("GIVEN 'calendrier' THEN the same answer in French", async () => {
    const a = await ask("IRCC a un calendrier pour les rondes ?");
    expect(a.topic).toBe("next-round");
    expect(a.text).toContain("aucun calendrier");
  });
});

describe("competing cues", () => {
  it("GIVEN 'how many people were invited' THEN a total of invitations, not the pool", async () => {
    const sum = totals(of("pnp", "2025-01-01", "2025-12-31")).invitations;
    const a = await ask("how many people got invited in provincial nominee rounds in 2025?");
    expect(a.text).toContain(formatNumber(sum, "en"));
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("GIVEN the pool as background and a record about rounds THEN the record", async () => {
    const low = record(of("cec"), "crs", "min")!;
    const a = await ask("I'm in the pool at 470. What's the lowest a CEC round has ever gone?");
    expect(a.text).toContain(`CRS ${low.value}`);
  });

  it("GIVEN the pool's own extreme THEN the pool", async () => {
    expect((await ask("what's the highest score in the pool?")).topic).toBe("pool");
  });

  it("GIVEN 'last month' THEN the calendar month before today's", async () => {
    const july = sliceRounds(rounds, { from: "2026-07-01", to: "2026-07-31" });
    const a = await ask("how many rounds did IRCC hold last month?");
    expect(a.text).toContain(`${july.length} rounds`);
  });
});

describe("more capabilities", () => {
  it("GIVEN a score and 'when was the last round of my category' THEN the chances answer also names that latest round", async () => {
    const fr = of("french").at(-1)!;
    const a = await ask("I have 455 and strong French, is that enough? when did the last french round happen?");
    expect(a.text).toContain(`#${fr.id}`);
  });

  it("GIVEN a weekday THEN no fixed schedule and the weekdays rounds fell on", async () => {
    const a = await ask("are rounds always on a tuesday?");
    expect(a.topic).toBe("next-round");
    expect(a.text).toMatch(/No fixed weekday.*Tuesdays \(\d+\)/);
  });

  it("GIVEN a nomination's points THEN not a province's draw; GIVEN a province's draw THEN said so", async () => {
    expect((await ask("Manitoba nominated me, how many points do I get?")).topic).not.toBe("provincial-draw");
    expect((await ask("latest OINP draw cutoff?")).topic).toBe("provincial-draw");
  });

  it("GIVEN fees or a duration beside 'ITA' THEN not a total of rounds", async () => {
    expect((await ask("got my ITA last week, how much are the fees in total?")).topic).not.toBe("totals");
    expect((await ask("for category draws how many months of experience do I need?")).topic).not.toBe("totals");
  });

  it("GIVEN a range of scores THEN the candidates in that range of the latest pool", async () => {
    const a = await ask("how many candidates between 491 and 600 in the pool?");
    const pool = [...rounds].reverse().find((r) => r.pool)!.pool!;
    const inside = pool.bands.filter((b) => b.min >= 491 && b.max <= 600).reduce((s, b) => s + b.count, 0);
    expect(a.text).toContain(`Between 491 and 600: ${formatNumber(inside, "en")} candidates`);
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("GIVEN 'since Express Entry started in 2015' THEN every round, not 2015 alone", async () => {
    const all = totals(rounds);
    const a = await ask("how many ITAs in total since express entry began in 2015?");
    expect(a.text).toContain(formatNumber(all.invitations, "en"));
  });
});

describe("two periods compared", () => {
  it("GIVEN 'YEAR vs YEAR' THEN the figures of each year, neither dropped", async () => {
    const [a, b] = [2023, 2024].map((y) => totals(of("french", `${y}-01-01`, `${y}-12-31`)));
    const r = await ask("french category invitations: 2024 versus 2023?");
    expect(r.text).toContain(formatNumber(a!.invitations, "en"));
    expect(r.text).toContain(formatNumber(b!.invitations, "en"));
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("bounds, rankings and trends", () => {
  it("GIVEN 'below N' about rounds THEN the rounds under that cutoff, the most recent and the first", async () => {
    const under = rounds.filter((r) => r.crs < 350);
    const a = await ask("has a round ever gone under 350?");
    expect(a.text).toContain(`${under.length} of ${rounds.length} rounds`);
    expect(a.text).toContain(`#${under.at(-1)!.id}`);
    expect(a.text).toContain(`#${under[0]!.id}`);
  });

  it("GIVEN 'above N' about the pool THEN still the pool", async () => {
    expect((await ask("how many candidates are above 480?")).topic).toBe("pool");
  });

  it("GIVEN 'which category … the most' THEN categories ranked over the period", async () => {
    const y2024 = sliceRounds(rounds, { from: "2024-01-01", to: "2024-12-31" });
    const sums = new Map<string, number>();
    for (const r of y2024) sums.set(r.category.key, (sums.get(r.category.key) ?? 0) + r.size);
    const [topKey, topSum] = [...sums.entries()].sort((x, y) => y[1] - x[1])[0]!;
    const a = await ask("in 2024 which program got the biggest share of ITAs?");
    expect(a.topic).toBe("by-category");
    expect(a.text).toContain(formatNumber(topSum, "en"));
    expect(a.text.indexOf(formatNumber(topSum, "en"))).toBeLessThan(a.text.indexOf("•") + 200);
    expect(topKey).toBeTruthy();
  });

  it("GIVEN 'going down' about a category THEN its cutoffs over the last 6 months, oldest to newest, and which way", async () => {
    const cec = of("cec", "2026-02-08");
    const a = await ask("CEC cutoffs are dropping right?");
    expect(a.topic).toBe("trend");
    expect(a.text).toContain(`from ${cec[0]!.crs} to ${cec.at(-1)!.crs}`);
    expect(a.text).toContain("does not predict");
    expect((await ask("la note minimale santé, elle monte ou elle descend ?")).topic).toBe("trend");
    expect((await ask("will my CRS go down when I turn 30?")).topic).not.toBe("trend");
  });
});

describe("months, lists and rhythm words", () => {
  it("GIVEN 'which month … the most rounds' THEN months ranked, with the monthly average", async () => {
    const months = new Map<string, number>();
    for (const r of sliceRounds(rounds, { from: "2025-01-01", to: "2025-12-31" })) months.set(r.date.slice(0, 7), (months.get(r.date.slice(0, 7)) ?? 0) + 1);
    const most = Math.max(...months.values());
    const a = await ask("in 2025, what month saw the most rounds?");
    expect(a.topic).toBe("by-month");
    expect(a.text).toMatch(new RegExp(`Most rounds: \\w+ 2025: ${most} rounds`));
  });

  it("GIVEN 'the last N … cutoffs' THEN the last N rounds of the category", async () => {
    const a = await ask("show the last 4 PNP cut-offs");
    expect(a.topic).toBe("list-rounds");
    for (const r of of("pnp").slice(-4)) expect(a.text).toContain(`#${r.id}`);
  });

  it("GIVEN 'toutes les deux semaines' THEN a rhythm, not the last two weeks", async () => {
    expect((await ask("les rondes santé, c'est toutes les deux semaines ?")).topic).toBe("gaps");
  });

  it("GIVEN a tie-break question THEN not a gap between rounds", async () => {
    expect((await ask("tie break time of the latest round?")).topic).toBe("latest-round");
  });
});

describe("questions that mention rounds but are not about round data", () => {
  it("GIVEN a province's nominee program and points THEN not a province's draw; GIVEN a nomination and the pool THEN not the pool", async () => {
    expect((await ask("Does Saskatchewan have a nominee program and how many points is it worth?")).topic).not.toBe("provincial-draw");
    expect((await ask("How do I get an Ontario nomination while I'm in the pool?")).topic).not.toBe("pool");
  });

  it("GIVEN 'what happens next', 'between draws' without a length of time, an alert, a kind of round named THEN no round-data answer", async () => {
    expect((await ask("got an ITA in yesterday's CEC draw, what's next?")).topic).not.toBe("next-round");
    expect((await ask("is it ok to edit my profile between two draws?")).topic).not.toBe("gaps");
    expect((await ask("please notify me when a new french draw happens")).topic).not.toMatch(/^latest-round/);
    expect((await ask("qu'est-ce qu'un tirage par programme ?")).topic).not.toBe("by-category");
    expect((await ask("who chooses how many invitations a draw has?")).topic).not.toBe("totals");
  });

  it("GIVEN a round number as background to the application THEN not that round's details", async () => {
    expect((await ask("invited in round 431 — which documents should I prepare?")).topic).not.toBe("round");
    expect((await ask("ITA from draw 430, how long for PR after that?")).topic).not.toBe("round");
    expect((await ask("draw 430, how many invitations?")).topic).toBe("round");
  });

  it("GIVEN weekends THEN the weekdays rounds fell on", async () => {
    expect((await ask("any draws on saturdays?")).topic).toBe("next-round");
  });

  it("GIVEN a profile about to expire without an invitation THEN not a list of rounds", async () => {
    expect((await ask("my profile expires next month and still no invitation, what do I do?")).topic).not.toMatch(/rounds-slice|totals|latest/);
  });
});

describe("relative rounds and counts of the newest", () => {
  it("GIVEN 'the one before the last' in a category THEN that category's second newest round", async () => {
    const pnp = of("pnp");
    expect((await ask("what did the PNP draw before the last one need?")).text).toContain(`Round #${pnp.at(-2)!.id}`);
  });

  it("GIVEN a count before 'derniers' THEN that many newest rounds", async () => {
    const a = await ask("les trois derniers tirages PEC ?");
    expect(a.topic).toBe("list-rounds");
    for (const r of of("cec").slice(-3)) expect(a.text).toContain(`nº ${r.id}`);
  });
});

describe("freshness and projections", () => {
  it("GIVEN 'is the data up to date' THEN the newest round, its age, and whether the feed was read", async () => {
    const late = new QuestionAnswerer({ store: t.store, clock: () => new Date("2026-11-21T12:00:00Z"), greeting: (lang) => greetingText(CATALOGUE, lang) });
    const a = replyToText((await late.answer("are these figures up to date?")).reply);
    expect(a).toContain("#434");
    expect(a).toContain("106 days");
    expect(a).toMatch(/may be out of date/);
    const read = new QuestionAnswerer({ store: t.store, clock: () => new Date("2026-11-21T12:00:00Z"), feed: { lastReachedAt: () => "2026-11-21T11:00:00Z" }, greeting: (lang) => greetingText(CATALOGUE, lang) });
    const b = replyToText((await read.answer("tes infos sont à jour ?")).reply);
    expect(b).toContain("21 novembre 2026 à 11:00:00 UTC");
    expect(b).toContain("à jour");
  });

  it("GIVEN 'at this pace … by year end' THEN this year's figures with the straight-line projection, confidently", async () => {
    const a = await ask("at the current pace how many invitations will IRCC send by year end?");
    expect(a.topic).toBe("year-stats");
    expect(a.text).toContain("projection");
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("the newest N rounds as a slice", () => {
  it("GIVEN an average, a record or a total over 'the last N' THEN over exactly those rounds", async () => {
    const last8 = of("cec").slice(-8);
    const avg = last8.reduce((s, r) => s + r.crs, 0) / 8;
    const a = await ask("mean CRS over the past 8 CEC rounds?");
    expect(a.text).toContain(`average cutoff ${formatNumber(Number(avg.toFixed(1)), "en")}`);
    const low = Math.min(...rounds.slice(-15).map((r) => r.crs));
    expect((await ask("le seuil le plus bas des 15 derniers tirages")).text).toContain(`SCG ${low}`);
    const sum = rounds.slice(-6).reduce((s, r) => s + r.size, 0);
    expect((await ask("total ITAs in the last six rounds")).text).toContain(formatNumber(sum, "en"));
  });
});

describe("the person's score beside a question about rounds", () => {
  it("GIVEN a score and the latest round of a category THEN the gap to that round's cutoff, confidently", async () => {
    const pnp = of("pnp").at(-1)!;
    const a = await ask("my score is 700, what did the last PNP round need?");
    expect(a.text).toContain(`Your 700 is ${pnp.crs - 700} points below round #${pnp.id}'s cutoff (${pnp.crs}).`);
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("GIVEN a score and a slice THEN how many of its rounds had a cutoff at or below it", async () => {
    const fr2026 = of("french", "2026-01-01", "2026-12-31");
    const a = await ask("with 405 points, how many French rounds were there in 2026?");
    expect(a.text).toContain(`With 405: ${fr2026.filter((r) => r.crs <= 405).length} of ${fr2026.length} rounds`);
  });
});

describe("a month named without a year", () => {
  it("GIVEN 'in MONTH' THEN the most recent such month the data covers, named with its year", async () => {
    const june = sliceRounds(rounds, { from: "2026-06-01", to: "2026-06-30" });
    const a = await ask("how many rounds took place in June?");
    expect(a.text).toContain(`from June 1, 2026 to June 30, 2026: ${june.length} rounds`);
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
    const dec = sliceRounds(rounds, { from: "2025-12-01", to: "2025-12-31" });
    expect((await ask("combien de rondes en décembre ?")).text).toContain(`${dec.length} rondes`);
  });

  it("GIVEN a draw that 'may' happen THEN no month is read, and the future is not a total but no forecast", async () => {
    const a = await ask("how many draws may come in the future?");
    expect(a.topic).toBe("next-round");
    expect(a.text).toContain("nobody can predict");
  });
});

describe("bounds on sizes, patterns and bursts", () => {
  it("GIVEN 'more than N ITAs' THEN the rounds over that size", async () => {
    const big = rounds.filter((r) => r.size > 6000);
    const a = await ask("how many rounds ever had more than 6000 ITAs?");
    expect(a.text).toContain(`${big.length} of ${rounds.length} rounds`);
    expect(a.text).toContain(`#${big.at(-1)!.id}`);
  });

  it("GIVEN a question about which days or what time rounds happen THEN no schedule, and the weekdays", async () => {
    const a = await ask("what days of the week does IRCC usually pick for rounds?");
    expect(a.topic).toBe("next-round");
    expect(a.text).toContain("No fixed weekday");
  });

  it("GIVEN bursts THEN the rhythm between bursts and how many rounds each held", async () => {
    const r = burstRhythm(rounds)!;
    const sizes = r.bursts.map((b) => b.length);
    const a = await ask("how many rounds in each wave lately?");
    expect(a.text).toContain(`${Math.min(...sizes)} to ${Math.max(...sizes)} rounds each`);
  });
});

describe("stale data, whatever the intent", () => {
  it("GIVEN old data and an answer that cites a round THEN it says the data may be out of date", async () => {
    const late = new QuestionAnswerer({ store: t.store, clock: () => new Date("2026-11-21T12:00:00Z"), greeting: (lang) => greetingText(CATALOGUE, lang) });
    const a = replyToText((await late.answer("what is the cutoff for the education category?")).reply);
    expect(a).toMatch(/#\d+/);
    expect(a).toContain("may be out of date");
  });
});

describe("guesses and other programs", () => {
  it("GIVEN a guess asked for THEN nobody can predict, confidently, whatever it names", async () => {
    for (const q of ["what will the next french cutoff be, around 400?", "le prochain seuil PEC sera à combien selon vous ?", "forecast the next healthcare round's score"]) {
      const a = await ask(q);
      expect(a.topic, q).toBe("next-round");
      expect(a.text, q).toMatch(/nobody can predict|personne ne peut prédire/);
    }
  });

  it("GIVEN another program's draw (provincial EOI, Arrima, parents and grandparents, Atlantic) THEN no confident Express Entry answer", async () => {
    for (const q of ["When is the next PGP lottery?", "Arrima minimum score this year?", "latest AIP draw cutoff?", "last OINP EOI draw score?"]) {
      expect((await ask(q)).confidence, q).toBeLessThan(0.5);
    }
  });

  it("GIVEN the person's score written with 'points' beside a question about a round THEN the round", async () => {
    const fr = of("french").at(-1)!;
    const a = await ask("j'ai 430 points, le dernier tirage francophone c'était combien ?");
    expect(a.text).toContain(`nº ${fr.id}`);
    expect(a.text).toContain("430");
  });
});

describe("categories left out, and two categories side by side", () => {
  it("GIVEN 'not counting / hors / wasn't a' THEN those categories are left out of the slice", async () => {
    const noPnp = sliceRounds(rounds, { from: "2024-01-01", to: "2024-12-31" }).filter((r) => r.category.key !== "pnp");
    const a = await ask("lowest and highest cutoffs of 2024 excluding PNP rounds?");
    expect(a.text).toContain(`CRS ${Math.min(...noPnp.map((r) => r.crs))}`);
    const newest = [...rounds].reverse().find((r) => !["french", "transport"].includes(r.category.key))!;
    expect((await ask("the latest round that was not a french or a transport one")).text).toContain(`#${newest.id}`);
    const fr = await ask("combien d'invitations en 2026 hors tirages PEC ?");
    expect(fr.text).toContain(formatNumber(totals(sliceRounds(rounds, { from: "2026-01-01", to: "2026-12-31" }).filter((r) => r.category.key !== "cec")).invitations, "fr"));
  });

  it("GIVEN two categories THEN each, and which is higher for their latest rounds", async () => {
    const [cec, fr] = [of("cec").at(-1)!, of("french").at(-1)!];
    const a = await ask("last french draw vs last CEC draw: which cutoff was lower?");
    expect(a.text).toContain(`#${cec.id}`);
    expect(a.text).toContain(`#${fr.id}`);
    const t = await ask("how many invitations did CEC and PNP get in 2025?");
    expect(t.text).toContain(formatNumber(totals(of("cec", "2025-01-01", "2025-12-31")).invitations, "en"));
    expect(t.text).toContain(formatNumber(totals(of("pnp", "2025-01-01", "2025-12-31")).invitations, "en"));
  });
});

describe("averages compared, and a guess in French", () => {
  it("GIVEN 'lower than … on average' with two years and a category THEN both averages", async () => {
    const a = await ask("was the PNP average higher in 2025 than in 2024?");
    expect(a.topic).toBe("average");
    for (const y of [2024, 2025]) {
      const rs = of("pnp", `${y}-01-01`, `${y}-12-31`);
      expect(a.text).toContain(formatNumber(Number((rs.reduce((s, r) => s + r.crs, 0) / rs.length).toFixed(1)), "en"));
    }
  });

  it("GIVEN 'je serai invité dans combien de semaines à votre avis' THEN nobody can predict", async () => {
    expect((await ask("avec 495, je serai invitée quand selon vous ?")).text).toContain("personne ne peut prédire");
  });
});

describe("numeric dates and exact cutoffs", () => {
  it("GIVEN a date written with slashes THEN that day's round, day first unless it cannot be", async () => {
    expect((await ask("cutoff on 21/07/2026?")).text).toContain("#428");
    expect((await ask("the round of 07/21/2026")).text).toContain("#428");
  });

  it("GIVEN 'exactly N' THEN the rounds at that cutoff", async () => {
    const at = of("cec").filter((r) => r.crs === 516);
    const a = await ask("how many CEC rounds were at exactly 516?");
    expect(a.text).toContain(`${at.length} of ${of("cec").length} rounds`);
  });
});

describe("a month in the person's story", () => {
  it("GIVEN a month far from any word for rounds THEN no period; near one THEN the period", async () => {
    const cec = of("cec").at(-1)!;
    expect((await ask("I turned 30 in June and my CRS dropped to 470, what was the latest CEC cutoff?")).text).toContain(`#${cec.id}`);
    expect((await ask("highest CEC cutoff in June?")).text).toContain("June 1, 2026 to June 30, 2026");
  });
});
