import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";

let h: TelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness({ TELEGRAM_FLOOD_MAX: "100" });
});
afterAll(async () => h.close());

async function send(text: string, user: number): Promise<Record<string, unknown>> {
  const since = h.fake.calls.length;
  h.fake.push(tg.message(text, { from: tg.user(user) }));
  return h.fake.nextMessage(user, since, 15_000);
}

describe("charts on Telegram", () => {
  it("/trend sends the chart as a photo with a caption giving the figures and the as-of round", async () => {
    const m = await send("/trend cec 6m", 900);
    expect(h.fake.callsOf("sendPhoto").at(-1)!.payload).toBe(m);
    expect(m.photo).toMatchObject({ png: true });
    expect((m.photo as { bytes: number }).bytes).toBeGreaterThan(10_000);
    expect(m.parse_mode).toBe("HTML");
    expect(String(m.caption).length).toBeLessThanOrEqual(1024);
    expect(m.caption).toContain("CRS cutoff trend — Canadian Experience Class");
    expect(m.caption).toContain("latest 516 (#432");
    expect(m.caption).toContain("As of round #434");
  });

  it("/pool sends the pool chart; after /crs it marks the user's last score", async () => {
    const plain = await send("/pool", 901);
    expect(plain.photo).toMatchObject({ png: true });
    expect(plain.caption).toContain("229,100");
    expect(plain.caption).not.toContain("At or above");
    // A user with a saved profile (worked example 1: 469).
    await h.app.core.kv.set("tg:profile:902", { age: 29, maritalStatus: "single", spouseAccompanying: null, spouseCanadianOrPR: null, education: "masters", canadianStudy: "none", firstLanguage: { test: "clb", language: "en", scores: { listening: 9, reading: 9, writing: 9, speaking: 9 } }, secondLanguage: null, canadianWorkYears: 0, foreignWorkYears: 3, certificateOfQualification: false, spouse: null, provincialNomination: false, siblingInCanada: false, jobOffer: "none" });
    const marked = await send("/pool", 902);
    expect(marked.caption).toContain("At or above 469");
    expect(marked.caption).toContain("461–470: 16,057"); // the bands in words, as in the picture
  });

  it("a bad period gets a specific answer", async () => {
    const m = await send("/trend cec forever", 903);
    expect(m.text).toContain("“forever” is not a period");
  });
});
