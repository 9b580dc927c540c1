import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calculate } from "../../src/core/crs/calculate.ts";
import { prng, randomProfile, single } from "../helpers/profiles.ts";
import { BIN, cliSandbox, runBin } from "../helpers/run-bin.ts";

let sandbox: ReturnType<typeof cliSandbox>;
beforeAll(() => void (sandbox = cliSandbox()));
afterAll(() => sandbox.cleanup());

describe("ee-bot crs --json with many profiles", () => {
  it("writes each result as it is scored: the first results come out before the input has ended", async () => {
    const child = spawn(process.execPath, [BIN, "crs", "--json"], { env: { PATH: process.env.PATH ?? "", ...sandbox.env, LOG_LEVEL: "warn" }, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const rand = prng(7);
    const profiles = Array.from({ length: 200 }, () => randomProfile(rand));
    child.stdin.write(`[${profiles.slice(0, 100).map((p) => JSON.stringify(p)).join(",")},`);
    // The input is still open: a command that reads everything first prints nothing yet.
    const until = Date.now() + 20_000;
    while (!out.includes('"total"') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain('"total"');
    child.stdin.end(`${profiles.slice(100).map((p) => JSON.stringify(p)).join(",")}]`);
    expect(await exited).toBe(0);
    const results = JSON.parse(out) as Array<{ total: number }>;
    expect(results.map((r) => r.total)).toEqual(profiles.map((p) => calculate(p).total));
  }, 60_000);

  it("5,000 profiles from a file: the same document as before, element for element, invalid ones in place", async () => {
    const rand = prng(11);
    const profiles: unknown[] = Array.from({ length: 5_000 }, (_, i) => (i % 500 === 499 ? { age: 12 } : randomProfile(rand)));
    const file = join(sandbox.dir, "many.json");
    writeFileSync(file, JSON.stringify(profiles, null, 1));
    const r = await runBin(["crs", "--json", file], sandbox.env, "", 120_000);
    expect(r.code).toBe(0);
    const expected = profiles.map((p) => (p as { age: number }).age === 12 ? undefined : calculate(p as ReturnType<typeof single>));
    expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout), null, 2) + "\n"); // the documented pretty-printed array
    const out = JSON.parse(r.stdout) as Array<{ total?: number; error?: string }>;
    expect(out).toHaveLength(5_000);
    out.forEach((o, i) => (expected[i] ? expect(o).toEqual(expected[i]) : expect(o.error).toMatch(/^age: must be 17 or more/)));
  }, 120_000);

  it("an array cut short: what was scored is printed as a valid array, and the error says where it broke", async () => {
    const r = await runBin(["crs", "--json"], sandbox.env, `[${JSON.stringify(single())}, ${JSON.stringify(single()).slice(0, 40)}`);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/not valid JSON.*after 1 profile/);
    const empty = await runBin(["crs", "--json"], sandbox.env, " [ ] ");
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual([]);
  }, 60_000);
});
