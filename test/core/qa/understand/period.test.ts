import { describe, expect, it } from "vitest";
import { normalise } from "../../../../src/core/qa/text.ts";
import { extractDayRange, extractPeriod, extractPeriods, resolvePeriod } from "../../../../src/core/qa/understand/period.ts";

const period = (q: string) => extractPeriod(normalise(q).replace(/'/g, " ")).period;
const resolved = (q: string, asOf = "2026-08-07") => resolvePeriod(period(q)!, asOf);

describe("period extraction (EN and FR)", () => {
  it("GIVEN a year THEN the whole year", () => {
    expect(resolved("healthcare draw cutoff 2025")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(resolved("score minimum pour le tirage francophone en 2024")).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });

  it("GIVEN 'since' THEN open-ended from January 1", () => {
    expect(resolved("how many itas since 2015 in total")).toEqual({ from: "2015-01-01" });
    expect(resolved("combien de tirages depuis 2023")).toEqual({ from: "2023-01-01" });
  });

  it("GIVEN 'record' THEN the whole history, and the word stays for the record intent", () => {
    const q = "record number of itas in one round";
    expect(extractPeriod(q)).toEqual({ period: { kind: "all", text: "record" }, rest: q });
  });

  it("GIVEN a month with a year after 'since', or two months THEN from the first of one to the end of the other", () => {
    expect(resolved("cec draws since may 2025")).toEqual({ from: "2025-05-01" });
    expect(resolved("how many draws from march to june 2025")).toEqual({ from: "2025-03-01", to: "2025-06-30" });
    expect(resolved("de mars à juin 2025 combien de tirages")).toEqual({ from: "2025-03-01", to: "2025-06-30" });
  });

  it("GIVEN a range THEN both ends", () => {
    expect(resolved("draws between 2020 and 2022")).toEqual({ from: "2020-01-01", to: "2022-12-31" });
    expect(resolved("tirages de 2019 à 2021")).toEqual({ from: "2019-01-01", to: "2021-12-31" });
  });

  it("GIVEN 'last N months/weeks' THEN counted back from the date the data covers, not from today", () => {
    expect(resolved("cec draws last 6 months")).toEqual({ from: "2026-02-08", to: "2026-08-07" });
    expect(resolved("les 3 derniers mois", "2026-08-07").from).toBe("2026-05-08");
    expect(resolved("in the past year").from).toBe("2025-08-08");
    expect(resolved("past two weeks").from).toBe("2026-07-24");
  });

  it("GIVEN 'this month' / 'last month' THEN calendar months; 'the past month' stays a rolling month", () => {
    expect(resolved("rounds so far this month", "2026-08-20")).toEqual({ from: "2026-08-01", to: "2026-08-20" });
    expect(resolved("combien de rondes le mois dernier", "2026-08-20")).toEqual({ from: "2026-07-01", to: "2026-07-31" });
    expect(resolved("any round during the previous month?", "2026-03-10")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(resolved("over the past month", "2026-08-20")).toEqual({ from: "2026-07-21", to: "2026-08-20" });
  });

  it("GIVEN 'this year' / 'last year' THEN the year of the data / the one before", () => {
    expect(resolved("highest cutoff this year")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(resolved("plus petit tirage l'an dernier")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("GIVEN 'ever' THEN all rounds; GIVEN an explicit year and 'this year' THEN the explicit year wins", () => {
    expect(period("lowest cutoff ever")!.kind).toBe("all");
    expect(period("le plus gros tirage de l'histoire")!.kind).toBe("all");
    expect(period("le plus bas de tout les temps")!.kind).toBe("all");
    expect(period("toujours pas de tirage PEC ?")).toBeUndefined(); // "still", not "ever"
    expect(period("how many rounds since EE launched in 2015")!.kind).toBe("all");
    expect(period("combien d'invitations depuis la création d'Entrée express en 2015")!.kind).toBe("all");
    expect(resolved("on m'a dit que c'était dur cette année, combien de tirages PEC en 2025 ?")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("GIVEN no period THEN none, and the text is unchanged", () => {
    expect(extractPeriod("last cec draw")).toEqual({ rest: "last cec draw" });
  });

  it("blanks the period out so 'last 6 months' is not read as 'the last round'", () => {
    expect(extractPeriod("cec draws last 6 months").rest).toBe("cec draws");
  });

  it("GIVEN two periods set side by side THEN both, in the order named; GIVEN a range THEN one period", () => {
    const two = extractPeriods("cec invitations this year versus last year");
    expect([two.period?.yearsBack, two.period2?.yearsBack]).toEqual([0, 1]);
    expect(extractPeriods("tirages PEC en 2024 par rapport à 2023")).toMatchObject({ period: { from: "2024-01-01" }, period2: { from: "2023-01-01" } });
    expect(extractPeriods("draws between 2022 and 2024").period2).toBeUndefined();
    expect(extractPeriods("lowest cutoff in 2025").period2).toBeUndefined();
  });

  it("GIVEN a range of days with a year at one end THEN those days; without a year THEN none", () => {
    const range = (q: string) => extractDayRange(normalise(q).replace(/'/g, " "))?.period;
    expect(range("rounds from March 3 to March 17, 2026")).toMatchObject({ from: "2026-03-03", to: "2026-03-17" });
    expect(range("tirages entre le 3 et le 20 mars 2026")).toMatchObject({ from: "2026-03-03", to: "2026-03-20" });
    expect(range("between june 28 2026 and july 2 2026")).toMatchObject({ from: "2026-06-28", to: "2026-07-02" });
    expect(range("between june 28 and july 2")).toBeUndefined();
  });

  it("GIVEN 'from MONTH YEAR to now' THEN since that month", () => {
    expect(resolved("cec rounds from april 2026 until today")).toEqual({ from: "2026-04-01" });
  });

  it("GIVEN 'since' and a clause before a month or a year THEN since then", () => {
    expect(resolved("since we arrived in Canada in June 2025 how many french rounds")).toEqual({ from: "2025-06-01" });
    expect(resolved("depuis que j'ai créé mon profil en 2024, combien de tirages ?")).toEqual({ from: "2024-01-01" });
    expect(period("days since the last draw in 2024")?.kind).toBe("year"); // not the person's clause: the year of that draw
  });

  it("GIVEN a half or a quarter of a year THEN those months", () => {
    expect(resolved("rounds in the second half of 2025")).toEqual({ from: "2025-07-01", to: "2025-12-31" });
    expect(resolved("tirages du premier trimestre 2026")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(resolved("Q4 2024 cutoffs")).toEqual({ from: "2024-10-01", to: "2024-12-31" });
  });
});
