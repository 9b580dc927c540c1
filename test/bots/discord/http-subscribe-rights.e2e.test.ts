import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORD_TOKEN } from "../../helpers/discord-app.ts";
import { startDiscordHttpHarness, type DiscordHttpHarness } from "../../helpers/discord-http.ts";
import { BOT_ID, BOT_ROLE_ID, CHANNEL_ID, GUILD_ID, interaction, MENTIONABLE_ROLE_ID, QUIET_ROLE_ID, slash } from "../../helpers/fake-discord.ts";

/**
 * /subscribe over HTTP (DISCORD_PUBLIC_KEY set) checks the bot's own rights in the target channel,
 * as the gateway does: with no gateway cache, from the interaction's `app_permissions` when the
 * target is the channel the command was used in, else from REST (the server's roles, the bot's
 * member, the channel's overwrites) on the fake Discord.
 */

const EPHEMERAL = 64;
const ADMIN = 1n << 3n;
const MANAGE = 1n << 4n;
const VIEW = 1n << 10n;
const SEND = 1n << 11n;
const EMBED = 1n << 14n;
const MENTION_EVERYONE = 1n << 17n;
const ALL = (1n << 31n) - 1n;

const BOT_MUTED = "920000000000000021"; // the bot's role may not send here
const NO_EMBEDS = "920000000000000022"; // nobody may embed here
const LOCKED = "920000000000000023"; // @everyone may not see it; the bot may, by a member overwrite
const HIDDEN = "920000000000000024"; // Discord answers 403 Missing Access
const FLAKY = "920000000000000025"; // Discord answers 500
const OPEN = "920000000000000026";
const OTHER_SERVER = "920000000000000027"; // a channel of another server
const LOCKED_OUT = "920000000000000028"; // @everyone may not see it, and nothing lets the bot in
const MEMBER_DENIED = "920000000000000029"; // the bot's role may send, the bot's own member overwrite says no
const MOD = "940000000000000201";

type Answer = { type: number; data: { flags?: number; embeds?: Array<{ description?: string }> } };
const textOf = (a: Answer) => (a.data.embeds ?? []).map((e) => e.description ?? "").join("\n");
const channel = (id: string, overwrites: Array<{ id: string; type: 0 | 1; allow?: bigint; deny?: bigint }>) => ({
  id, type: 0, name: `c${id.slice(-2)}`, position: 9, parent_id: null,
  permission_overwrites: overwrites.map((w) => ({ id: w.id, type: w.type, allow: String(w.allow ?? 0n), deny: String(w.deny ?? 0n) })),
});

let h: DiscordHttpHarness;
beforeAll(async () => {
  h = await startDiscordHttpHarness({ DISCORD_TOKEN, DISCORD_USER_RATE_MAX: "100" });
  const guild = h.fake.guilds[0]!;
  (guild.channels as unknown[]).push(
    channel(BOT_MUTED, [{ id: BOT_ROLE_ID, type: 0, deny: SEND }]),
    channel(NO_EMBEDS, [{ id: GUILD_ID, type: 0, deny: EMBED }]),
    channel(LOCKED, [{ id: GUILD_ID, type: 0, deny: VIEW | SEND }, { id: BOT_ID, type: 1, allow: VIEW | SEND }]),
    channel(OPEN, []),
    channel(LOCKED_OUT, [{ id: GUILD_ID, type: 0, deny: VIEW | SEND }]),
    channel(MEMBER_DENIED, [{ id: GUILD_ID, type: 0, deny: SEND }, { id: BOT_ROLE_ID, type: 0, allow: SEND }, { id: BOT_ID, type: 1, deny: SEND }]),
  );
  h.fake.guilds.push({ ...h.fake.guilds[0]!, id: "910000000000000002", channels: [channel(OTHER_SERVER, [])] });
  h.fake.failAlways((c) => (c.method === "GET" && c.path === `/channels/${HIDDEN}` ? { status: 403, body: { message: "Missing Access", code: 50001 } } : undefined));
  h.fake.failAlways((c) => (c.method === "GET" && c.path === `/channels/${FLAKY}` ? { status: 500, body: { message: "Internal Server Error", code: 0 } } : undefined));
});
afterAll(async () => h?.close());

