import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gapSummary } from "../../../src/core/draws/slices.ts";
import { CURRENT_RULES } from "../../../src/core/crs/rules.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";
import { slash } from "../../helpers/fake-discord.ts";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";

/** Free-text questions through /ask on the real discord.js client against the fake Discord: embeds within Discord's limits. */

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h.close());

type Embed = { title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> };

async function ask(question: string, locale?: string): Promise<string> {
  const { body } = await h.interact(2, slash("ask", [{ name: "question", value: question, type: 3 }]), locale ? { locale } : {});
  const e = (body.data.embeds as Embed[])[0]!;
  expect((e.title ?? "").length).toBeLessThanOrEqual(256);
  expect((e.description ?? "").length).toBeLessThanOrEqual(4096);
  for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
  const total = (e.title ?? "").length + (e.description ?? "").length + (e.footer?.text ?? "").length + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
  expect(total).toBeLessThanOrEqual(6000);
  return [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`), e.footer?.text].filter(Boolean).join("\n");
}

describe("questions in plain words on Discord", () => {
  it("gaps between rounds and the next round's rhythm", async () => {
    const g = gapSummary(snapshotRounds())!;
    expect(await ask("longest gap between draws?")).toContain(`${g.longest.days} days`);
    expect(await ask("when is the next draw")).toContain("no schedule");
  });

  it("spouse factors and the reform, in French", async () => {
    expect(await ask("my husband has a masters, how many points does that add")).toContain(`${CURRENT_RULES.education.masters.spouse} points`);
    expect(await ask("la réforme d'Entrée express est-elle en vigueur ?", "fr")).toContain("PROPOSÉE");
  });

  it("a spouse who does not come, the FSW grid total, and one's own points beside a round question", async () => {
    expect(await ask("I'm 33 and my wife is not coming with me, age points?")).toContain(`${CURRENT_RULES.age.without[33]} points (without`);
    expect(await ask("FSW grid: 29 years old, master's, CLB 9 in all, 2 years experience, do I pass 67?")).toContain("= 70 points — that passes");
    expect(await ask("j'ai un frère citoyen qui vit en France, ça donne des points ?", "fr")).toContain("Non : les 15 points");
  });

  it("says which part of the question it could not use", async () => {
    // (2026-11-22: "points for age 30 and a PhD" now answers both factors; a year beside "the next draw" is still left out.)
    expect(await ask("the next CEC draw in 2025?")).toMatch(/could not use/);
    expect(await ask("points for age 30 if my IELTS is 7 and my cousin lives in Toronto")).toMatch(/could not use this part of your question: the test/);
  });
});
