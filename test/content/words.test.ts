import { describe, expect, it } from "vitest";
import { CHAT_BUTTON_KEYS, CHAT_WORDS } from "../../src/content/chat-words.ts";
import { COMMAND_WORDS, CRS_CHOICE_WORDS, CRS_OPTION_WORDS, HELP_WORDS, OPTION_WORDS, USAGE_WORDS, type Words } from "../../src/content/commands.ts";
import { WIZARD_BUTTON_KEYS, WIZARD_WORDS } from "../../src/content/wizard-words.ts";
import { CATALOGUE } from "../../src/core/commands/catalogue.ts";

/** Every short user-facing string in src/content: in both languages, non-empty, within the platforms' limits. */

type Table = Record<string, unknown>;
/** A string, or what a message function gives for sample arguments (long ones, to test the limits). */
const sample = (v: unknown): string => (typeof v === "function" ? String((v as (...a: unknown[]) => unknown)(...Array.from({ length: v.length }, () => "x".repeat(40)))) : String(v));

function checkPair(name: string, en: Table, fr: Table, max: number): void {
  expect(Object.keys(fr).sort(), `${name}: French has the English keys`).toEqual(Object.keys(en).sort());
  for (const [key, value] of Object.entries(en))
    for (const [lang, text] of [["en", sample(value)], ["fr", sample(fr[key])]] as const) {
      expect(text.trim().length, `${name}.${key} (${lang}) is empty`).toBeGreaterThan(0);
      expect(text.length, `${name}.${key} (${lang}) fits a message`).toBeLessThanOrEqual(max);
    }
}

describe("words of the commands, the wizard and the chat platforms", () => {
  it("GIVEN every table THEN each key exists in English and French, is non-empty and fits Discord's 2,000 (so Telegram's 4,096)", () => {
    checkPair("WIZARD_WORDS", WIZARD_WORDS.en, WIZARD_WORDS.fr, 2000);
    checkPair("CHAT_WORDS", CHAT_WORDS.en, CHAT_WORDS.fr, 2000);
    checkPair("HELP_WORDS", HELP_WORDS.en, HELP_WORDS.fr, 2000);
    checkPair("USAGE_WORDS", USAGE_WORDS.en, USAGE_WORDS.fr, 2000);
  });

  it("GIVEN button labels THEN they are short enough for a button (Discord allows 80; we keep 40)", () => {
    for (const lang of ["en", "fr"] as const) {
      for (const key of WIZARD_BUTTON_KEYS) expect(sample(WIZARD_WORDS[lang][key]).length, `${key} ${lang}`).toBeLessThanOrEqual(40);
      for (const key of CHAT_BUTTON_KEYS) expect(sample(CHAT_WORDS[lang][key]).length, `${key} ${lang}`).toBeLessThanOrEqual(40);
    }
  });

  it("GIVEN command and option words THEN they fit Discord (names 1–32 lowercase, descriptions ≤ 100) and Telegram (≤ 256)", () => {
    const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
    const words = (w: Words) => {
      for (const text of [w.en, w.fr]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text.length, text).toBeLessThanOrEqual(100);
      }
    };
    for (const c of Object.values(COMMAND_WORDS)) {
      expect(c.frName).toMatch(NAME);
      words(c.description);
      if ("args" in c) words(c.args);
    }
    for (const o of [...Object.values(OPTION_WORDS), ...Object.values(CRS_OPTION_WORDS)]) {
      expect(o.frName).toMatch(NAME);
      words(o.description);
    }
    for (const choice of Object.values(CRS_CHOICE_WORDS)) words(choice);
  });

  it("GIVEN the catalogue THEN every command's words come from COMMAND_WORDS, and every entry there is used", () => {
    expect(CATALOGUE.map((c) => c.name).sort()).toEqual(Object.keys(COMMAND_WORDS).sort());
    for (const c of CATALOGUE) expect(c.words).toBe(COMMAND_WORDS[c.name as keyof typeof COMMAND_WORDS]);
  });
});
