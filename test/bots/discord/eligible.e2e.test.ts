import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slash } from "../../helpers/fake-discord.ts";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h.close());

const EPHEMERAL = 64;
type Embed = { title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> };
type Body = { type: number; data: Record<string, unknown> & { embeds?: Embed[] } };
const o = (name: string, value: unknown, type: number) => ({ name, value, type });
const STR = 3, INT = 4, BOOL = 5, NUM = 10;
const text = (b: Body) =>
  [b.data.content ?? "", ...(b.data.embeds ?? []).flatMap((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`)])].join("\n").replace(/\\([_*~`|>\\])/g, "$1");

/** Discord's embed limits: title 256, field name 256, value 1024, 25 fields, 6000 in all. */
function expectWithinEmbedLimits(b: Body) {
  for (const e of b.data.embeds ?? []) {
    expect((e.title ?? "").length).toBeLessThanOrEqual(256);
    expect((e.description ?? "").length).toBeLessThanOrEqual(4096);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
    let total = (e.title ?? "").length + (e.description ?? "").length + (e.footer?.text ?? "").length;
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(1024);
      total += f.name.length + f.value.length;
    }
    expect(total).toBeLessThanOrEqual(6000);
  }
}

const crsOptions = [o("age", 29, INT), o("marital", "single", STR), o("education", "masters", STR), o("test", "clb:en", STR), o("listening", 9, NUM), o("reading", 9, NUM), o("writing", 9, NUM), o("speaking", 9, NUM)];

describe("/eligible on Discord", () => {
  it("asks for /crs first when no profile is saved", async () => {
    const { body } = (await h.interact(2, slash("eligible", [o("occupation", "21231", STR), o("months", 24, INT), o("where", "foreign", STR)]), { userId: "940000000000000077" })) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(text(body)).toContain("Run /crs first");
  });

  it("from the saved /crs profile and the form: programs, categories, reasons and cutoffs, only to the user", async () => {
    const user = { userId: "940000000000000078" };
    await h.interact(2, slash("crs", crsOptions), user);
    const { body } = (await h.interact(2, slash("eligible", [
      o("occupation", "registered nurse", STR), o("months", 18, INT), o("where", "canada", STR), o("education_assessed", true, BOOL), o("funds", 9000, INT),
    ]), user)) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    const t = text(body);
    expect(t).toContain("Canadian Experience Class (CEC) — ✅ eligible");
    expect(t).toContain("Federal Skilled Worker (FSW) — ❌ not eligible");
    expect(t).toContain("proof of funds: 9,000 CAD is less than 15,263 CAD");
    expect(t).toContain("✅ Healthcare and social services occupations — NOC 31301");
    expect(t).toMatch(/Your last CRS score: \d+/);
    expectWithinEmbedLimits(body);
  });

  it("an ambiguous occupation is answered with the codes to choose from, in French", async () => {
    const user = { userId: "940000000000000079", locale: "fr" };
    await h.interact(2, slash("crs", crsOptions), user);
    const { body } = (await h.interact(2, slash("eligible", [o("occupation", "software", STR), o("months", 12, INT), o("where", "foreign", STR)]), user)) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(text(body)).toMatch(/occupation: plusieurs professions correspondent.*21231/s);
  });
});

describe("/noc on Discord", () => {
  it("gives the unit group with TEER, programs and categories", async () => {
    const { body } = (await h.interact(2, slash("noc", [o("occupation", "31102", STR)]))) as { body: Body };
    const t = text(body);
    expect(t).toContain("NOC 31102: General practitioners and family physicians");
    expect(t).toContain("Physicians with Canadian work experience");
    expectWithinEmbedLimits(body);
    const fr = (await h.interact(2, slash("noc", [o("occupation", "cuisinier", STR)]), { locale: "fr" })) as { body: Body };
    expect(text(fr.body)).toContain("63200");
  });
});

describe("/ita on Discord", () => {
  it("shows the days left and the checklist, only to the user, and says reminders come on Telegram", async () => {
    const { body } = (await h.interact(2, slash("ita", [o("date", "2026-01-01", STR)]))) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    const t = text(body);
    expect(t).toMatch(/days? left to apply|expired on/);
    expect(t).toContain("a complete application must be submitted by");
    expectWithinEmbedLimits(body);
    const bad = (await h.interact(2, slash("ita", [o("date", "soon", STR)]))) as { body: Body };
    expect(bad.body.data.flags).toBe(EPHEMERAL);
    expect(text(bad.body)).toContain("That is not a date");
  });
});
