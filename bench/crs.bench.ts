import { calculate } from "../src/core/crs/calculate.ts";
import { validateProfile, type CrsProfile } from "../src/core/crs/profile.ts";
import { whatIfs } from "../src/core/crs/what-if.ts";
import { prng, randomProfile } from "../test/helpers/profiles.ts";
import { fmt, report } from "./harness.ts";
import { performance } from "node:perf_hooks";

/** Profiles scored per second on one core (target: above 200,000), against a bare loop over the same profiles. */
export function benchCrs(): void {
  const rand = prng(42);
  const profiles: CrsProfile[] = [];
  while (profiles.length < 10_000) {
    const check = validateProfile(randomProfile(rand));
    if (check.ok) profiles.push(check.profile);
  }
  const rate = (fn: (p: CrsProfile) => number, rounds: number) => {
    let sink = 0;
    for (const p of profiles) sink += fn(p); // warm-up
    const start = performance.now();
    for (let r = 0; r < rounds; r++) for (const p of profiles) sink += fn(p);
    const seconds = (performance.now() - start) / 1000;
    if (sink === -1) console.log(sink);
    return (rounds * profiles.length) / seconds;
  };
  const baseline = rate((p) => p.age + p.canadianWorkYears, 50);
  const scored = rate((p) => calculate(p).total, 20);
  const validated = rate((p) => (validateProfile(p).ok ? 1 : 0), 1);
  const withIdeas = rate((p) => whatIfs(p).length, 1);
  report("CRS calculator (10,000 generated profiles, one core)", [
    ["bare loop over the profiles (baseline)", `${fmt(baseline)} /s`],
    ["calculate()", `${fmt(scored)} profiles/s (target > 200,000)`],
    ["validateProfile() (zod)", `${fmt(validated)} profiles/s`],
    ["whatIfs() (re-scores ~15 variants each)", `${fmt(withIdeas)} profiles/s`],
  ]);
}
