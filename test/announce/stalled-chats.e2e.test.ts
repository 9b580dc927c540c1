import { afterEach, describe, expect, it } from "vitest";
import { eventually } from "../helpers/eventually.ts";
import { json } from "../helpers/feed-server.ts";
import { tg } from "../helpers/fake-telegram.ts";
import { discordAnnounced, feedUpTo, startFullHarness, telegramAnnounced, type FullHarness } from "../helpers/full-app.ts";
import { discordCommand, feedThrough, laterRound } from "../helpers/later-rounds.ts";
import type { Subscription } from "../../src/core/subscriptions.ts";

let h: FullHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const sub = (platform: "telegram" | "discord", chatId: string): Subscription => ({
  id: `${platform}:${chatId}`, platform, chatId, categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z",
});
const isAnnouncement = (p: Record<string, unknown>) => /New Express Entry round/.test(String(p.text));
const tgError = (description: string, error_code = 400) => ({ error_code, description });
const R435 = laterRound(435, "2026-08-21");
const R436 = laterRound(436, "2026-09-04");

/** Publishes #434, #435, #436 one after the other, each once the healthy chats have the previous one. */
async function publishThree(h: FullHarness, healthy: { telegram: number[]; discord: string[] }): Promise<void> {
  const steps: Array<[string, string[]]> = [[feedUpTo(434), ["434"]], [feedThrough([R435]), ["434", "435"]], [feedThrough([R435, R436]), ["434", "435", "436"]]];
  for (const [body, expected] of steps) {
    h.feed.next(json(body));
    await eventually(() => {
      for (const id of healthy.telegram) expect(telegramAnnounced(h.telegram, id)).toEqual(expected);
      for (const id of healthy.discord) expect(discordAnnounced(h.discord, id)).toEqual(expected);
    }, 10_000);
  }
}

