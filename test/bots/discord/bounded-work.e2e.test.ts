import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interaction, slash, type InteractionOptions } from "../../helpers/fake-discord.ts";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";

/** Discord: one user cannot flood the bot, and a chart storm gets "busy" answers instead of an unbounded queue. */

const EPHEMERAL = 64;
type Body = { type: number; data: { content?: string; flags?: number; embeds?: Array<{ title?: string; description?: string }>; files?: unknown[] } };
const textOf = (b: Body) => [b.data.content ?? "", ...(b.data.embeds ?? []).flatMap((e) => [e.title ?? "", e.description ?? ""])].join("\n");

let h: DiscordHarness;

/** Sends an interaction and waits (up to a minute: charts queue) for its answer. */
async function interactSlow(data: Record<string, unknown>, opts: InteractionOptions): Promise<Body> {
  const payload = interaction(2, data, opts);
  const answered = h.fake.nextCall((c) => c.path === `/interactions/${payload.id}/${payload.token}/callback`, 60_000);
  h.fake.dispatch("INTERACTION_CREATE", payload);
  return (await answered).body as Body;
}
beforeAll(async () => {
  h = await startDiscordHarness({}, { deferAfterMs: 60_000 });
});
afterAll(async () => h.close());

describe("Discord per-user rate limit", () => {
  it("a user firing 40 commands at once gets answers up to the limit, then an ephemeral 'slow down'; another user is unaffected", async () => {
    const flooder = "940000000000000777";
    const answers = (await Promise.all(Array.from({ length: 40 }, (_, i) => h.interact(2, slash("latest"), { userId: flooder, locale: i % 2 ? "fr" : "en-US" })))).map((a) => a.body as Body);
    const slowed = answers.filter((b) => /Slow down|Doucement/.test(textOf(b)));
    expect(slowed.length).toBeGreaterThanOrEqual(10);
    expect(slowed.length).toBeLessThan(40);
    for (const b of slowed) expect(b.data.flags).toBe(EPHEMERAL);
    expect(answers.filter((b) => /#434|nº 434/.test(textOf(b))).length).toBe(40 - slowed.length);
    const other = (await h.interact(2, slash("latest"), { userId: "940000000000000778" })).body as Body;
    expect(textOf(other)).toContain("#434");
    expect(slowed.some((b) => textOf(b).includes("Doucement"))).toBe(true); // in the user's language
  }, 60_000);
});

describe("a chart storm on Discord", () => {
  it("distinct /trend requests from many users are all answered: charts up to the renderer's bound, a clear 'busy' for the rest", async () => {
    const users = Array.from({ length: 16 }, (_, i) => `94000000000000${1000 + i}`);
    const answers = await Promise.all(users.map((userId, i) => interactSlow(slash("trend", [{ name: "period", value: `${20 + i}m`, type: 3 }]), { userId })));
    const busy = answers.filter((b) => textOf(b).includes("Many charts are being drawn"));
    const charts = answers.filter((b) => (b.data.files?.length ?? 0) > 0 || textOf(b).includes("CRS cutoff trend"));
    expect(busy.length + charts.length).toBe(users.length);
    expect(busy.length).toBeGreaterThan(0);
    expect(charts.length).toBeGreaterThan(0);
    for (const b of busy) expect(b.data.flags).toBe(EPHEMERAL);
    // One user asking for a second distinct chart while the first is drawn is told to wait for it.
    const pair = await Promise.all(["50m", "51m"].map((value) => interactSlow(slash("trend", [{ name: "period", value, type: 3 }]), { userId: users[0] })));
    expect(pair.map(textOf).filter((t) => t.includes("previous chart is still being drawn"))).toHaveLength(1);
  }, 120_000);
});
