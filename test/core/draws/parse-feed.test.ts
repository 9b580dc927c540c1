import { describe, expect, it } from "vitest";
import { categorize } from "../../../src/core/draws/categories.ts";
import { FeedError, parseFeedJson, parseFeedText } from "../../../src/core/draws/parse-feed.ts";
import { feedOf, raw2024Text, snapshotRaw, snapshotRounds } from "../../helpers/fixtures.ts";

describe("GIVEN the shipped snapshot (IRCC feed as of 2026-08-07)", () => {
  const rounds = snapshotRounds();
  const byId = (id: string) => rounds.find((r) => r.id === id)!;

  it("THEN every one of its 435 rounds parses, #1 to #434, with 1,030,671 invitations", () => {
    const { rejected } = parseFeedText(raw2024Text());
    expect(rejected).toEqual([]);
    expect(rounds).toHaveLength(435);
    expect(rounds[0]).toMatchObject({ id: "1", date: "2015-01-31" });
    expect(rounds.at(-1)!.id).toBe("434");
    expect(rounds.reduce((sum, r) => sum + r.size, 0)).toBe(1_030_671);
  });

  it("THEN #434 has its date, category, size, cutoff, tie-break, pool and official link", () => {
    const r = byId("434");
    expect(r).toMatchObject({ date: "2026-08-07", size: 300, crs: 470 });
    expect(r.category).toEqual({ key: "transport", label: "Transport Occupations, 2026-Version 2", known: true });
    expect(r.tieBreak).toEqual({ raw: "October 11, 2025 at 14:55:49 UTC", iso: "2025-10-11T14:55:49Z" });
    expect(r.runAt.iso).toBe("2026-08-07T10:08:20Z");
    expect(r.pool!.total).toBe(229_100);
    expect(r.pool!.asOf).toBe("2026-08-03");
    expect(r.url).toBe("https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=434");
  });

  it("THEN #291 and #176 carry their published figures", () => {
    expect(byId("291")).toMatchObject({ date: "2024-03-26", size: 1500, crs: 388, category: { key: "french" } });
    expect(byId("176")).toMatchObject({ size: 27_332, crs: 75 });
    expect(Math.max(...rounds.map((r) => r.size))).toBe(27_332);
    expect(Math.min(...rounds.map((r) => r.crs))).toBe(75);
  });

  it("THEN ids like 91a/91b are kept and ordered", () => {
    const ids = rounds.map((r) => r.id);
    expect(ids.indexOf("91a")).toBeLessThan(ids.indexOf("91b"));
    expect(byId("91a").number).toBe(91);
    expect(byId("91b").date).toBe("2018-05-30");
  });

  it("THEN the tie-break is kept apart from the time the round was run, and is absent before #77", () => {
    expect(byId("76").tieBreak).toBeNull();
    expect(byId("77").tieBreak).not.toBeNull();
    const r = byId("262");
    expect(r.tieBreak!.iso).toBe("2023-07-04T19:36:18Z");
    expect(r.runAt.iso!.slice(0, 10)).toBe("2023-08-15");
  });

  it("THEN drawDate is trusted over the date inside drawDateTime (11 rounds differ, e.g. #357)", () => {
    const differ = rounds.filter((r) => r.runAt.iso && r.runAt.iso.slice(0, 10) !== r.date);
    expect(differ).toHaveLength(11);
    expect(byId("357").date).toBe("2025-07-22");
  });

  it("THEN pool subtotals are not double-counted and all-zero distributions mean 'not published'", () => {
    const pool = byId("434").pool!;
    expect(pool.bands).toHaveLength(15);
    expect(pool.bands.reduce((s, b) => s + b.count, 0)).toBe(pool.total);
    const raw = snapshotRaw().find((r) => r.drawNumber === "434")!;
    const n = (k: string) => Number(raw[k]!.replace(/,/g, ""));
    // dd3 (451–500) is the sum of dd4–dd8; our five bands in that range equal it.
    expect(pool.bands.filter((b) => b.min >= 451 && b.max <= 500).reduce((s, b) => s + b.count, 0)).toBe(n("dd3"));
    expect(pool.bands.filter((b) => b.min >= 401 && b.max <= 450).reduce((s, b) => s + b.count, 0)).toBe(n("dd9"));
    expect(rounds.filter((r) => r.pool === null)).toHaveLength(218);
    expect(byId("213").pool).toBeNull();
    expect(pool.consistent).toBe(true);
    expect(byId("247").pool!.consistent).toBe(false);
  });

  it("THEN every category name from 2015 to 2026 maps to its key", () => {
    const keys = Object.fromEntries(rounds.map((r) => [r.category.label, r.category.key]));
    expect(keys).toEqual({
      "No Program Specified": "general", General: "general", "Provincial Nominee Program": "pnp",
      "Canadian Experience Class": "cec", "Federal Skilled Trades": "fst", "Federal Skilled Worker": "fsw",
      "French language proficiency (Version 1)": "french", "Healthcare occupations (Version 1)": "healthcare",
      "STEM occupations (Version 1)": "stem", "Trade occupations (Version 1)": "trades",
      "Transport occupations (Version 1)": "transport", "Agriculture and agri-food occupations (Version 1)": "agriculture",
      "Education occupations (Version 1)": "education", "Healthcare and social services occupations (Version 2)": "healthcare",
      "Trade occupations (Version 2)": "trades", "French-Language proficiency 2026-Version 2": "french",
      "Healthcare and Social Services Occupations, 2026-Version 3": "healthcare",
      "Physicians with Canadian Work Experience, 2026-Version 1": "physicians",
      "Senior managers with Canadian Work Experience, 2026-Version 1": "senior-managers",
      "Skilled Military Recruits, 2026-Version 1": "military", "Trades Occupations, 2026-Version 3": "trades",
      "Transport Occupations, 2026-Version 2": "transport",
    });
  });
});

