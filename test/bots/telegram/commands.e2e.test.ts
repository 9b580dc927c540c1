import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tg } from "../../helpers/fake-telegram.ts";
import { startTelegramHarness, TOKEN, type TelegramHarness } from "../../helpers/telegram-app.ts";

let h: TelegramHarness;
beforeAll(async () => {
  h = await startTelegramHarness();
});
afterAll(async () => h.close());

/** Sends an update and returns the next message the bot sends to that chat. */
async function ask(update: ReturnType<typeof tg.message>, chatId = (update.message.chat as { id: number }).id) {
  const since = h.fake.calls.length;
  h.fake.push(update);
  return h.fake.nextMessage(chatId, since);
}

describe("the Telegram bot, started as npm start starts it, against a fake Bot API", () => {
  it("registers its commands in English and French at start", () => {
    const calls = h.fake.callsOf("setMyCommands");
    expect(calls).toHaveLength(2);
    const en = calls.find((c) => !c.payload.language_code)!.payload.commands as Array<{ command: string }>;
    const fr = calls.find((c) => c.payload.language_code === "fr")!.payload.commands as Array<{ command: string; description: string }>;
    expect(en.map((c) => c.command)).toEqual(["latest", "draws", "draw", "stats", "records", "pool", "trend", "crs", "program", "ask", "subscribe", "unsubscribe", "settings", "lang", "help", "start"]);
    expect(fr.find((c) => c.command === "latest")!.description).toMatch(/dernière ronde/i);
  });

  it("/latest answers in HTML with the round, the as-of and the official link", async () => {
    const m = await ask(tg.message("/latest", { from: tg.user(101) }));
    expect(m.parse_mode).toBe("HTML");
    expect(m.text).toContain("<b><a href=\"https://www.canada.ca/");
    expect(m.text).toContain("Latest round: #434");
    expect(m.text).toContain("<b>CRS cutoff</b>\n470");
    expect(m.text).toMatch(/<i>As of round #434 \(August 7, 2026\)/);
  });

  it("/latest cec, /draws fst 3, /draw 262, /stats 2025, /pool 480, /program cec", async () => {
    expect((await ask(tg.message("/latest cec", { from: tg.user(102) }))).text).toContain("#432");
    const list = await ask(tg.message("/draws fst 3", { from: tg.user(103) }));
    expect((list.text as string).match(/^#\d+ ·/gm)).toHaveLength(3);
    expect((await ask(tg.message("/draw 262", { from: tg.user(104) }))).text).toContain("496 (−21 vs #259)");
    expect((await ask(tg.message("/stats 2025", { from: tg.user(105) }))).text).toContain("58 rounds, 113,998 invitations");
    expect((await ask(tg.message("/pool 480", { from: tg.user(106) }))).caption).toContain("At or above 480: between 46,034 and 62,402");
    expect((await ask(tg.message("/program cec", { from: tg.user(107) }))).text).toContain("Canadian Experience Class");
  });

  it("/records (a catalogue command) answers end to end, in HTML, as of the newest round", async () => {
    const m = await ask(tg.message("/records cec", { from: tg.user(108) }));
    expect(m.text).toContain("<b>Records of Express Entry rounds — Canadian Experience Class</b>");
    expect(m.text).toContain("<b>Lowest cutoff</b>\n75 (#176, February 13, 2021)");
    expect(m.text).toMatch(/<i>As of round #434 \(August 7, 2026\)/);
    const help = await ask(tg.message("/help", { from: tg.user(109) }));
    expect(help.text).toContain("/records [category] — Records over the rounds");
  });

  it("bad options get a specific answer, not a crash", async () => {
    expect((await ask(tg.message("/draw banana", { from: tg.user(110) }))).text).toContain("Give one round number");
    expect((await ask(tg.message("/latest astronauts", { from: tg.user(111) }))).text).toContain("is not a round category");
    expect((await ask(tg.message("/stats 1990", { from: tg.user(112) }))).text).toContain("Express Entry began in 2015");
    expect((await ask(tg.message("/frobnicate", { from: tg.user(113) }))).text).toContain("Unknown command /frobnicate");
  });

  it("escapes user- and feed-supplied text in HTML", async () => {
    const m = await ask(tg.message("/program <script>alert(1)</script>", { from: tg.user(114) }));
    expect(m.text).toContain("&lt;script&gt;");
    expect(m.text).not.toContain("<script>");
  });

  it("/lang fr switches the chat to French; /help lists the commands", async () => {
    expect((await ask(tg.message("/lang fr", { from: tg.user(120) }))).text).toContain("en français");
    expect((await ask(tg.message("/latest", { from: tg.user(120) }))).text).toContain("Dernière ronde : nº 434");
    expect((await ask(tg.message("/help", { from: tg.user(121) }))).text).toContain("/crs");
    expect((await ask(tg.message("/start", { from: tg.user(123) }))).text).toContain("/subscribe");
    expect((await ask(tg.message("/help", { from: tg.user(122, { language_code: "fr" }) }))).text).toContain("Posez aussi vos questions");
  });

  it("answers a plain question in a private chat, in its language", async () => {
    expect((await ask(tg.message("when was the last CEC draw?", { from: tg.user(130) }))).text).toContain("#432");
    expect((await ask(tg.message("c'est quoi le PEC ?", { from: tg.user(131) }))).text).toContain("Catégorie de l’expérience canadienne");
  });

  it("in a group, stays silent unless addressed: a command, a mention or a reply to it", async () => {
    const group = -100200;
    const since = h.fake.calls.length;
    h.fake.push(tg.message("when was the last CEC draw?", { chatId: group, chatType: "supergroup", from: tg.user(140) }));
    h.fake.push(tg.message("/latest@some_other_bot", { chatId: group, chatType: "supergroup", from: tg.user(141) }));
    const mention = await ask(tg.message("@ee_test_bot last PNP draw?", { chatId: group, chatType: "supergroup", from: tg.user(142) }), group);
    expect(mention.text).toContain("#431");
    // The unaddressed question and the command for another bot got nothing: the first answer is the mention's.
    expect(h.fake.calls.slice(since).filter((c) => c.method === "sendMessage" && c.payload.chat_id === group)).toHaveLength(1);
    const reply = await ask(tg.message("and the french one?", { chatId: group, chatType: "supergroup", from: tg.user(143), replyTo: { message_id: 1, date: 0, chat: { id: group, type: "supergroup" }, from: { id: 7_000_000_001, is_bot: true, first_name: "ee-bot" }, text: "…" } }), group);
    expect(reply.text).toContain("#433");
    const cmd = await ask(tg.message("/latest@ee_test_bot", { chatId: group, chatType: "supergroup", from: tg.user(144) }), group);
    expect(cmd.text).toContain("#434");
    expect(cmd.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    // Only the three addressed messages were answered.
    expect(h.fake.calls.slice(since).filter((c) => c.method === "sendMessage" && c.payload.chat_id === group)).toHaveLength(3);
  });

  it("splits a reply longer than 4096 characters, each part valid on its own", async () => {
    const since = h.fake.calls.length;
    h.fake.push(tg.message("/draws 50", { from: tg.user(150) }));
    await h.fake.waitFor((calls) => calls.slice(since).filter((c) => c.method === "sendMessage").length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    const parts = h.fake.calls.slice(since).filter((c) => c.method === "sendMessage" && c.payload.chat_id === 150).map((c) => c.payload.text as string);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect((p.match(/<b>/g) ?? []).length).toBe((p.match(/<\/b>/g) ?? []).length);
    }
    expect(parts.join("\n").match(/^#\d+ ·/gm)).toHaveLength(50);
  });

  it("never logs the token", () => {
    expect(h.log.text()).not.toContain(TOKEN);
  });
});
