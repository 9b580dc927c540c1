import { afterEach, describe, expect, it } from "vitest";
import { eventually } from "../helpers/eventually.ts";
import { json, status } from "../helpers/feed-server.ts";
import { tg } from "../helpers/fake-telegram.ts";
import { feedUpTo, startFullHarness, telegramAnnounced, type FullHarness } from "../helpers/full-app.ts";
import { feedThrough, laterRound } from "../helpers/later-rounds.ts";
import type { Subscription } from "../../src/core/subscriptions.ts";

let h: FullHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const sub = (chatId: string): Subscription => ({ id: `telegram:${chatId}`, platform: "telegram", chatId, categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z" });
const R435 = laterRound(435, "2026-08-21");
const R436 = laterRound(436, "2026-09-04");
const R437 = laterRound(437, "2026-09-18");
/** IRCC's typo: the round after #434 published as #443 (then as #444 for the one after). */
const typo = (of: Record<string, string>, number: number) => ({ ...laterRound(number, of.drawDate!) });

/** Waits for `n` more feed requests (cycles). */
async function cycles(h: FullHarness, n: number): Promise<void> {
  const polls = h.feed.requests.length;
  await eventually(async () => expect(h.feed.requests.length).toBeGreaterThanOrEqual(polls + n), 8_000);
}

/** The text of the bot's answer to /latest in a private chat. */
async function latest(h: FullHarness, chat: number): Promise<string> {
  const since = h.telegram.calls.length;
  h.telegram.push(tg.message("/latest", { from: tg.user(chat) }));
  return String((await h.telegram.nextMessage(chat, since)).text);
}

describe("history is never announced", () => {
  it("GIVEN an old bundled snapshot (#420) and a first sync that fails THEN the rounds published since are not announced; the next new one is", async () => {
    h = await startFullHarness({ seedTo: 420, feed: [status(500, "<html>maintenance</html>"), json(feedUpTo(434))], env: { DISCORD_TOKEN: "", DRAWS_POLL_SECONDS: "0.3" } });
    await h.app.subs.save(sub("1801"));
    await eventually(async () => expect(h!.app.core.store.newest()?.id).toBe("434"), 8_000);
    await cycles(h, 3);
    expect(telegramAnnounced(h.telegram, 1801)).toEqual([]);
    h.feed.next(json(feedThrough([R435])));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1801)).toEqual(["435"]), 8_000);
  });

  it("GIVEN a snapshot 34 rounds old THEN the first sync takes every round since as history, and a later feed edit brings none back as new", async () => {
    h = await startFullHarness({ seedTo: 400, feed: [json(feedUpTo(434))], env: { DISCORD_TOKEN: "" } });
    await h.app.subs.save(sub("1802"));
    await eventually(async () => expect(h!.app.core.store.newest()?.id).toBe("434"), 8_000);
    h.feed.next(json(feedUpTo(434, (r) => (r.drawNumber === "430" ? { ...r, drawSize: "9,999" } : r)))); // an edit: a new body
    await cycles(h, 3);
    expect(telegramAnnounced(h.telegram, 1802)).toEqual([]);
    h.feed.next(json(feedThrough([R435])));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1802)).toEqual(["435"]), 8_000);
  });
});

describe("round-number typos", () => {
  it("GIVEN IRCC publishes #443 for #434's successor, then corrects it to #435 THEN #443 is never announced nor shown, #435 and #436 are announced once, in order", async () => {
    h = await startFullHarness({ seedTo: 433, env: { DISCORD_TOKEN: "" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    await h.app.subs.save(sub("1811"));
    h.feed.next(json(feedUpTo(434)));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1811)).toEqual(["434"]), 8_000);
    h.feed.next(json(feedThrough([typo(R435, 443)])));
    await cycles(h, 3);
    expect(await latest(h, 1811)).toContain("#434");
    h.feed.next(json(feedThrough([R435])));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1811)).toEqual(["434", "435"]), 8_000);
    expect(await latest(h, 1811)).toContain("Latest round: #435");
    h.feed.next(json(feedThrough([R435, R436])));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1811)).toEqual(["434", "435", "436"]), 8_000);
    await cycles(h, 3);
    expect(telegramAnnounced(h.telegram, 1811)).toEqual(["434", "435", "436"]);
  });

  it("GIVEN IRCC stood by #443 and #444 for a while, then renumbers them #435 and #436 THEN the store is not frozen: they are withdrawn (kept, out of /latest and stats) and the next round is announced", async () => {
    h = await startFullHarness({ seedTo: 434, env: { DISCORD_TOKEN: "" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    await h.app.subs.save(sub("1821"));
    h.feed.next(json(feedThrough([typo(R435, 443), typo(R436, 444)])));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1821)).toEqual(["443", "444"]), 8_000);
    h.feed.next(json(feedThrough([R435, R436])));
    await eventually(async () => expect(h!.app.core.store.newest()?.id).toBe("436"), 8_000);
    expect(h.app.core.store.get("443")?.withdrawn?.reason).toMatch(/no longer in IRCC's feed/);
    expect(h.app.core.store.all().some((r) => r.id === "443" || r.id === "444")).toBe(false);
    expect(await latest(h, 1821)).toContain("Latest round: #436");
    const since = h.telegram.calls.length;
    h.telegram.push(tg.message("/draw 443", { from: tg.user(1821) }));
    expect(String((await h.telegram.nextMessage(1821, since)).text)).toContain("IRCC withdrew round #443");
    const before = h.telegram.calls.length;
    h.telegram.push(tg.message("/stats 2026", { from: tg.user(1821) }));
    const stats = String((await h.telegram.nextMessage(1821, before)).text);
    const rounds2026 = h.app.core.store.all().filter((r) => r.date.startsWith("2026")).length;
    expect(stats).toContain(`${rounds2026} rounds`);
    h.feed.next(json(feedThrough([R435, R436, R437])));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1821)).toEqual(["443", "444", "437"]), 8_000);
  });
});
