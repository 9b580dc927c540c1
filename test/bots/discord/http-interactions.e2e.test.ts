import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORD_TOKEN } from "../../helpers/discord-app.ts";
import { discordKeys, startDiscordHttpHarness, type DiscordHttpHarness } from "../../helpers/discord-http.ts";
import { interaction, PERMS, slash } from "../../helpers/fake-discord.ts";
import { feedThrough, laterRound } from "../../helpers/later-rounds.ts";
import { DrawStore } from "../../../src/core/draws/draw-store.ts";
import { parseFeedText } from "../../../src/core/draws/parse-feed.ts";
import { openStores } from "../../../src/core/store/open.ts";

type Embed = { title?: string; description?: string; fields?: Array<{ name: string; value: string }>; image?: { url: string } };
type Answer = { type: number; data?: { embeds?: Embed[]; flags?: number; content?: string; choices?: Array<{ name: string; value: string }>; components?: unknown[] } };
const EPHEMERAL = 64;

/** A slash command used in a DM with the app installed by the user: no guild, no member, a `user`. */
function inDm(data: Record<string, unknown>, userId = "940000000000000077"): Record<string, unknown> {
  const { guild_id: _g, member: _m, guild_locale: _l, ...rest } = interaction(2, data);
  return { ...rest, channel: { id: "950000000000000001", type: 1 }, channel_id: "950000000000000001", user: { id: userId, username: "bo", discriminator: "0", avatar: null, global_name: "Bo" }, authorizing_integration_owners: { "1": userId }, context: 1 };
}

