import { describe, expect, it } from "vitest";
import { dayNumber, isoOfDay, yearsBefore } from "../../../src/core/eligibility/work-hours.ts";
import { clb } from "../../helpers/profiles.ts";
import { base, check, foreignJob, job } from "./builders.ts";

/** Work counting at its edges (ELIGIBILITY-PROFILE.md "How work is counted"). */

const plus = (iso: string, days: number) => isoOfDay(dayNumber(iso) + days);
/** A job of exactly `days` days starting on `from`. */
const days = (noc: string, from: string, n: number, hours = 30, more = {}) => job(noc, from, plus(from, n - 1), hours, more);

describe("GIVEN Canadian skilled work for CEC", () => {
  it("THEN 364 days at 30 h/week is exactly one year, 363 is not", () => {
    expect(check(base({ work: [days("21231", "2025-01-01", 364)] })).programs.cec.eligible).toBe(true);
    const short = check(base({ work: [days("21231", "2025-01-01", 363)] })).programs.cec;
    expect(short.eligible).toBe(false);
    expect(short.reasons[0]).toMatchObject({ id: "cec-work-short", weekHours: 363 * 30, needWeekHours: 10_920 });
  });

  it("THEN part-time counts by hours: 15 h/week needs 728 days", () => {
    expect(check(base({ work: [days("21231", "2024-01-01", 728, 15)] })).programs.cec.eligible).toBe(true);
    expect(check(base({ work: [days("21231", "2024-01-01", 727, 15)] })).programs.cec.eligible).toBe(false);
  });

  it("THEN hours over 30 a week never count, even across two jobs held together", () => {
    expect(check(base({ work: [days("21231", "2025-01-01", 363, 60)] })).programs.cec.eligible).toBe(false);
    const two = [days("21231", "2025-01-01", 363, 20), days("21232", "2025-01-01", 363, 20)];
    expect(check(base({ work: two })).programs.cec.eligible).toBe(false);
    const twoLong = [days("21231", "2025-01-01", 364, 20), days("21232", "2025-01-01", 364, 10)];
    expect(check(base({ work: twoLong })).programs.cec.eligible).toBe(true);
  });

  it("THEN the 3-year window includes its first day (asOf − 3 years) and nothing before", () => {
    expect(yearsBefore("2026-11-01", 3)).toBe("2023-11-01");
    expect(check(base({ work: [days("21231", "2023-11-01", 364)] })).programs.cec.eligible).toBe(true);
    expect(check(base({ work: [days("21231", "2023-10-31", 364)] })).programs.cec.eligible).toBe(false);
  });

  it("THEN an ongoing job counts up to asOf and never after it", () => {
    expect(check(base({ work: [job("21231", plus("2026-11-01", -363), null)] })).programs.cec.eligible).toBe(true);
    expect(check(base({ work: [job("21231", plus("2026-11-01", -362), "2027-12-31")] })).programs.cec.eligible).toBe(false);
  });

  it("THEN a 29 February asOf counts from 28 February", () => {
    expect(yearsBefore("2028-02-29", 3)).toBe("2025-02-28");
    const onEdge = check(base({ asOf: "2028-02-29", work: [days("21231", "2025-02-28", 364)] }));
    expect(onEdge.programs.cec.eligible).toBe(true);
    expect(check(base({ asOf: "2028-02-29", work: [days("21231", "2025-02-27", 364)] })).programs.cec.eligible).toBe(false);
  });

  it("THEN self-employment, full-time-student work and unauthorized work do not count", () => {
    for (const more of [{ selfEmployed: true }, { whileFullTimeStudent: true }, { authorized: false }]) {
      const r = check(base({ work: [days("21231", "2025-01-01", 400, 30, more)] })).programs.cec;
      expect(r.eligible, JSON.stringify(more)).toBe(false);
      expect(r.reasons[0]).toMatchObject({ id: "cec-work-none", excludedWeekHours: 400 * 30 });
    }
  });

  it("THEN TEER 3 counts and TEER 4 does not", () => {
    expect(check(base({ firstLanguage: clb(7), work: [days("63200", "2025-01-01", 364)] })).programs.cec.eligible).toBe(true);
    expect(check(base({ firstLanguage: clb(7), work: [days("64100", "2025-01-01", 364)] })).programs.cec.eligible).toBe(false);
  });

  it("THEN foreign work does not count for CEC, and the work need not be continuous nor in one NOC", () => {
    expect(check(base({ work: [{ ...days("21231", "2025-01-01", 364), country: "foreign" }] })).programs.cec.eligible).toBe(false);
    const split = [days("21231", "2024-01-01", 182), days("21232", "2025-01-01", 182)];
    expect(check(base({ work: split })).programs.cec.eligible).toBe(true);
  });
});

describe("GIVEN skilled work for the FSW minimum", () => {
  it("THEN one year must be continuous in one occupation", () => {
    const gap = [foreignJob("21231", "2024-01-01", "2024-07-01"), foreignJob("21231", "2024-07-03", "2025-01-05")];
    const r = check(base({ work: gap })).programs.fsw;
    expect(r.reasons.map((x) => x.id)).toContain("fsw-work-short");
    expect(r.breakdown.experience).toBe(9); // points count all of it
    const noGap = [foreignJob("21231", "2024-01-01", "2024-07-01"), foreignJob("21231", "2024-07-02", "2024-12-29")];
    expect(check(base({ work: noGap })).programs.fsw.eligible).toBe(true);
    const twoNocs = [foreignJob("21231", "2024-01-01", "2024-07-01"), foreignJob("21232", "2024-07-02", "2024-12-29")];
    expect(check(base({ work: twoNocs })).programs.fsw.reasons.map((x) => x.id)).toContain("fsw-work-short");
  });

  it("THEN the 10-year window starts on asOf − 10 years", () => {
    expect(check(base({ work: [foreignJob("21231", "2016-11-01", "2017-10-30")] })).programs.fsw.eligible).toBe(true);
    expect(check(base({ work: [foreignJob("21231", "2016-10-31", "2017-10-29")] })).programs.fsw.eligible).toBe(false);
  });

  it("THEN self-employed and student work count, unauthorized Canadian work does not", () => {
    expect(check(base({ work: [foreignJob("21231", "2024-01-01", "2024-12-29", 30, { selfEmployed: true })] })).programs.fsw.eligible).toBe(true);
    expect(check(base({ work: [job("21231", "2024-01-01", "2024-12-29", 30, { whileFullTimeStudent: true })] })).programs.fsw.eligible).toBe(true);
    expect(check(base({ work: [job("21231", "2024-01-01", "2024-12-29", 30, { authorized: false })] })).programs.fsw.eligible).toBe(false);
  });

  it("THEN experience points are whole years of all skilled work: 1 → 9, 2–3 → 11, 4–5 → 13, 6+ → 15", () => {
    const years = (n: number) => check(base({ work: [foreignJob("21231", "2016-11-01", plus("2016-11-01", n * 364 - 1))] })).programs.fsw.breakdown.experience;
    expect([1, 2, 3, 4, 5, 6].map(years)).toEqual([9, 11, 11, 13, 13, 15]);
    expect(check(base({ work: [foreignJob("21231", "2016-11-01", plus("2016-11-01", 727))] })).programs.fsw.breakdown.experience).toBe(11);
    expect(check(base({ work: [foreignJob("21231", "2016-11-01", plus("2016-11-01", 726))] })).programs.fsw.breakdown.experience).toBe(9);
  });
});