/** /subscribe `target` by a member with Manage Channels there (and `memberExtra`), used in #draws unless `opts` says otherwise. */
async function subscribe(target: string, o: { role?: string; memberExtra?: bigint; appPermissions?: bigint; locale?: string } = {}): Promise<Answer> {
  const data = slash("subscribe", [{ name: "channel", value: target, type: 7 }, ...(o.role ? [{ name: "role", value: o.role, type: 8 }] : [])]) as { resolved: { channels: Record<string, { permissions: string }> } };
  data.resolved.channels[target]!.permissions = String(VIEW | SEND | MANAGE | (o.memberExtra ?? 0n));
  const payload = { ...interaction(2, data, { userId: MOD, ...(o.locale ? { locale: o.locale } : {}) }), ...(o.appPermissions !== undefined ? { app_permissions: String(o.appPermissions) } : {}) };
  const res = await h.post(payload);
  expect(res.status).toBe(200);
  return res.body as Answer;
}

const stored = (id: string) => h.app.subs.get(`discord:${id}`);

describe("over HTTP, /subscribe checks the bot's own rights in the target channel", () => {
  it("GIVEN the bot's role is denied Send Messages there by an overwrite THEN a clear private refusal, and nothing is stored", async () => {
    const body = await subscribe(BOT_MUTED);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(textOf(body)).toContain(`I cannot post announcements in <#${BOT_MUTED}>: give me Send Messages there`);
    expect(await stored(BOT_MUTED)).toBeUndefined();
    expect(textOf(await subscribe(BOT_MUTED, { locale: "fr" }))).toContain("Envoyer des messages");
    expect(textOf(await subscribe(NO_EMBEDS))).toContain("give me Embed Links");
    expect(await stored(NO_EMBEDS)).toBeUndefined();
  });

  it("applies the overwrites in Discord's order: @everyone, then the roles, then the bot's own member", async () => {
    expect(textOf(await subscribe(LOCKED_OUT))).toContain("give me View Channel, Send Messages, Embed Links there");
    expect(await stored(LOCKED_OUT)).toBeUndefined();
    // Hidden from @everyone, but a member overwrite lets the bot in.
    expect(textOf(await subscribe(LOCKED))).toContain(`New rounds will be announced in <#${LOCKED}>`);
    expect(await stored(LOCKED)).toMatchObject({ chatId: LOCKED, guildId: GUILD_ID });
    // Its role may send there, its member may not: the member wins.
    expect(textOf(await subscribe(MEMBER_DENIED))).toContain("give me Send Messages there");
    expect(await stored(MEMBER_DENIED)).toBeUndefined();
  });

  it("GIVEN a channel the bot cannot see (403), or of another server THEN it says it cannot see it", async () => {
    expect(textOf(await subscribe(HIDDEN))).toContain(`I cannot see <#${HIDDEN}>`);
    expect(textOf(await subscribe(OTHER_SERVER))).toContain(`I cannot see <#${OTHER_SERVER}>`);
    expect(await stored(HIDDEN)).toBeUndefined();
    expect(await stored(OTHER_SERVER)).toBeUndefined();
  });

  it("GIVEN a server that installed the commands but not the bot THEN it says the bot is not a member", async () => {
    const guildId = "910000000000000003";
    const target = "920000000000000030";
    h.fake.guilds.push({ ...h.fake.guilds[0]!, id: guildId, members: [], channels: [channel(target, [])] });
    const data = slash("subscribe", [{ name: "channel", value: target, type: 7 }]);
    const body = (await h.post({ ...interaction(2, data, { userId: MOD }), guild_id: guildId, authorizing_integration_owners: { "0": guildId } })).body as Answer;
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(textOf(body)).toContain("I am not a member of this server");
    expect(await stored(target)).toBeUndefined();
  });

  it("GIVEN Discord fails to answer THEN a clear private answer to try again, nothing stored, and the endpoint keeps answering", async () => {
    const body = await subscribe(FLAKY);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(textOf(body)).toContain(`I could not check my own rights in <#${FLAKY}>. Please try again in a moment`);
    expect(await stored(FLAKY)).toBeUndefined();
    expect(h.log.text()).toContain("could not read the bot's rights from Discord");
    expect(textOf(await subscribe(OPEN))).toContain(`New rounds will be announced in <#${OPEN}>`);
  });

  it("reads the server's roles and the bot's member once for a burst of commands in one server", async () => {
    await subscribe(OPEN);
    const before = h.fake.callsTo(new RegExp(`^/guilds/${GUILD_ID}/`), "GET").length;
    await Promise.all([subscribe(OPEN), subscribe(LOCKED), subscribe(OPEN), subscribe(LOCKED)]);
    expect(h.fake.callsTo(new RegExp(`^/guilds/${GUILD_ID}/`), "GET").length - before).toBe(0);
    expect(h.fake.callsTo(new RegExp(`^/channels/${LOCKED}$`), "GET").length).toBeLessThanOrEqual(2); // once above, at most once more
    // The token is the bot's: these reads are authenticated, unlike the follow-up webhooks.
    expect(h.fake.callsTo(new RegExp(`^/guilds/${GUILD_ID}/roles$`), "GET")[0]!.headers.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
  });

  it("in the channel the command is used in, trusts Discord's app_permissions: no REST read", async () => {
    const reads = h.fake.callsTo(new RegExp(`^/channels/${CHANNEL_ID}$`), "GET").length;
    const refused = await subscribe(CHANNEL_ID, { appPermissions: ALL & ~SEND });
    expect(textOf(refused)).toContain(`I cannot post announcements in <#${CHANNEL_ID}>: give me Send Messages there`);
    expect(await stored(CHANNEL_ID)).toBeUndefined();
    expect(textOf(await subscribe(CHANNEL_ID, { appPermissions: VIEW | SEND | EMBED }))).toContain(`New rounds will be announced in <#${CHANNEL_ID}>`);
    expect(h.fake.callsTo(new RegExp(`^/channels/${CHANNEL_ID}$`), "GET").length).toBe(reads);
  });

  it("GIVEN the role to mention is not mentionable THEN refused as on the gateway, unless both the member and the bot may mention everyone", async () => {
    const quiet = await subscribe(OPEN, { role: QUIET_ROLE_ID });
    expect(quiet.data.flags).toBe(EPHEMERAL);
    expect(textOf(quiet)).toContain(`<@&${QUIET_ROLE_ID}> cannot be mentioned by you in <#${OPEN}>`);
    expect(textOf(await subscribe(OPEN, { role: GUILD_ID }))).toContain("@everyone cannot be mentioned by you");
    expect(await stored(OPEN)).not.toHaveProperty("roleId");
    // The member may mention everyone, the bot may not (its role lacks it).
    expect(textOf(await subscribe(OPEN, { role: QUIET_ROLE_ID, memberExtra: MENTION_EVERYONE }))).toContain(`I cannot mention <@&${QUIET_ROLE_ID}> in <#${OPEN}>`);
    expect(textOf(await subscribe(OPEN, { role: MENTIONABLE_ROLE_ID }))).toContain(`mentioning <@&${MENTIONABLE_ROLE_ID}>`);
    expect(await stored(OPEN)).toMatchObject({ roleId: MENTIONABLE_ROLE_ID });
  });

  it("GIVEN the bot then gets Administrator THEN the channel it was refused is accepted at once (a refusal always re-reads the rights)", async () => {
    const botRole = (h.fake.guilds[0]!.roles as Array<{ id: string; permissions: string }>).find((r) => r.id === BOT_ROLE_ID)!;
    const was = botRole.permissions;
    expect(textOf(await subscribe(BOT_MUTED))).toContain("give me Send Messages there"); // the server's roles are kept from here
    botRole.permissions = String(BigInt(was) | ADMIN);
    try {
      expect(textOf(await subscribe(BOT_MUTED))).toContain(`New rounds will be announced in <#${BOT_MUTED}>`);
      expect(await stored(BOT_MUTED)).toBeDefined();
    } finally {
      botRole.permissions = was;
    }
  });
});

describe("over HTTP without DISCORD_TOKEN", () => {
  let bare: DiscordHttpHarness;
  beforeAll(async () => {
    bare = await startDiscordHttpHarness();
  });
  afterAll(async () => bare?.close());

  it("cannot read its rights in another channel: says so and stores nothing; in the command's channel app_permissions suffice", async () => {
    const data = slash("subscribe", [{ name: "channel", value: OPEN, type: 7 }]);
    const refused = (await bare.post(interaction(2, data, { userId: MOD }))).body as Answer;
    expect(textOf(refused)).toContain(`I could not check my own rights in <#${OPEN}>`);
    expect(await bare.app.subs.get(`discord:${OPEN}`)).toBeUndefined();
    const here = (await bare.post(interaction(2, slash("subscribe", [{ name: "channel", value: CHANNEL_ID, type: 7 }]), { userId: MOD }))).body as Answer;
    expect(textOf(here)).toContain(`New rounds will be announced in <#${CHANNEL_ID}>`);
  });
});
