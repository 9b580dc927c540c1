import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox, runBin } from "../helpers/run-bin.ts";
import { base, foreignJob, job } from "../core/eligibility/builders.ts";

let dir: string;
let env: Record<string, string>;
let cleanup: () => void;
beforeAll(() => ({ dir, env, cleanup } = cliSandbox()));
afterAll(() => cleanup());

const nurse = base({ work: [job("31301", "2024-01-01", null, 40)], asOf: "2026-08-01" });

describe("ee-bot eligible", () => {
  it("--json answers one profile from stdin in the documented format", async () => {
    const r = await runBin(["eligible", "--json"], env, JSON.stringify(nurse));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ asOf: "2026-08-01", programs: { fsw: { eligible: true, passMark: 67 }, cec: { eligible: true, reasons: [] } }, rules: "2026-02-18" });
    expect(out.categories.find((c: { key: string }) => c.key === "healthcare-social-services").eligible).toBe(true);
  });

  it("--json with an array: an invalid element gets { error, fields } in its place, exit 0", async () => {
    const r = await runBin(["eligible", "--json"], env, JSON.stringify([nurse, { ...nurse, work: [{ noc: "123" }] }]));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out[0].programs.cec.eligible).toBe(true);
    expect(out[1].fields.map((f: { field: string }) => f.field)).toEqual(["work.0.noc", "work.0.country", "work.0.from", "work.0.hoursPerWeek"]);
    expect(out[1].error).toMatch(/^work\.0\.noc: must be a 5-digit NOC/);
  });

  it("GIVEN one invalid profile, or no JSON, or no file THEN a clear message and exit 2, never a stack trace", async () => {
    const bad = await runBin(["eligible", "--json"], env, JSON.stringify({ ...nurse, work: [foreignJob("21231", "2025-05-01", "2025-04-01")] }));
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toContain("work.0.to: must be on or after");
    const notJson = await runBin(["eligible", "--json"], env, "{ age: 30");
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    const missing = await runBin(["eligible", join(dir, "nope.json")], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    for (const r of [bad, notJson, missing]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("FILE explains it for people, in English or French", async () => {
    const file = join(dir, "me.json");
    writeFileSync(file, JSON.stringify({ ...nurse, settlementFundsCAD: 1000 }));
    const r = await runBin(["eligible", file], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Federal Skilled Worker (FSW) — ❌ not eligible");
    expect(r.stdout).toContain("proof of funds: 1,000 CAD is less than 15,263 CAD");
    expect(r.stdout).toContain("Canadian Experience Class (CEC) — ✅ eligible");
    expect(r.stdout).toMatch(/Healthcare and social services occupations: \d+ \(round #\d+/);
    const fr = await runBin(["eligible", file, "--lang", "fr"], env);
    expect(fr.stdout).toContain("Travailleurs qualifiés (fédéral) (PTQF) — ❌ non admissible");
    expect(fr.stdout).toContain("preuve de fonds : 1 000 $ CA, c’est moins que 15 263 $ CA");
  });
});

describe("ee-bot noc", () => {
  it("finds a unit group by code or by title in English or French", async () => {
    const code = await runBin(["noc", "72600"], env);
    expect(code.stdout).toContain("NOC 72600: Air pilots, flight engineers and flying instructors");
    expect(code.stdout).toContain("Transport occupations (12 months in 3 years)");
    const title = await runBin(["noc", "web", "developer"], env);
    expect(title.stdout).toContain("NOC 21234: Web developers and programmers");
    const fr = await runBin(["noc", "infirmière", "--lang", "fr"], env);
    expect(fr.stdout).toContain("31301 — Infirmiers autorisés");
    const none = await runBin(["noc", "99999"], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("No NOC 2021 unit group matches");
  });
});