describe("GIVEN the raw 2024 snapshot (CRLF, the names of that time)", () => {
  it("THEN its 292 rounds parse and the renamed categories map to the same keys", () => {
    const { rounds, rejected } = parseFeedText(raw2024Text());
    expect(rejected).toEqual([]);
    expect(rounds).toHaveLength(292);
    const label = (id: string) => rounds.find((r) => r.id === id)!.category;
    expect(label("291")).toMatchObject({ key: "french", label: "French language proficiency (2024-1)" });
    const keys = new Set(rounds.filter((r) => /\(20\d\d-1\)/.test(r.category.label)).map((r) => r.category.key));
    expect(keys).toEqual(new Set(["french", "healthcare", "stem", "trades", "transport", "agriculture"]));
    // At the time #262's tie-break read August 1 (IRCC later edited it).
    expect(rounds.find((r) => r.id === "262")!.tieBreak!.raw).toBe("August 01, 2023 at 12:59:52 UTC");
  });
});

describe("categorize", () => {
  it("GIVEN a name IRCC has not used yet THEN still works, shown as IRCC wrote it", () => {
    expect(categorize("Construction Occupations, 2027-Version 1")).toEqual({ key: "construction-occupations", label: "Construction Occupations, 2027-Version 1", known: false });
    expect(categorize("Agriculture and agri-food occupations (2023-1)").key).toBe("agriculture");
    expect(categorize("  healthcare   OCCUPATIONS (Version 9) ").key).toBe("healthcare");
  });
});

describe("GIVEN a broken feed", () => {
  const good = snapshotRaw().slice(0, 3);
  it("THEN an HTML page, truncated JSON, a non-feed or an empty rounds list is refused with the reason", () => {
    expect(() => parseFeedText("<!DOCTYPE html><html>Maintenance</html>")).toThrow(/HTML page/);
    expect(() => parseFeedText(feedOf(good).slice(0, 500))).toThrow(FeedError);
    expect(() => parseFeedText(feedOf(good).slice(0, 500))).toThrow(/not valid JSON/);
    expect(() => parseFeedText('{"classes":"wb-tables"}')).toThrow(/not a rounds feed/);
    expect(() => parseFeedText('{"rounds":[]}')).toThrow(/no rounds/);
    expect(() => parseFeedText("")).toThrow(/empty/);
  });
  it("THEN a round missing a field, or with a bad value, is set aside and the others kept", () => {
    const { drawCRS: _omit, ...noCrs } = good[0]!;
    const badSize = { ...good[1]!, drawSize: "lots" };
    const { rounds, rejected } = parseFeedJson(JSON.parse(feedOf([noCrs, badSize, good[2]!])));
    expect(rounds.map((r) => r.id)).toEqual([good[2]!.drawNumber]);
    expect(rejected).toEqual([
      { index: 0, id: "434", reason: "drawCRS: missing" },
      { index: 1, id: "433", reason: 'drawSize "lots" is not a number' },
    ]);
  });
  it("THEN a feed whose rounds are all unreadable is refused", () => {
    expect(() => parseFeedJson({ rounds: [{ drawNumber: "1" }, 42] })).toThrow(/no round could be read/);
  });
});
