import { describe, expect, it } from "vitest";
import { ELIGIBILITY_MESSAGES } from "../../src/content/eligibility/messages.ts";
import { REASONS } from "../../src/content/eligibility/reason-messages.ts";
import { SOURCES } from "../../src/content/eligibility/sources.ts";
import { ELIGIBILITY_WIZARD_MESSAGES } from "../../src/content/eligibility/wizard-messages.ts";
import { ITA_MESSAGES } from "../../src/content/ita.ts";

describe("eligibility and ITA content", () => {
  it("cites every source with an https address and a date or an explicit null", () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(new URL(s.url).protocol, id).toBe("https:");
      if (s.official) expect(s.url, id).toMatch(/^https:\/\/(www\.canada\.ca|ircc\.canada\.ca)\//);
      expect(s.date === null || /^\d{4}-\d{2}-\d{2}$/.test(s.date), id).toBe(true);
    }
  });

  it("has every string in both languages, different, and the checklist fits an embed field", () => {
    for (const set of [ELIGIBILITY_MESSAGES, ELIGIBILITY_WIZARD_MESSAGES, ITA_MESSAGES, REASONS]) {
      expect(Object.keys(set.fr).sort()).toEqual(Object.keys(set.en).sort());
      for (const key of Object.keys(set.en)) {
        const en = (set.en as Record<string, unknown>)[key];
        const fr = (set.fr as Record<string, unknown>)[key];
        if (typeof en === "string" && en.length > 12) expect(fr, key).not.toBe(en);
      }
    }
    for (const lang of ["en", "fr"] as const) {
      const value = ITA_MESSAGES[lang].checklist.map((c) => `• ${c}`).join("\n");
      expect(value.length).toBeLessThanOrEqual(1024);
    }
  });
});
