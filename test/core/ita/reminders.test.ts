import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { daysLeft, deadlineOf, dueReminder, itaReply, readItaDate } from "../../../src/core/ita/countdown.ts";
import { ItaReminders, RecordCountdownStore, type ItaCountdown, type ReminderOutcome } from "../../../src/core/ita/reminders.ts";
import { silentLogger } from "../../../src/core/ports.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { openStores } from "../../../src/core/store/open.ts";
import type { RecordStore } from "../../../src/core/store/records.ts";
import { testStoreUrl, type TestStoreUrl } from "../../helpers/pg-store.ts";

// SQLite in a temporary directory, or a PostgreSQL schema under TEST_STORE=postgres.
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const done of cleanups.splice(0).reverse()) await done();
});
function storeUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), "ee-ita-"));
  const where: TestStoreUrl = testStoreUrl(dir);
  cleanups.push(async () => {
    rmSync(dir, { recursive: true, force: true });
    await where.drop();
  });
  return where.url;
}
/** Opens the store at `url` as a copy of the bot would: `close` is a restart (or the end of the test). */
async function open(url: string): Promise<{ records: RecordStore; close(): Promise<void> }> {
  const { kv, records } = await openStores(url);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await records.close();
    await kv.close();
  };
  cleanups.push(close);
  return { records, close };
}

const at = (iso: string) => () => new Date(`${iso}T12:00:00Z`);
const countdown = { chatKey: "telegram:55", platform: "telegram" as const, chatId: "55", itaDate: "2026-11-01", lang: "en" as const };

function reminders(records: RecordStore, today: string, outcome: ReminderOutcome = "sent", claimMs?: number) {
  const sent: Array<{ chat: string; title: string }> = [];
  const send = async (c: ItaCountdown, reply: Reply) => {
    sent.push({ chat: c.chatId, title: reply.title ?? "" });
    return outcome;
  };
  return { r: new ItaReminders({ store: new RecordCountdownStore(records), clock: at(today), logger: silentLogger, senders: { telegram: send }, ...(claimMs ? { claimMs } : {}) }), sent };
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
    const url = storeUrl();
    let s = await open(url);
    await reminders(s.records, "2026-11-05").r.start(countdown);
    await s.close(); // the bot restarts

    s = await open(url);
    const early = reminders(s.records, "2026-11-30");
    expect(await early.r.run()).toEqual({ sent: 0, removed: 0, failed: 0 });
    const day30 = reminders(s.records, "2026-12-01");
    expect((await day30.r.run()).sent).toBe(1);
    expect(day30.sent).toEqual([{ chat: "55", title: "Reminder: 30 days left to submit your permanent residence application" }]);
    expect((await day30.r.run()).sent).toBe(0);
    await s.close();

    // Down for two weeks: one reminder with the days really left, not three.
    s = await open(url);
    const late = reminders(s.records, "2026-12-26");
    await late.r.run();
    expect(late.sent.map((x) => x.title)).toEqual(["Reminder: 5 days left to submit your permanent residence application"]);
    expect((await new RecordCountdownStore(s.records).get("telegram:55"))!.sent).toEqual([30, 14, 7]);
  });

  it("THEN a crash after sending but before marking sends that reminder again once its claim expires (at least once)", async () => {
    const url = storeUrl();
    let s = await open(url);
    await reminders(s.records, "2026-11-05").r.start(countdown);
    const crashing = new RecordCountdownStore(s.records);
    crashing.markSent = async () => {
      throw new Error("the process died");
    };
    const sent: string[] = [];
    const r = new ItaReminders({ store: crashing, clock: at("2026-12-17"), logger: silentLogger, senders: { telegram: async () => (sent.push("x"), "sent") }, claimMs: 300 });
    await expect(r.run()).rejects.toThrow("the process died");
    await s.close();
    s = await open(url);
    expect((await reminders(s.records, "2026-12-17").r.run()).sent).toBe(0); // still claimed by the copy that died
    await new Promise((resolve) => setTimeout(resolve, 400));
    const again = reminders(s.records, "2026-12-17");
    expect((await again.r.run()).sent).toBe(1);
    expect(sent.length + again.sent.length).toBe(2);
  });

  it("THEN a reminder the platform asks to retry is released and tried again on the next cycle", async () => {
    const s = await open(storeUrl());
    await reminders(s.records, "2026-11-05").r.start(countdown);
    expect((await reminders(s.records, "2026-12-01", "retry").r.run()).failed).toBe(1);
    expect((await reminders(s.records, "2026-12-01").r.run()).sent).toBe(1);
  });

  it("THEN /ita off, a chat gone and a passed deadline end the countdown", async () => {
    const { records } = await open(storeUrl());
    const a = reminders(records, "2026-11-05");
    await a.r.start(countdown);
    expect(await a.r.stop("telegram:55")).toBe(true);
    expect((await reminders(records, "2026-12-01").r.run()).sent).toBe(0);
    await a.r.start(countdown);
    const gone = reminders(records, "2026-12-01", "gone");
    expect(await gone.r.run()).toEqual({ sent: 0, removed: 1, failed: 0 });
    await a.r.start(countdown);
    expect((await reminders(records, "2027-01-02").r.run()).removed).toBe(1);
  });

  it("THEN starting late counts the reminders already behind as sent", async () => {
    const { records } = await open(storeUrl());
    const r = reminders(records, "2026-12-17"); // 14 days left
    await r.r.start(countdown);
    expect((await r.r.run()).sent).toBe(0);
    expect((await reminders(records, "2026-12-24").r.run()).sent).toBe(1); // 7 days left
  });
});

describe("GIVEN two copies sharing one store", () => {
  it("THEN countdowns started on both at once are all kept", async () => {
    const url = storeUrl();
    const [a, b] = await Promise.all([open(url), open(url)]);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => reminders(i % 2 ? a.records : b.records, "2026-11-05").r.start({ ...countdown, chatKey: `telegram:${100 + i}`, chatId: String(100 + i) })),
    );
    expect((await new RecordCountdownStore(a.records).all()).map((c) => c.chatKey).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `telegram:${100 + i}`).sort());
  });

  it("THEN two cycles running at once send each due reminder once", async () => {
    const url = storeUrl();
    const [a, b] = await Promise.all([open(url), open(url)]);
    for (let i = 0; i < 10; i++) await reminders(a.records, "2026-11-05").r.start({ ...countdown, chatKey: `telegram:${200 + i}`, chatId: String(200 + i) });
    const [x, y] = [reminders(a.records, "2026-12-01"), reminders(b.records, "2026-12-01")];
    const [rx, ry] = await Promise.all([x.r.run(), y.r.run()]);
    expect(rx.sent + ry.sent).toBe(10);
    expect([...x.sent, ...y.sent].map((m) => m.chat).sort()).toEqual(Array.from({ length: 10 }, (_, i) => String(200 + i)).sort());
  });
});
