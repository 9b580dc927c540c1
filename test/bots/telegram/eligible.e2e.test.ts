import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";
import { telegramChat, type Sent } from "../../helpers/telegram-chat.ts";

let h: TelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness({ TELEGRAM_FLOOD_MAX: "200" });
});
afterAll(async () => h.close());

const FR = new Set<number>();
let press: ReturnType<typeof telegramChat>["press"];
let type: ReturnType<typeof telegramChat>["type"];
beforeAll(() => ({ press, type } = telegramChat(h.fake, (u) => (FR.has(u) ? { language_code: "fr" } : {}))));

/** Balanced tags and nothing but Telegram's HTML. */
function expectValidHtml(html: string) {
  expect(html.length).toBeLessThanOrEqual(4096);
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    expect(["b", "i", "a", "code", "pre", "u", "s", "blockquote"]).toContain(m[2]);
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
}

describe("/eligible on Telegram", () => {
  it("reuses the /crs answers, asks the work, and answers with programs, categories, reasons and cutoffs", async () => {
    const u = 600;
    let m = await type("/crs", u);
    // The CRS part is typed (a choice's value works as typed text) so the buttons below stay under the flood guard.
    for (const text of ["29", "single", "masters", "ielts", "8 8 8 8", "none", "0", "0", "no", "no", "none", "no"]) m = await type(text, u);
    expect(m.text).toContain("Your CRS score:");
    const crsScore = /Your CRS score: (\d+)/.exec(m.text)![1];

    m = await type("/eligible", u);
    expect(m.text).toContain(`Using the profile of your last /crs (score ${crsScore})`);
    m = await press(m, "Abroad, with an ECA", u);
    m = await type("registered nurse", u);
    m = await press(m, "In Canada", u);
    m = await press(m, "Yes", u);
    m = await type("2024-01", u);
    expect(m.text).toContain("Last day?");
    m = await press(m, "Still there", u);
    m = await press(m, "40", u);
    m = await press(m, "An employee", u);
    m = await press(m, "No", u); // another job
    m = await press(m, "No", u); // job offer
    m = await press(m, "No", u); // authorized now
    m = await type("5000", u);
    m = await press(m, "1", u);
    m = await press(m, "No", u); // study in Canada
    m = await press(m, "No", u); // relative
    expect(m.text).toContain("Express Entry eligibility on");
    expect(m.text).toContain("Canadian Experience Class (CEC) — ✅ eligible");
    expect(m.text).toContain("Federal Skilled Worker (FSW) — ❌ not eligible");
    expect(m.text).toContain("proof of funds: 5,000 CAD is less than 15,263 CAD");
    expect(m.text).toContain("✅ Healthcare and social services occupations — NOC 31301");
    expect(m.text).toMatch(/Healthcare and social services occupations: \d+ \(round #\d+/);
    expect(m.text).toContain(`Your last CRS score: ${crsScore}`);
    expectValidHtml(m.text);
  });

  it("without a saved profile asks the CRS questions first, in French, and refuses bad answers", async () => {
    const u = 601;
    FR.add(u);
    let m = await type("/eligible", u);
    expect(m.text).toContain("D’abord les questions du SCG");
    expect(m.text).toContain("Quel âge avez-vous");
    m = await type("31", u);
    m = await press(m, "Célibataire", u);
    m = await press(m, /Baccalauréat/, u);
    m = await press(m, "CELPIP-General", u);
    for (const text of ["9 9 9 9", "none", "0", "0", "no", "no", "none", "no"]) m = await type(text, u);
    expect(m.text).toContain("Où avez-vous obtenu");
    m = await press(m, "Au Canada", u);
    m = await type("zzzz qqqq", u);
    expect(m.text).toContain("Aucune profession de la CNP 2021 ne correspond");
    m = await type("développeur web", u);
    m = await press(m, "Hors du Canada", u);
    m = await type("hier", u);
    expect(m.text).toContain("Tapez une date AAAA-MM-JJ");
    m = await press(m, "◀ Retour", u);
    expect(m.text).toContain(": où ?");
    m = await press(m, "✖ Annuler", u);
    expect(m.text).toContain("Annulé");
  });

  it("in a group, points to a private chat", async () => {
    const since = h.fake.calls.length;
    h.fake.push(tg.message("/eligible", { chatId: -100777, chatType: "supergroup", from: tg.user(602) }));
    const m = (await h.fake.nextMessage(-100777, since)) as Sent;
    expect(m.text).toContain("?start=eligible");
  });
});
