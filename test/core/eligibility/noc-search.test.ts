import { describe, expect, it } from "vitest";
import { NocSearch } from "../../../src/core/eligibility/noc-search.ts";
import { nocCommand } from "../../../src/core/commands/noc.ts";

const search = new NocSearch();
const codes = (q: string) => {
  const r = search.find(q);
  return r.kind === "code" ? [r.unit.code] : r.kind === "matches" ? r.units.map((u) => u.code) : [];
};

describe("GIVEN what a person types for an occupation", () => {
  it("THEN a 5-digit code is exact, a shorter code lists its groups", () => {
    expect(codes("21231")).toEqual(["21231"]);
    expect(codes("NOC 21231")).toEqual(["21231"]);
    expect(codes("99999")).toEqual([]);
    expect(codes("2123")).toEqual(["21230", "21231", "21232", "21233", "21234"]);
  });

  it("THEN titles match in English and French, with typos, plurals and accents", () => {
    expect(codes("registered nurse")).toEqual(["31301"]);
    expect(codes("web developer")).toEqual(["21234"]);
    expect(codes("développeur web")).toEqual(["21234"]);
    expect(codes("sofware enginer")).toContain("21231");
    expect(codes("infirmiere")[0]).toBe("31301");
    expect(codes("truck driver")).toEqual(["73300"]);
    expect(codes("xyzzy plugh")).toEqual([]);
  });

  it("THEN /noc gives the title in both languages, the TEER, its programs and its 2026 categories", () => {
    const nurse = nocCommand(search, "31102", "en");
    expect(nurse.title).toBe("NOC 31102: General practitioners and family physicians");
    const text = JSON.stringify(nurse.fields);
    expect(text).toContain("FSW, CEC");
    expect(text).toContain("Healthcare and social services occupations (12 months in 3 years)");
    expect(text).toContain("Physicians with Canadian work experience (12 months in 3 years, in Canada)");
    const cook = nocCommand(search, "63200", "fr");
    expect(cook.title).toBe("CNP 63200 : Cuisiniers/cuisinières");
    expect(JSON.stringify(cook.fields)).toContain("PTMSF (métier spécialisé)");
    expect(JSON.stringify(cook.fields)).toContain("aucune"); // cooks left the trades list in 2026
    const cashier = nocCommand(search, "65100", "en");
    expect(JSON.stringify(cashier.fields)).toContain("none: TEER 4 and 5 are not skilled work");
    expect(nocCommand(search, "  ", "en").error).toBe(true);
  });
});
