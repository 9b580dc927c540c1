import { afterEach, describe, expect, it } from "vitest";
import { eventually } from "../helpers/eventually.ts";
import { json } from "../helpers/feed-server.ts";
import { discordAnnounced, feedUpTo, startFullHarness, telegramAnnounced, type FullHarness } from "../helpers/full-app.ts";
import type { Subscription } from "../../src/core/subscriptions.ts";

let h: FullHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const sub = (platform: "telegram" | "discord", chatId: string): Subscription => ({
  id: `${platform}:${chatId}`, platform, chatId, categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z",
});

/** Starts at #433 with the given subscribers, then publishes #434. */
async function publishTo(subs: Subscription[]): Promise<FullHarness> {
  const harness = await startFullHarness({ seedTo: 433 });
  await eventually(async () => expect(harness.feed.requests.length).toBeGreaterThanOrEqual(1));
  for (const s of subs) await harness.app.subs.save(s);
  harness.feed.next(json(feedUpTo(434)));
  return harness;
}

describe("announcement delivery faults", () => {
  it("GIVEN a 429 with retry_after THEN waits it out and delivers once", async () => {
    h = await startFullHarness({ seedTo: 433 });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    await h.app.subs.save(sub("telegram", "1101"));
    h.telegram.fail("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    h.feed.next(json(feedUpTo(434)));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1101)).toEqual(["434"]), 8_000);
    const attempts = h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === "1101");
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("GIVEN a chat that blocked the bot (403), or no longer exists (400) THEN unsubscribes it and the others still get it", async () => {
    h = await publishTo([sub("telegram", "1201"), sub("telegram", "1202"), sub("telegram", "1203")]);
    h.telegram.fail("sendMessage", (p) => (p.chat_id === "1201" ? { error_code: 403, description: "Forbidden: bot was blocked by the user" } : undefined));
    h.telegram.fail("sendMessage", (p) => (p.chat_id === "1202" ? { error_code: 400, description: "Bad Request: chat not found" } : undefined));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1203)).toEqual(["434"]), 8_000);
    await eventually(async () => expect(await h!.app.subs.get("telegram:1201")).toBeUndefined());
    expect(await h.app.subs.get("telegram:1202")).toBeUndefined();
    expect(h.telegram.callsOf("sendMessage").filter((c) => c.payload.chat_id === "1201")).toHaveLength(1); // not retried
  });

  it("GIVEN a group that became a supergroup THEN follows it to its new id", async () => {
    h = await publishTo([sub("telegram", "-1301")]);
    h.telegram.fail("sendMessage", (p) => (p.chat_id === "-1301" ? { error_code: 400, description: "Bad Request: group chat was upgraded to a supergroup chat", parameters: { migrate_to_chat_id: -1001301 } } : undefined));
    await eventually(() => expect(telegramAnnounced(h!.telegram, -1001301)).toEqual(["434"]), 8_000);
    expect(await h.app.subs.get("telegram:-1301")).toBeUndefined();
    expect(await h.app.subs.get("telegram:-1001301")).toMatchObject({ chatId: "-1001301" });
    // The next round goes to the new id directly.
    h.feed.next(json(feedUpTo(434).replace('"rounds":[', `"rounds":[${JSON.stringify({ ...JSON.parse(feedUpTo(434)).rounds[0], drawNumber: "435", drawDate: "2026-08-21" })},`)));
    await eventually(() => expect(telegramAnnounced(h!.telegram, -1001301)).toEqual(["434", "435"]), 8_000);
  });

  it("GIVEN Discord answers 500 once, or a channel is gone (404) THEN retries safely with the nonce, or unsubscribes", async () => {
    h = await publishTo([sub("discord", "980000000000000001"), sub("discord", "980000000000000002")]);
    h.discord.fail((c) => c.path === "/channels/980000000000000001/messages", { status: 500, body: { message: "Internal Server Error", code: 0 } });
    h.discord.fail((c) => c.path === "/channels/980000000000000002/messages", { status: 404, body: { message: "Unknown Channel", code: 10003 } });
    await eventually(() => expect(discordAnnounced(h!.discord, "980000000000000001")).toEqual(["434", "434"]), 10_000);
    const posts = h.discord.callsTo(/^\/channels\/980000000000000001\/messages$/, "POST");
    expect(new Set(posts.map((p) => (p.body as { nonce: string }).nonce)).size).toBe(1); // the retry reuses the nonce
    await eventually(async () => expect(await h!.app.subs.get("discord:980000000000000002")).toBeUndefined());
  });

  it("GIVEN a first sync into an empty store (no seed) THEN nothing is announced", async () => {
    h = await startFullHarness({ seedTo: 434, env: { DRAWS_SEED_FILE: "" } });
    await h.app.subs.save(sub("telegram", "1401"));
    await eventually(async () => expect(h!.app.core.store.size).toBe(435));
    const polls = h.feed.requests.length;
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(polls + 3));
    expect(h.telegram.sentTo(1401)).toEqual([]);
  });
});

describe("two copies of the bot on one store", () => {
  it("only the copy holding the lease announces: each subscriber gets the round once", async () => {
    h = await startFullHarness({ seedTo: 433, env: { DISCORD_TOKEN: "" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    const { createConfig } = await import("../../src/config.ts");
    const { startApp } = await import("../../src/start.ts");
    const second = await startApp(createConfig(h.env), { logger: h.log.logger });
    try {
      for (const id of ["1501", "1502", "1503"]) await h.app.subs.save(sub("telegram", id));
      h.feed.next(json(feedUpTo(434)));
      await eventually(() => {
        for (const id of [1501, 1502, 1503]) expect(telegramAnnounced(h!.telegram, id)).toEqual(["434"]);
      }, 8_000);
      const polls = h.feed.requests.length;
      await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(polls + 4), 8_000);
      for (const id of [1501, 1502, 1503]) expect(telegramAnnounced(h.telegram, id)).toEqual(["434"]);
    } finally {
      await second.stop();
    }
  });
});

describe("a platform that is not running", () => {
  it("does not hold up announcements on the other one", async () => {
    h = await startFullHarness({ seedTo: 432, env: { DISCORD_TOKEN: "" } });
    await eventually(async () => expect(h!.feed.requests.length).toBeGreaterThanOrEqual(1));
    await h.app.subs.save(sub("discord", "990000000000000001")); // left over from when Discord was configured
    await h.app.subs.save(sub("telegram", "1601"));
    h.feed.next(json(feedUpTo(433)));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1601)).toEqual(["433"]), 8_000);
    h.feed.next(json(feedUpTo(434)));
    await eventually(() => expect(telegramAnnounced(h!.telegram, 1601)).toEqual(["433", "434"]), 8_000);
  });
});
