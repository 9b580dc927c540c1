import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../helpers/eventually.ts";
import { json } from "../helpers/feed-server.ts";
import { snapshotRounds } from "../helpers/fixtures.ts";
import { discordAnnounced, feedUpTo, startFullHarness, telegramAnnounced, type FullHarness } from "../helpers/full-app.ts";
import type { Subscription } from "../../src/core/subscriptions.ts";

let h: FullHarness;
const C1 = "960000000000000001";
const C2 = "960000000000000002";
const ROLE = "970000000000000001";

const sub = (platform: "telegram" | "discord", chatId: string, extra: Partial<Subscription> = {}): Subscription => ({
  id: `${platform}:${chatId}`, platform, chatId, categories: null, maxCrs: null, lang: "en", createdAt: "2026-08-01T00:00:00.000Z", ...extra,
});

beforeAll(async () => {
  h = await startFullHarness({ seedTo: 428 });
  // The first cycle reads the feed (still #428) and sets the mark: nothing is announced.
  await eventually(async () => expect(h.feed.requests.length).toBeGreaterThanOrEqual(1));
  await h.app.subs.save(sub("telegram", "1001"));
  await h.app.subs.save(sub("telegram", "-2001", { categories: ["cec"] }));
  await h.app.subs.save(sub("telegram", "-3001", { maxCrs: 480, lang: "fr" }));
  await h.app.subs.save(sub("discord", C1, { roleId: ROLE }));
  await h.app.subs.save(sub("discord", C2, { categories: ["pnp"] }));
});
afterAll(async () => h.close());

const rounds = snapshotRounds();
const byId = (id: string) => rounds.find((r) => r.id === id)!;
const ids = ["429", "430", "431", "432", "433", "434"];

describe("announcements: a replay of real feed versions", () => {
  it("announces each new round once, oldest first, to each subscriber it matches — through two-at-once, a stale flip and an edit", async () => {
    const versions = [
      feedUpTo(429),
      feedUpTo(431), // two rounds at once
      feedUpTo(432),
      feedUpTo(431), // stale cache: #432 vanishes…
      feedUpTo(432), // …and comes back
      feedUpTo(434, (r) => (r.drawNumber === "430" ? { ...r, drawSize: "9,999" } : r)), // two more, and IRCC edits #430
    ];
    for (const body of versions) {
      const before = h.feed.requests.length;
      h.feed.next(json(body));
      await eventually(async () => expect(h.feed.requests.length).toBeGreaterThanOrEqual(before + 2));
    }
    const expected = {
      all: ids,
      cec: ids.filter((id) => byId(id).category.key === "cec"),
      upTo480: ids.filter((id) => byId(id).crs <= 480),
      pnp: ids.filter((id) => byId(id).category.key === "pnp"),
    };
    expect(expected.cec.length).toBeGreaterThan(0);
    expect(expected.pnp.length).toBeGreaterThan(0);
    await eventually(() => {
      expect(telegramAnnounced(h.telegram, 1001)).toEqual(expected.all);
      expect(telegramAnnounced(h.telegram, -2001)).toEqual(expected.cec);
      expect(telegramAnnounced(h.telegram, -3001)).toEqual(expected.upTo480);
      expect(discordAnnounced(h.discord, C1)).toEqual(expected.all);
      expect(discordAnnounced(h.discord, C2)).toEqual(expected.pnp);
    }, 10_000);
    // A few more cycles change nothing: no repeats.
    const polls = h.feed.requests.length;
    await eventually(async () => expect(h.feed.requests.length).toBeGreaterThanOrEqual(polls + 3));
    expect(telegramAnnounced(h.telegram, 1001)).toEqual(expected.all);
    expect(discordAnnounced(h.discord, C1)).toEqual(expected.all);
    // The edit shows in /draw, not as a new announcement.
    expect(h.app.core.store.get("430")!.size).toBe(9999);
  });

  it("each announcement has the round, date, category, invitations, cutoff with its change, tie-break and the official link", () => {
    const tgMsg = h.telegram.sentTo(1001).find((m) => String(m.text).includes("round #434"))!;
    expect(tgMsg.parse_mode).toBe("HTML");
    expect(tgMsg.text).toContain("New Express Entry round #434");
    expect(tgMsg.text).toContain("August 7, 2026");
    expect(tgMsg.text).toContain("Transport Occupations, 2026-Version 2");
    expect(tgMsg.text).toContain("<b>Invitations</b>\n300");
    expect(tgMsg.text).toContain("470 (+40 vs #289)");
    expect(tgMsg.text).toContain("October 11, 2025 at 14:55:49 UTC");
    expect(tgMsg.text).toContain("invitations.html?q=434");
    const fr = h.telegram.sentTo(-3001)[0]!;
    expect(fr.text).toContain("Nouvelle ronde Entrée express");
    const dc = h.discord.callsTo(new RegExp(`^/channels/${C1}/messages$`), "POST").at(-1)!.body as Record<string, unknown>;
    expect(dc.content).toBe(`<@&${ROLE}>`);
    expect(dc.allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
    expect(dc.enforce_nonce).toBe(true);
    expect(String(dc.nonce).length).toBeLessThanOrEqual(25);
    const embed = (dc.embeds as Array<{ title: string; url: string }>)[0]!;
    expect(embed.title).toBe("New Express Entry round #434 — Transport occupations");
    expect(embed.url).toContain("q=434");
  });
});