describe("Discord over HTTP (DISCORD_PUBLIC_KEY set): the interactions endpoint", () => {
  let h: DiscordHttpHarness;
  beforeAll(async () => {
    // With the bot token, as in production: /subscribe reads the bot's rights in the target channel over REST.
    h = await startDiscordHttpHarness({ DISCORD_USER_RATE_MAX: "4", DISCORD_TOKEN });
  });
  afterAll(async () => h?.close());

  it("needs no gateway: nothing connects to Discord until an interaction arrives", () => {
    expect(h.fake.identified).toBe(0);
    expect(h.fake.calls).toHaveLength(0);
    expect(h.app.platforms).toContain("discord");
  });

  it("answers PING with PONG", async () => {
    const res = await h.post({ id: "1", application_id: "900000000000000001", type: 1, token: "t", version: 1 });
    expect(res).toEqual({ status: 200, body: { type: 1 } });
  });

  it("refuses a missing, forged, tampered or stale signature with 401", async () => {
    const ping = { id: "1", application_id: "900000000000000001", type: 1, token: "t", version: 1 };
    expect((await h.post(ping, { unsigned: true })).status).toBe(401);
    expect((await h.post(ping, { signWith: discordKeys() })).status).toBe(401);
    // Signed for one body, sent with another.
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await fetch(h.url, { method: "POST", body: JSON.stringify({ ...ping, type: 2 }), headers: { "x-signature-ed25519": h.keys.sign(ts, JSON.stringify(ping)), "x-signature-timestamp": ts } });
    expect(res.status).toBe(401);
    // A genuine request replayed ten minutes later.
    expect((await h.post(ping, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect((await h.post(ping, { headers: { "x-signature-ed25519": "zz" } })).status).toBe(401);
    expect(h.log.text()).toContain("bad signature");
  });

  it("refuses other paths and methods, non-JSON and oversized bodies without crashing", async () => {
    expect((await fetch(h.url, { method: "GET" })).status).toBe(405);
    expect((await fetch(h.url.replace("/interactions", "/other"), { method: "POST" })).status).toBe(404);
    expect((await h.post(null, { raw: "{not json" })).status).toBe(400);
    expect((await h.post(null, { raw: JSON.stringify({ padding: "x".repeat(200_000) }) })).status).toBe(413);
    // Still answering.
    expect((await h.post({ id: "1", application_id: "900000000000000001", type: 1, token: "t", version: 1 })).body).toEqual({ type: 1 });
  });

  it("answers /latest in the HTTP response (type 4) with the newest round in the store", async () => {
    const newest = h.app.core.store.all().at(-1)!;
    const res = await h.post(interaction(2, slash("latest"), { userId: "940000000000000010" }));
    expect(res.status).toBe(200);
    const body = res.body as Answer;
    expect(body.type).toBe(4);
    expect(body.data!.embeds![0]!.title).toContain(`#${newest.id}`);
    expect(body.data!.flags).toBeUndefined();
  });

  it("GIVEN another copy stores a new round THEN the next /latest shows it", async () => {
    const other = await openStores(h.storeUrl);
    try {
      const copy = await DrawStore.open(other.kv, other.records);
      await copy.upsert(parseFeedText(feedThrough([laterRound(435, "2026-08-19")])).rounds, "2026-08-20T11:00:00.000Z");
    } finally {
      await other.records.close();
      await other.kv.close();
    }
    const body = (await h.post(interaction(2, slash("latest"), { userId: "940000000000000015" }))).body as Answer;
    expect(body.data!.embeds![0]!.title).toContain("#435");
  });

  it("works in a DM with the app installed by the user (no guild, no member), in French", async () => {
    const body = (await h.post({ ...inDm(slash("draw", [{ name: "number", value: "262", type: 3 }])), locale: "fr" })).body as Answer;
    expect(body.type).toBe(4);
    expect(body.data!.embeds![0]!.title).toContain("Ronde nº 262");
  });

  it("makes errors ephemeral", async () => {
    const body = (await h.post(interaction(2, slash("draw", [{ name: "number", value: "9999", type: 3 }]), { userId: "940000000000000011" }))).body as Answer;
    expect(body.type).toBe(4);
    expect(body.data!.flags).toBe(EPHEMERAL);
    expect(body.data!.embeds![0]!.description).toContain("There is no round #9999");
  });

  it("answers autocomplete with choices (type 8)", async () => {
    const body = (await h.post(interaction(4, slash("latest", [{ name: "category", value: "hea", type: 3, focused: true }])))).body as Answer;
    expect(body.type).toBe(8);
    expect(body.data!.choices!.map((c) => c.value)).toContain("healthcare");
    expect(body.data!.choices!.length).toBeLessThanOrEqual(25);
  });

  it("/crs is ephemeral with a Share button; pressing it posts the result", async () => {
    const user = "940000000000000012";
    const opts = [
      { name: "age", value: 29, type: 4 }, { name: "marital", value: "single", type: 3 }, { name: "education", value: "bachelors", type: 3 },
      { name: "test", value: "clb:en", type: 3 }, { name: "listening", value: 9, type: 10 }, { name: "reading", value: 9, type: 10 },
      { name: "writing", value: 9, type: 10 }, { name: "speaking", value: 9, type: 10 }, { name: "canadian_work", value: 1, type: 4 },
    ];
    const crs = (await h.post(interaction(2, slash("crs", opts), { userId: user }))).body as Answer;
    expect(crs.data!.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(crs.data!.components)).toContain("crs:share");
    const shared = (await h.post(interaction(3, { custom_id: "crs:share", component_type: 2 }, { userId: user }))).body as Answer;
    expect(shared.type).toBe(4);
    expect(shared.data!.flags).toBeUndefined();
    expect(JSON.stringify(shared.data!.embeds)).toMatch(/\d{3}/);
  });

  it("/subscribe checks Manage Channels in the target channel, as Discord computed it, then saves; /unsubscribe ends it", async () => {
    const target = "920000000000000003"; // #announcements, where the bot may post
    const data = (permissions: string) => {
      const d = slash("subscribe", [{ name: "channel", value: target, type: 7 }, { name: "categories", value: "cec", type: 3 }]) as { resolved: { channels: Record<string, { permissions: string }> } };
      d.resolved.channels[target]!.permissions = permissions;
      return d;
    };
    // Manage Channels where the command was typed, but not in the target channel: refused.
    const refused = (await h.post(interaction(2, data("0"), { userId: "940000000000000013", permissions: PERMS.manageChannels }))).body as Answer;
    expect(refused.data!.flags).toBe(EPHEMERAL);
    expect(refused.data!.embeds![0]!.description).toContain("Only members who can manage channels");
    expect(await h.app.subs.get(`discord:${target}`)).toBeUndefined();
    const ok = (await h.post(interaction(2, data(PERMS.manageChannels), { userId: "940000000000000013" }))).body as Answer;
    expect(ok.data!.flags).toBe(EPHEMERAL);
    expect(ok.data!.embeds![0]!.description).toContain(`<#${target}>`);
    expect(await h.app.subs.get(`discord:${target}`)).toMatchObject({ chatId: target, categories: ["cec"], guildId: "910000000000000001" });
    const settings = (await h.post(interaction(2, { ...slash("settings", [{ name: "channel", value: target, type: 7 }]) }, { userId: "940000000000000014" }))).body as Answer;
    expect(settings.data!.flags).toBe(EPHEMERAL);
    expect(settings.data!.embeds![0]!.description).toContain(`Announcements in <#${target}>`);
    const dm = (await h.post(inDm(data(PERMS.admin)))).body as Answer;
    expect(dm.data!.embeds![0]!.description).toContain("only in a server where ee-bot is a member");
    const gone = (await h.post(interaction(2, { ...slash("unsubscribe", [{ name: "channel", value: target, type: 7 }]) }, { userId: "940000000000000013" }))).body as Answer;
    expect(gone.data!.embeds![0]!.description).toContain(`No more announcements in <#${target}>`);
    expect(await h.app.subs.get(`discord:${target}`)).toBeUndefined();
  });

  it("limits each user: past the limit, an ephemeral notice; other users are unaffected", async () => {
    const user = "940000000000000099";
    const answers: Answer[] = [];
    for (let n = 0; n < 6; n++) answers.push((await h.post(interaction(2, slash("help"), { userId: user }))).body as Answer);
    expect(answers.slice(0, 4).every((a) => a.data!.embeds)).toBe(true);
    expect(answers[4]!.data!.flags).toBe(EPHEMERAL);
    expect(answers[4]!.data!.content).toMatch(/Slow down a little: you can use ee-bot again in \d+ s\./);
    const other = (await h.post(interaction(2, slash("help"), { userId: "940000000000000098" }))).body as Answer;
    expect(other.data!.embeds).toBeDefined();
  });
});

describe("Discord over HTTP: the 3-second deadline", () => {
  let h: DiscordHttpHarness;
  beforeAll(async () => {
    h = await startDiscordHttpHarness({}, { deferAfterMs: 0 });
  });
  afterAll(async () => h?.close());

  it("defers (type 5) and then edits the original message over REST", async () => {
    const payload = interaction(2, slash("latest"));
    const res = await h.post(payload);
    expect(res.body).toEqual({ type: 5, data: {} });
    const edit = await h.fake.nextCall((c) => c.method === "PATCH" && c.path === `/webhooks/${payload.application_id}/${payload.token}/messages/@original`);
    expect(JSON.stringify(edit.body)).toContain("Latest round");
    expect(edit.headers.authorization).toBeUndefined();
  });

  it("a deferred error is replaced by a message only the user sees", async () => {
    const payload = interaction(2, slash("draw", [{ name: "number", value: "9999", type: 3 }]));
    expect(((await h.post(payload)).body as Answer).type).toBe(5);
    const followUp = await h.fake.nextCall((c) => c.method === "POST" && c.path === `/webhooks/${payload.application_id}/${payload.token}`);
    expect((followUp.body as { flags: number }).flags).toBe(EPHEMERAL);
    expect(h.fake.callsTo(new RegExp(`/webhooks/\\d+/${String(payload.token)}/messages/@original`), "DELETE")).toHaveLength(1);
  });

  it("a chart is deferred and sent as a PNG file shown in the embed", async () => {
    const payload = interaction(2, slash("trend", [{ name: "period", value: "all", type: 3 }]));
    expect(((await h.post(payload)).body as Answer).type).toBe(5);
    const edit = await h.fake.nextCall((c) => c.method === "PATCH" && c.path.endsWith(`${String(payload.token)}/messages/@original`), 20_000);
    const body = edit.body as { files: Array<{ name: string; png: boolean }>; embeds: Embed[] };
    expect(body.files[0]!.png).toBe(true);
    expect(body.embeds[0]!.image!.url).toBe(`attachment://${body.files[0]!.name}`);
  }, 30_000);

  it("stop() lets a follow-up already under way finish", async () => {
    const payload = interaction(2, slash("stats", [{ name: "year", value: 2024, type: 4 }]));
    expect(((await h.post(payload)).body as Answer).type).toBe(5);
    await h.app.discordHttp!.stop();
    expect(h.fake.callsTo(new RegExp(String(payload.token)), "PATCH")).toHaveLength(1);
  });
});
