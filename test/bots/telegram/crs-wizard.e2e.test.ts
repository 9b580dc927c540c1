import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-app.ts";
import { telegramChat } from "../../helpers/telegram-chat.ts";

let h: TelegramHarness;
beforeAll(async () => {
  // The test types faster than any person; the flood guard has its own test.
  h = await startTelegramHarness({ TELEGRAM_FLOOD_MAX: "100" });
});
afterAll(async () => h.close());

let send: ReturnType<typeof telegramChat>["send"];
let buttons: ReturnType<typeof telegramChat>["buttons"];
let press: ReturnType<typeof telegramChat>["press"];
let type: ReturnType<typeof telegramChat>["type"];
beforeAll(() => ({ send, buttons, press, type } = telegramChat(h.fake)));

describe("/crs: the step-by-step wizard", () => {
  it("goes from start to the result: total, breakdown, what-ifs and recent rounds (worked example 2: 353)", async () => {
    const u = 500;
    let m = await type("/crs", u);
    expect(m.text).toContain("How old are you?");
    expect(buttons(m).map((b) => b.text)).toEqual(["✖ Cancel"]);
    m = await type("29", u);
    expect(m.text).toContain("marital status");
    m = await press(m, "Single", u);
    m = await press(m, "Bachelor's (or 3+ years)", u);
    m = await press(m, "IELTS General", u);
    expect(m.text).toContain("listening, reading, writing, speaking");
    m = await type("7 7 7 7", u);
    m = await press(m, "None", u); // second language
    m = await press(m, "None", u); // Canadian work
    m = await press(m, "None", u); // foreign work
    m = await press(m, "No", u); // certificate
    m = await press(m, "No", u); // nomination
    m = await press(m, "No", u); // Canadian study
    m = await press(m, "No", u); // sibling
    expect(m.text).toContain("Your CRS score: 353");
    expect(m.text).toContain("Core / human capital — 340 of 500");
    expect(m.text).toContain("What would raise your score most");
    expect(m.text).toContain("Against recent rounds");
    expect(m.text).toContain("crs-criteria.html");
  });

  it("refuses bad typed answers with the reason, and stays on the step", async () => {
    const u = 501;
    let m = await type("/crs", u);
    m = await type("twelve", u);
    expect(m.text).toContain("whole number from 17 to 99");
    expect(m.text).toContain("How old are you?");
    m = await type("12", u);
    expect(m.text).toContain("17 to 99");
    m = await type("35", u);
    m = await press(m, "Married", u);
    m = await press(m, "Yes", u); // spouse coming
    m = await press(m, "No", u); // not Canadian
    m = await press(m, /Master/, u);
    m = await press(m, "IELTS General", u);
    m = await type("9.5 7 7 7", u);
    expect(m.text).toContain("IELTS bands go from 0 to 9 in steps of 0.5 (got 9.5)");
    m = await type("7 7", u);
    expect(m.text).toContain("exactly four numbers");
    m = await type("8 8 8 8", u);
    expect(m.text).toContain("second official language");
  });

  it("Back returns to the previous step and Cancel ends the wizard", async () => {
    const u = 502;
    let m = await type("/crs", u);
    m = await type("40", u);
    m = await press(m, "Single", u);
    expect(m.text).toContain("education");
    m = await press(m, "◀ Back", u);
    expect(m.text).toContain("marital status");
    m = await press(m, "◀ Back", u);
    expect(m.text).toContain("How old are you?");
    m = await type("41", u);
    m = await press(m, "✖ Cancel", u);
    expect(m.text).toContain("Cancelled");
    // A typed message after cancelling is a question again, not a wizard answer.
    m = await type("when was the last CEC draw?", u);
    expect(m.text).toContain("#432");
  });

  it("offers the last profile when the user comes back, and shows its result again", async () => {
    const u = 500; // finished the wizard in the first test
    let m = await type("/crs", u);
    expect(m.text).toContain("saved profile");
    m = await press(m, "Use my last profile (353)", u);
    expect(m.text).toContain("Your CRS score: 353");
  });

  it("in a group, points to a private chat instead of running the wizard there", async () => {
    const group = -100300;
    const m = await send(tg.message("/crs", { chatId: group, chatType: "supergroup", from: tg.user(503) }), group);
    expect(m.text).toContain("https://t.me/ee_test_bot?start=crs");
  });

  it("works in French", async () => {
    const u = 504;
    let m = await send(tg.message("/crs", { from: tg.user(u, { language_code: "fr" }) }), u);
    expect(m.text).toContain("Quel âge avez-vous");
    m = await send(tg.message("trente", { from: tg.user(u, { language_code: "fr" }) }), u);
    expect(m.text).toContain("Tapez votre âge");
  });
});
