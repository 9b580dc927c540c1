import { describe, expect, it } from "vitest";
import { CRS_MESSAGES } from "../../src/content/crs-messages.ts";
import { MESSAGES } from "../../src/content/messages.ts";
import { TOPICS } from "../../src/content/topics.ts";
import { RULES } from "../../src/core/crs/rules.ts";
import { LINK_TITLES, LINKS, OFFICIAL_HOSTS } from "../../src/core/links.ts";
import { normalise } from "../../src/core/qa/text.ts";

const LANGS = ["en", "fr"] as const;

describe("program knowledge (src/content/topics.ts)", () => {
  it("has unique ids and, per language, no keyword claimed by two topics", () => {
    const ids = TOPICS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of LANGS) {
      const owner = new Map<string, string>();
      for (const t of TOPICS)
        for (const k of t.keywords[lang]) {
          const key = normalise(k);
          if (owner.has(key)) expect(owner.get(key), `"${k}" is a keyword of ${owner.get(key)} and ${t.id}`).toBe(t.id);
          owner.set(key, t.id);
        }
    }
  });

  it("has every text in both languages, within the platforms' limits", () => {
    for (const t of TOPICS)
      for (const lang of LANGS) {
        expect(t.keywords[lang].length, `${t.id} ${lang} keywords`).toBeGreaterThan(0);
        expect(t.title[lang].length, `${t.id} ${lang} title`).toBeGreaterThan(0);
        expect(t.title[lang].length, `${t.id} ${lang} title fits an embed title`).toBeLessThanOrEqual(256);
        expect(t.short[lang].length, `${t.id} ${lang} short`).toBeGreaterThan(50);
        // The short answer fits an embed field (1024) and so one Telegram (4096) or Discord (2000) message.
        expect(t.short[lang].length, `${t.id} ${lang} short fits an embed field`).toBeLessThanOrEqual(1024);
        expect(t.long[lang].length, `${t.id} ${lang} long fits a Discord message`).toBeLessThanOrEqual(2000);
        expect(t.short.en).not.toBe(t.short.fr);
      }
  });

  it("links only official IRCC pages, and was reviewed on a real date", () => {
    for (const t of TOPICS) {
      expect(t.links.length, t.id).toBeGreaterThan(0);
      for (const id of t.links) expect(LINKS[id], `${t.id} links ${id}`).toBeDefined();
      expect(t.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(t.reviewed))).toBe(false);
    }
    for (const [id, page] of Object.entries(LINKS)) {
      for (const url of Object.values(page)) {
        const u = new URL(url);
        expect(u.protocol).toBe("https:");
        expect(OFFICIAL_HOSTS as readonly string[], `${id}: ${url}`).toContain(u.host);
      }
      expect(LINK_TITLES[id as keyof typeof LINKS].fr.length).toBeGreaterThan(0);
    }
  });

  it("quotes no figure that is not in the CRS rules or the documented facts", () => {
    const fromRules = new Set<number>();
    const collect = (v: unknown): void => {
      if (typeof v === "number") fromRules.add(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    RULES.forEach(collect);
    // Documented outside the grid: the 60 days after an ITA, FSW's 67-point pass mark, the 1,200 maximum,
    // the CLB/NCLC levels and test bands, and the example round #434/#262 facts (IRCC-FEED.md).
    // Process facts (topics-process.ts): a family member 18 or older gives police certificates; a dependent
    // child is under 22 (IRPR s.2).
    const documented = new Set([60, 67, 1200, 434, 470, 262, 401, 500, 501, 600, 601, 491, 300, 0, 8.0, 8.5, 14, 55, 49, 18, 22]);
    for (const t of TOPICS)
      for (const lang of LANGS)
        for (const text of [t.short[lang], t.long[lang]]) {
          const numbers = text.replace(/\b\d{4}-\d{2}-\d{2}\b|\b(19|20)\d\d\b|\d{1,2}:\d{2}:\d{2}/g, "").match(/\d+(?:[ ,.]\d+)*/g) ?? [];
          for (const raw of numbers) {
            const n = Number(raw.replace(/[ ,]/g, "").replace(/^(\d+)\.(\d)$/, "$1.$2"));
            if (n <= 12) continue; // levels, years of experience, steps
            expect(fromRules.has(n) || documented.has(n), `${t.id} (${lang}) quotes ${raw}: not in the rules or documented facts`).toBe(true);
          }
        }
  });
});

describe("command messages (src/content/*messages.ts)", () => {
  const sample = (fn: (...args: never[]) => unknown) => (fn as (...a: unknown[]) => unknown)(...Array.from({ length: fn.length }, (_, i) => (i % 2 ? 2 : "x")));
  const check = (en: Record<string, unknown>, fr: Record<string, unknown>, path: string) => {
    expect(Object.keys(fr).sort(), path).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      const other = fr[key];
      if (typeof value === "string") {
        expect(value.length, `${path}.${key} en`).toBeGreaterThan(0);
        expect((other as string).length, `${path}.${key} fr`).toBeGreaterThan(0);
      } else if (typeof value === "function") {
        expect(String(sample(value as never)).length, `${path}.${key} en`).toBeGreaterThan(0);
        expect(String(sample(other as never)).length, `${path}.${key} fr`).toBeGreaterThan(0);
      } else check(value as Record<string, unknown>, other as Record<string, unknown>, `${path}.${key}`);
    }
  };
  it("have every key in both languages, none empty", () => {
    check(MESSAGES.en, MESSAGES.fr, "messages");
    check(CRS_MESSAGES.en, CRS_MESSAGES.fr, "crs");
  });
});
