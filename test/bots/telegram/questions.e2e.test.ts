import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { record, sliceRounds, totals } from "../../../src/core/draws/slices.ts";
import { CURRENT_RULES } from "../../../src/core/crs/rules.ts";
import { formatNumber } from "../../../src/core/format.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";

/** Free-text questions through the real grammY bot against the fake Bot API: answers in valid HTML, within 4096 characters. */

let h: TelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness();
});
afterAll(async () => h.close());

async function ask(text: string, user: number, language_code?: string) {
  const since = h.fake.calls.length;
  h.fake.push(tg.message(text, { from: tg.user(user, language_code ? { language_code } : {}) }));
  const m = await h.fake.nextMessage(user, since);
  const html = m.text as string;
  expect(html.length).toBeLessThanOrEqual(4096);
  // Valid HTML as Telegram parses it: only its tags, every one closed.
  const tags = [...html.matchAll(/<\/?([a-z]+)[^>]*>/g)].map((t) => t[1]);
  expect(tags.every((t) => ["b", "i", "a", "code", "pre", "u", "s", "blockquote"].includes(t!))).toBe(true);
  for (const t of new Set(tags)) expect(html.split(`<${t}`).length).toBe(html.split(`</${t}>`).length);
  return html;
}

describe("questions in plain words on Telegram", () => {
  const rounds = snapshotRounds();
  it("records and aggregates over the slice the question names", async () => {
    const low = record(sliceRounds(rounds, { category: "cec" }), "crs", "min")!;
    expect(await ask("lowest cec cutoff ever?", 301)).toContain(`CRS ${low.value}`);
    const t2024 = totals(sliceRounds(rounds, { from: "2024-01-01", to: "2024-12-31", category: "pnp" }));
    expect(await ask("how many PNP draws in 2024", 302)).toContain(`${t2024.rounds} rounds`);
  });

  it("points for one factor and CLB levels, in French too", async () => {
    expect(await ask("points for clb 9 second language", 303)).toContain(`${4 * CURRENT_RULES.secondLanguage.perAbility[9]!} points`);
    expect(await ask("TEF 500 en compréhension orale, quel NCLC ?", 304)).toContain("NCLC 8");
    expect(await ask("preuve de fonds pour une famille de 3", 305, "fr")).toContain(formatNumber(23_360, "fr"));
  });

  it("a factor's table asked without a value, a score's threshold, a NOC's TEER, and a partial answer that says so", async () => {
    expect(await ask("does my husband's education count for my CRS?", 308)).toContain(`Master's / professional: ${CURRENT_RULES.education.masters.spouse}`);
    expect(await ask("quel score au TCF pour NCLC 8 ?", 309, "fr")).toContain("TCF Canada: compréhension de l’oral 503");
    expect(await ask("what TEER is NOC 33102?", 310)).toContain("TEER 3");
    expect(await ask("how long does an ECA take?", 311)).toContain("could not use");
  });

  it("a long category answer stays valid HTML; an unknown question says it is not sure", async () => {
    expect(await ask("which categories are in force in 2026?", 306)).toContain("February 18, 2026");
    expect(await ask("can you book me a flight to Toronto", 307)).toContain("not sure");
  });
});
