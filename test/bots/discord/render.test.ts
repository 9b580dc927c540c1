import { describe, expect, it } from "vitest";
import { LIMITS, renderEmbed } from "../../../src/bots/discord/render.ts";

const size = (e: ReturnType<typeof renderEmbed>) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);

describe("renderEmbed (Reply → Discord embed)", () => {
  it("GIVEN a reply THEN title, link, description, fields, colour and footer map to the embed, with markdown escaped", () => {
    const e = renderEmbed({ title: "Round #434", url: "https://e.x/434", lines: ["*bold?* _no_"], fields: [{ name: "CRS", value: "470", inline: true }], links: [{ label: "Official page", url: "https://e.x/p" }], color: 0x123456, footer: "As of round #434" });
    expect(e).toMatchObject({ title: "Round #434", url: "https://e.x/434", color: 0x123456, footer: { text: "As of round #434" } });
    expect(e.description).toBe("\\*bold?\\* \\_no\\_\n\n[Official page](https://e.x/p)");
    expect(e.fields).toEqual([{ name: "CRS", value: "470", inline: true }]);
  });

  it("GIVEN values past Discord's limits THEN fields are split at line breaks and the whole embed stays within 6,000 and 25 fields", () => {
    const long = Array.from({ length: 200 }, (_, i) => `line ${i}: ${"y".repeat(30)}`).join("\n");
    const e = renderEmbed({ title: "t".repeat(300), lines: ["d".repeat(2000)], fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: long })), footer: "f".repeat(100) });
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description).toBe("d".repeat(2000));
    expect(renderEmbed({ footer: "f".repeat(3000) }).footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
    expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(e.fields![1]!.name).toBe("f0 (…)");
    expect(size(e)).toBeLessThanOrEqual(LIMITS.total);
    // Too much even without fields: the fields go, then the description is cut.
    const huge = renderEmbed({ lines: ["d".repeat(5000)], fields: [{ name: "x", value: "y" }], footer: "f".repeat(3000) });
    expect(huge.fields).toBeUndefined();
    expect(size(huge)).toBeLessThanOrEqual(LIMITS.total);
  });
});
