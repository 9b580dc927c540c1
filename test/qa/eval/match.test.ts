import { describe, expect, it } from "vitest";
import { hasFact } from "./match.ts";

describe("the eval's tolerant fact matcher", () => {
  it.each([
    ["Invitations: 3 000", "3,000"], ["113 998 invitations", "113,998"], ["113\u202f998", "113998"], ["nº 434", "#434"], ["n° 434", "#434"],
    ["Date: 5 août 2026", "2026-08-05"], ["August 5, 2026", "2026-08-05"], ["Aug 5, 2026", "2026-08-05"], ["le 1er août 2026", "2026-08-01"],
    ["NCLC 7 en lecture", "CLB 7"], ["CLB/NCLC 9", "CLB 9"], ["moyenne 478,3", "478.3"], ["1,200 points", "1 200"], ["Pas sûr", "pas sûr"],
  ])("%j states %j", (text, fact) => expect(hasFact(text, fact)).toBe(true));

  it.each([
    ["#4345", "#434"], ["434.5", "434"], ["2434", "434"], ["August 15, 2026", "2026-08-05"], ["CLB 70", "CLB 7"], ["July 5, 2026", "2026-08-05"], ["18 points", "8 point"],
  ])("%j does not state %j", (text, fact) => expect(hasFact(text, fact)).toBe(false));

  it("accepts any one of several wordings", () => {
    expect(hasFact("IRCC follows no fixed schedule", { any: ["no set schedule", "no fixed schedule"] })).toBe(true);
    expect(hasFact("next Wednesday", { any: ["no set schedule", "no fixed schedule"] })).toBe(false);
  });
});

describe("facts stated close together", () => {
  const fact = { near: [{ any: ["8", "8.0"] }, "CLB 10"] as [{ any: string[] }, string] };
  it("matches a score next to its level, in either order", () => {
    expect(hasFact("reading 8.0 → CLB 10", fact)).toBe(true);
    expect(hasFact("CLB 10 (lecture 8,0)", fact)).toBe(true);
  });
  it("does not match the two far apart, or the level alone", () => {
    expect(hasFact(`reading 8.0 gives${" a lot".repeat(30)} and CLB 10 is the top`, fact)).toBe(false);
    expect(hasFact("IELTS 8.5 is CLB 10", fact)).toBe(false);
  });
});
