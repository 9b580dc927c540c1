import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { daysLeft, deadlineOf, dueReminder, itaReply, readItaDate } from "../../../src/core/ita/countdown.ts";
import { ItaReminders, KeyValueCountdownStore, type ItaCountdown, type ReminderOutcome } from "../../../src/core/ita/reminders.ts";
import { silentLogger } from "../../../src/core/ports.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { openKeyValueStore, type KeyValueStore } from "../../../src/core/store/key-value.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function storeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "ee-ita-"));
  dirs.push(dir);
  return `sqlite://${join(dir, "store.sqlite")}`;
}

const at = (iso: string) => () => new Date(`${iso}T12:00:00Z`);
const countdown = { chatKey: "telegram:55", platform: "telegram" as const, chatId: "55", itaDate: "2026-11-01", lang: "en" as const };

function reminders(kv: KeyValueStore, today: string, outcome: ReminderOutcome = "sent") {
  const sent: Array<{ chat: string; title: string }> = [];
  const send = async (c: ItaCountdown, reply: Reply) => {
    sent.push({ chat: c.chatId, title: reply.title ?? "" });
    return outcome;
  };
  return { r: new ItaReminders({ store: new KeyValueCountdownStore(kv), clock: at(today), logger: silentLogger, senders: { telegram: send } }), sent };
}

describe("GIVEN an ITA date", () => {
  it("THEN the deadline is 60 days later and reminders fall at 30, 14, 7 and 2 days left", () => {
    expect(deadlineOf("2026-11-01")).toBe("2026-12-31");
    expect(daysLeft("2026-11-01", "2026-12-01")).toBe(30);
    expect(dueReminder("2026-11-01", "2026-11-30", [])).toBeUndefined();
    expect(dueReminder("2026-11-01", "2026-12-01", [])).toBe(30);
    expect(dueReminder("2026-11-01", "2026-12-01", [30])).toBeUndefined();
    expect(dueReminder("2026-11-01", "2026-12-26", [30])).toBe(7);
    expect(dueReminder("2026-11-01", "2027-01-01", [])).toBeUndefined();
    expect(readItaDate("2026-13-01", "2026-11-21", "en")).toMatchObject({ ok: false });
    expect(readItaDate("2026-12-01", "2026-11-21", "en")).toMatchObject({ ok: false, message: expect.stringContaining("future") });
    expect(itaReply("2026-11-01", "2026-11-21", "fr", true).title).toBe("40 jours pour présenter votre demande");
  });
});

describe("GIVEN reminders kept in the store", () => {
  it("THEN a restart between scheduling and delivery loses none, and each goes once", async () => {
    const url = storeFile();
    let kv = openKeyValueStore(url);
    await reminders(kv, "2026-11-05").r.start(countdown);
    await kv.close(); // the bot restarts

    kv = openKeyValueStore(url);
    const early = reminders(kv, "2026-11-30");
    expect(await early.r.run()).toEqual({ sent: 0, removed: 0, failed: 0 });
    const day30 = reminders(kv, "2026-12-01");
    expect((await day30.r.run()).sent).toBe(1);
    expect(day30.sent).toEqual([{ chat: "55", title: "Reminder: 30 days left to submit your permanent residence application" }]);
    expect((await day30.r.run()).sent).toBe(0);
    await kv.close();

    // Down for two weeks: one reminder with the days really left, not three.
    kv = openKeyValueStore(url);
    const late = reminders(kv, "2026-12-26");
    await late.r.run();
    expect(late.sent.map((s) => s.title)).toEqual(["Reminder: 5 days left to submit your permanent residence application"]);
    expect((await new KeyValueCountdownStore(kv).get("telegram:55"))!.sent).toEqual([30, 14, 7]);
    await kv.close();
  });

  it("THEN a crash after sending but before marking sends that reminder again (at least once)", async () => {
    const url = storeFile();
    let kv = openKeyValueStore(url);
    await reminders(kv, "2026-11-05").r.start(countdown);
    const crashing = new KeyValueCountdownStore(kv);
    crashing.markSent = async () => {
      throw new Error("the process died");
    };
    const sent: string[] = [];
    const r = new ItaReminders({ store: crashing, clock: at("2026-12-17"), logger: silentLogger, senders: { telegram: async () => (sent.push("x"), "sent") } });
    await expect(r.run()).rejects.toThrow("the process died");
    await kv.close();
    kv = openKeyValueStore(url);
    const again = reminders(kv, "2026-12-17");
    expect((await again.r.run()).sent).toBe(1);
    expect(sent.length + again.sent.length).toBe(2);
    await kv.close();
  });

  it("THEN /ita off, a chat gone and a passed deadline end the countdown", async () => {
    const kv = openKeyValueStore(storeFile());
    const a = reminders(kv, "2026-11-05");
    await a.r.start(countdown);
    expect(await a.r.stop("telegram:55")).toBe(true);
    expect((await reminders(kv, "2026-12-01").r.run()).sent).toBe(0);
    await a.r.start(countdown);
    const gone = reminders(kv, "2026-12-01", "gone");
    expect(await gone.r.run()).toEqual({ sent: 0, removed: 1, failed: 0 });
    await a.r.start(countdown);
    expect((await reminders(kv, "2027-01-02").r.run()).removed).toBe(1);
    await kv.close();
  });

  it("THEN starting late counts the reminders already behind as sent", async () => {
    const kv = openKeyValueStore(storeFile());
    const r = reminders(kv, "2026-12-17"); // 14 days left
    await r.r.start(countdown);
    expect((await r.r.run()).sent).toBe(0);
    expect((await reminders(kv, "2026-12-24").r.run()).sent).toBe(1); // 7 days left
    await kv.close();
  });
});
