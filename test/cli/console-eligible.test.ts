import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox, runCliInProcess } from "../helpers/run-bin.ts";

let env: Record<string, string>;
let cleanup: () => void;
beforeAll(() => ({ env, cleanup } = cliSandbox()));
afterAll(() => cleanup());

describe("the console's /eligible and /noc", () => {
  it("reuses the /crs answers of the session, asks the work step by step, and answers", async () => {
    const crs = ["/crs", "29", "1", "7", "6", "9 9 9 9", "1", "0", "3", "no", "no", "none", "no"];
    const eligible = ["/eligible", "2", "software engineer", "1", "2", "2018-01", "now", "40", "1", "2", "2", "2", "20000", "1", "2", "2"];
    const r = await runCliInProcess(["start"], env, [...crs, ...eligible, "/noc 72600", "/eligible", "cancel"].join("\n") + "\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Using the profile of your last /crs");
    expect(r.stdout).toContain("Federal Skilled Worker (FSW) — ✅ eligible");
    expect(r.stdout).toMatch(/Selection grid: \d+ points \(pass mark 67\)/);
    expect(r.stdout).toContain("Canadian Experience Class (CEC) — ❌ not eligible");
    expect(r.stdout).toContain("NOC 72600: Air pilots, flight engineers and flying instructors");
    expect(r.stdout).toContain("Cancelled.");
  });
});
