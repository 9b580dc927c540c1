import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clb, single } from "../helpers/profiles.ts";
import { cliSandbox, runBin } from "../helpers/run-bin.ts";

let dir: string;
let env: Record<string, string>;
let cleanup: () => void;
beforeAll(() => ({ dir, env, cleanup } = cliSandbox()));
afterAll(() => cleanup());

const example1 = single({ education: "masters", firstLanguage: clb(9), foreignWorkYears: 3 });

describe("ee-bot crs", () => {
  it("--json scores one profile from stdin in the documented format", async () => {
    const r = await runBin(["crs", "--json"], env, JSON.stringify(example1));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 469, breakdown: { core: { total: 369 }, transferability: { total: 100 } }, rules: "2025-03-25" });
  });

  it("--json with an array: invalid elements get { error } in place, the others are scored", async () => {
    const r = await runBin(["crs", "--json"], env, JSON.stringify([example1, { age: 12 }, single({ provincialNomination: true })]));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0].total).toBe(469);
    expect(out[1].error).toMatch(/^age: must be 17 or more/);
    expect(out[1].error).toMatch(/maritalStatus: is required/);
    expect(out[2].total).toBe(calcPnP());
  });

  it("--json with one invalid profile exits non-zero with the field messages", async () => {
    const r = await runBin(["crs", "--json"], env, JSON.stringify({ ...example1, age: 12, firstLanguage: { test: "ielts", scores: { listening: 9.5, reading: 7, writing: 7, speaking: 7 } } }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("age: must be 17 or more");
    expect(r.stderr).toContain("firstLanguage.scores.listening: IELTS bands go from 0 to 9 in steps of 0.5 (got 9.5)");
  });

  it("GIVEN input that is not JSON THEN says so", async () => {
    const r = await runBin(["crs", "--json"], env, "{ age: 30");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it("FILE prints the explanation, the what-ifs and recent rounds for people", async () => {
    const file = join(dir, "me.json");
    writeFileSync(file, JSON.stringify(example1));
    const r = await runBin(["crs", file], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Your CRS score: 469");
    expect(r.stdout).toContain("Age: 110 of 110");
    expect(r.stdout).toContain("What would raise your score most");
    expect(r.stdout).toContain("A provincial nomination: +600 → 1069");
    expect(r.stdout).toContain("Against recent rounds");
    expect(r.stdout).toContain("crs-criteria.html");
    const fr = await runBin(["crs", file, "--lang", "fr"], env);
    expect(fr.stdout).toContain("Votre note SCG : 469");
  });

  it("GIVEN a missing file or no argument THEN a clear message", async () => {
    const r = await runBin(["crs", join(dir, "nope.json")], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*nope.json: no such file/);
    const u = await runBin(["crs"], env);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/crs needs a profile file/);
  });
});

function calcPnP(): number {
  // Example 7 of CRS-RULES.md (single, 25–29, bachelor's, CLB 9) is 379; a nomination adds 600.
  return 379 + 600;
}
