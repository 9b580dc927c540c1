import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slash } from "../../helpers/fake-discord.ts";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h.close());

type Embed = { title?: string; description?: string; url?: string; color?: number; footer?: { text: string }; fields?: Array<{ name: string; value: string }> };
const embedOf = (body: { data: Record<string, unknown> }) => (body.data.embeds as Embed[])[0]!;
const fieldsText = (e: Embed) => (e.fields ?? []).map((f) => `${f.name}: ${f.value}`).join("\n");
const EPHEMERAL = 64;

describe("the Discord bot, logged in to a fake Discord", () => {
  it("connects through the gateway with the Guilds intent only", () => {
    expect(h.fake.identified).toBe(1);
    expect(h.app.discord!.client.guilds.cache.size).toBe(1);
  });

  it("/latest answers with an embed: round number, fields, official link, colour, as-of", async () => {
    const { body } = await h.interact(2, slash("latest"));
    expect(body.type).toBe(4);
    const e = embedOf(body);
    expect(e.title).toBe("Latest round: #434 — Transport occupations");
    expect(e.url).toContain("invitations.html?q=434");
    expect(fieldsText(e)).toContain("CRS cutoff: 470 (+40 vs #289)");
    expect(fieldsText(e)).toContain("Tie-break: October 11, 2025 at 14:55:49 UTC");
    expect(e.color).toBeTypeOf("number");
    expect(e.footer!.text).toContain("As of round #434");
    expect(body.data.flags).toBeUndefined();
  });

  it("/latest category, /draws, /draw, /stats, /pool, /program, /ask", async () => {
    expect(embedOf((await h.interact(2, slash("latest", [{ name: "category", value: "cec", type: 3 }]))).body).title).toContain("#432");
    const list = embedOf((await h.interact(2, slash("draws", [{ name: "category", value: "pnp", type: 3 }, { name: "count", value: 3, type: 4 }]))).body);
    expect(list.description!.match(/^#\d+ ·/gm)).toHaveLength(3);
    expect(fieldsText(embedOf((await h.interact(2, slash("draw", [{ name: "number", value: "262", type: 3 }]))).body))).toContain("496 (−21 vs #259)");
    expect(embedOf((await h.interact(2, slash("stats", [{ name: "year", value: 2025, type: 4 }]))).body).description).toContain("58 rounds, 113,998 invitations");
    expect(embedOf((await h.interact(2, slash("pool", [{ name: "score", value: 480, type: 4 }]))).body).description).toContain("between 46,034 and 62,402");
    expect(embedOf((await h.interact(2, slash("program", [{ name: "name", value: "cec", type: 3 }]))).body).title).toBe("Canadian Experience Class (CEC)");
    expect(embedOf((await h.interact(2, slash("ask", [{ name: "question", value: "how many points for age 30?", type: 3 }]))).body).description).toContain("105 points");
  });

  it("/records (a catalogue command) answers with an embed, in English and French", async () => {
    const e = embedOf((await h.interact(2, slash("records", [{ name: "category", value: "cec", type: 3 }]))).body);
    expect(e.title).toBe("Records of Express Entry rounds — Canadian Experience Class");
    expect(fieldsText(e)).toContain("Lowest cutoff: 75 (#176, February 13, 2021)");
    expect(e.footer!.text).toContain("As of round #434");
    const fr = embedOf((await h.interact(2, slash("records"), { locale: "fr" })).body);
    expect(fieldsText(fr)).toContain("Note minimale la plus basse: 75 (nº 176, 13 février 2021)");
    expect(fr.footer!.text).toContain("En date de la ronde nº 434");
  });

  it("answers in French when the user's locale is French", async () => {
    const e = embedOf((await h.interact(2, slash("latest"), { locale: "fr" })).body);
    expect(e.title).toBe("Dernière ronde : nº 434 — Professions du transport");
    expect(fieldsText(e)).toContain("Note SCG minimale");
  });

  it("errors are ephemeral and specific", async () => {
    const unknown = (await h.interact(2, slash("draw", [{ name: "number", value: "9999", type: 3 }]))).body;
    expect(unknown.data.flags).toBe(EPHEMERAL);
    expect(embedOf(unknown).description).toContain("There is no round #9999");
    const badCat = (await h.interact(2, slash("latest", [{ name: "category", value: "astronauts", type: 3 }]))).body;
    expect(badCat.data.flags).toBe(EPHEMERAL);
    expect(embedOf(badCat).description).toContain("“astronauts” is not a round category");
    const program = (await h.interact(2, slash("program", [{ name: "name", value: "quantum visa", type: 3 }]))).body;
    expect(program.data.flags).toBe(EPHEMERAL);
  });

  it("autocompletes categories and program names (at most 25 choices)", async () => {
    const cat = (await h.interact(4, slash("latest", [{ name: "category", value: "hea", type: 3, focused: true }]))).body;
    expect(cat.type).toBe(8);
    const choices = (cat.data.choices as Array<{ name: string; value: string }>);
    expect(choices.map((c) => c.value)).toEqual(["healthcare"]);
    const all = (await h.interact(4, slash("latest", [{ name: "category", value: "", type: 3, focused: true }]))).body.data.choices as unknown[];
    expect(all.length).toBeGreaterThan(10);
    expect(all.length).toBeLessThanOrEqual(25);
    const program = (await h.interact(4, slash("program", [{ name: "name", value: "tie", type: 3, focused: true }]))).body.data.choices as Array<{ value: string }>;
    expect(program.map((c) => c.value)).toContain("tie-break");
    const multi = (await h.interact(4, slash("subscribe", [{ name: "categories", value: "cec, fre", type: 3, focused: true }]))).body.data.choices as Array<{ value: string }>;
    expect(multi.map((c) => c.value)).toEqual(["cec, french"]);
  });

  it("every embed stays within Discord's limits", async () => {
    const long = embedOf((await h.interact(2, slash("draws", [{ name: "count", value: 25, type: 4 }]))).body);
    const size = (long.title?.length ?? 0) + (long.description?.length ?? 0) + (long.footer?.text.length ?? 0) + (long.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
    expect(size).toBeLessThanOrEqual(6000);
    expect(long.description!.length).toBeLessThanOrEqual(4096);
  });
});