describe("a chat that cannot be reached never holds up the others", () => {
  it("GIVEN channels refusing for good (admin rights, closed topic, PEER_ID_INVALID, Discord 50013 and AutoMod) and a flaky chat THEN healthy chats get every round once, in order; rights errors pause, the rest drop with the reason", async () => {
    h = await startFullHarness({ seedTo: 433, env: { ANNOUNCE_GIVE_UP_SECONDS: "2" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    const D_OK = "981000000000000001", D_PERMS = "981000000000000002", D_AUTOMOD = "981000000000000003";
    // The flaky chat is first in line: a delivery waiting to be retried must not hold up anyone else.
    for (const s of [sub("telegram", "1705"), sub("telegram", "-1001702"), sub("telegram", "-1001703"), sub("telegram", "1704"), sub("telegram", "1701"), sub("discord", D_PERMS), sub("discord", D_AUTOMOD), sub("discord", D_OK)]) await h.app.subs.save(s);
    h.telegram.failAlways("sendMessage", (p) => (isAnnouncement(p) && p.chat_id === "-1001702" ? tgError("Bad Request: need administrator rights in the channel chat") : undefined));
    h.telegram.failAlways("sendMessage", (p) => (isAnnouncement(p) && p.chat_id === "-1001703" ? tgError("Bad Request: TOPIC_CLOSED") : undefined));
    h.telegram.failAlways("sendMessage", (p) => (p.chat_id === "1704" ? tgError("Bad Request: PEER_ID_INVALID") : undefined));
    let flaky = 6; // one whole send (the API retries a 5xx three times), then two more failures
    h.telegram.failAlways("sendMessage", (p) => (p.chat_id === "1705" && flaky-- > 0 ? tgError("Bad Gateway", 502) : undefined));
    h.discord.failAlways((c) => (c.method === "POST" && c.path === `/channels/${D_PERMS}/messages` ? { status: 403, body: { message: "Missing Permissions", code: 50013 } } : undefined));
    h.discord.failAlways((c) => (c.method === "POST" && c.path === `/channels/${D_AUTOMOD}/messages` ? { status: 400, body: { message: "Message was blocked by AutoMod", code: 200000 } } : undefined));

    await publishThree(h, { telegram: [1701], discord: [D_OK] });
    const firstHealthy = h.telegram.calls.find((c) => c.ok && c.payload.chat_id === "1701")!.at;
    const firstFlaky = h.telegram.calls.find((c) => c.ok && c.payload.chat_id === "1705");
    expect(firstFlaky === undefined || firstFlaky.at > firstHealthy).toBe(true);
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1705)).toEqual(["434", "435", "436"]), 10_000); // late, but each once, in order

    // Rights errors pause the subscription; it is not ended.
    const channel = await h.app.subs.get("telegram:-1001702");
    expect(channel?.paused?.reason).toMatch(/need administrator rights/);
    expect((await h.app.subs.get(`discord:${D_PERMS}`))?.paused?.reason).toMatch(/50013/);
    expect((await h.app.subs.get("telegram:-1001703"))?.paused?.reason).toMatch(/TOPIC_CLOSED/);
    // A chat that does not exist is ended; a message AutoMod blocks is dropped, the channel kept.
    expect(await h.app.subs.get("telegram:1704")).toBeUndefined();
    expect(await h.app.subs.get(`discord:${D_AUTOMOD}`)).toMatchObject({ chatId: D_AUTOMOD });
    expect((await h.app.core.records.deliveriesOf("434")).find((d) => d.target === `discord:${D_AUTOMOD}`)).toMatchObject({ status: "dropped", reason: expect.stringMatching(/200000/) });
    // A delivery that keeps failing is dropped with its reason after the bound (2 s here).
    await eventually(async () => {
      const d = (await h!.app.core.records.deliveriesOf("434")).find((x) => x.target === "telegram:-1001702");
      expect(d).toMatchObject({ status: "dropped", reason: expect.stringMatching(/gave up .*need administrator rights/) });
    }, 10_000);

    // /settings shows the state on both bots.
    const before = h.telegram.calls.length;
    h.telegram.push(tg.channelPost("/settings", -1001702));
    const shown = await h.telegram.nextMessage(-1001702, before);
    expect(String(shown.text)).toMatch(/Paused since \d{4}-\d\d-\d\d \d\d:\d\d UTC: the bot may not post here \(400 Bad Request: need administrator rights in the channel chat\)/);
    const dc = await discordCommand(h.discord, "settings", [{ name: "channel", value: D_PERMS, type: 7 }]);
    expect(dc).toMatch(/Paused since .*50013/);
    expect(await discordCommand(h.discord, "settings", [{ name: "channel", value: D_OK, type: 7 }])).toContain("Announcements are being delivered here.");
  }, 60_000);

  it("GIVEN a group in night mode ('not enough rights') THEN it is paused, then gets the round late once rights come back, and is no longer paused", async () => {
    h = await startFullHarness({ seedTo: 433, env: { DISCORD_TOKEN: "" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    await h.app.subs.save(sub("telegram", "-1001711"));
    await h.app.subs.save(sub("telegram", "1712"));
    let night = true;
    h.telegram.failAlways("sendMessage", (p) => (night && p.chat_id === "-1001711" ? tgError("Bad Request: not enough rights to send text messages to the chat") : undefined));
    h.feed.next(json(feedUpTo(434)));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1712)).toEqual(["434"]), 8_000);
    await eventually(async () => expect((await h!.app.subs.get("telegram:-1001711"))?.paused).toMatchObject({ reason: expect.stringMatching(/not enough rights/) }));
    h.feed.next(json(feedThrough([R435])));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1712)).toEqual(["434", "435"]), 8_000);
    night = false;
    await eventually(() => expect(telegramAnnounced(h!.telegram, -1001711)).toEqual(["434", "435"]), 10_000);
    expect((await h.app.subs.get("telegram:-1001711"))?.paused).toBeUndefined();
  }, 40_000);

  it("GIVEN a chat that stays without rights THEN it is unsubscribed only after repeated failures over the configured days", async () => {
    // 0.00003 days is 2.6 s: a stand-in for a week.
    h = await startFullHarness({ seedTo: 433, env: { DISCORD_TOKEN: "", ANNOUNCE_UNSUBSCRIBE_DAYS: "0.00003", ANNOUNCE_GIVE_UP_SECONDS: "60" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    await h.app.subs.save(sub("telegram", "-1001721"));
    h.telegram.failAlways("sendMessage", (p) => (p.chat_id === "-1001721" ? tgError("Bad Request: have no rights to send a message") : undefined));
    const started = Date.now();
    h.feed.next(json(feedUpTo(434)));
    await eventually(async () => expect((await h!.app.subs.get("telegram:-1001721"))?.paused?.failures).toBeGreaterThanOrEqual(1), 8_000);
    expect(Date.now() - started).toBeLessThan(2_600); // paused, not ended, at the first failures
    await eventually(async () => expect(await h!.app.subs.get("telegram:-1001721")).toBeUndefined(), 15_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_600);
    // The delivery's outcome is recorded with the next batch of outcomes, right after.
    await eventually(async () => {
      const d = (await h!.app.core.records.deliveriesOf("434")).find((x) => x.target === "telegram:-1001721");
      expect(d).toMatchObject({ status: "dropped", reason: expect.stringMatching(/unsubscribed: no rights since/) });
    });
  }, 40_000);
});
