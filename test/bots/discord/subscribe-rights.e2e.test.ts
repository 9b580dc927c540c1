import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../helpers/eventually.ts";
import { BOT_ROLE_ID, CHANNEL_ID, EVERYONE_PERMS, GUILD_ID, MENTIONABLE_ROLE_ID, QUIET_ROLE_ID, slash } from "../../helpers/fake-discord.ts";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";

/**
 * /subscribe and /unsubscribe on Discord check rights where the announcements will land: the
 * member's Manage Channels in the target channel (with its overwrites), the bot's right to post
 * there, and the right to mention the chosen role.
 */

const EPHEMERAL = 64;
const MANAGE = 1n << 4n;
const SEND = 1n << 11n;
const EMBED = 1n << 14n;
const MENTION_EVERYONE = 1n << 17n;
const perms = (...flags: bigint[]) => String(flags.reduce((a, b) => a | b, BigInt(EVERYONE_PERMS)));

const MOD_ROLE = "915000000000000020";
const LOCKED = "920000000000000010"; // Manage Channels denied to the mods role
const MEMBER_ONLY = "920000000000000011"; // Manage Channels allowed to one member by an overwrite
const BOT_MUTED = "920000000000000012"; // the bot may not send here
const NO_EMBEDS = "920000000000000013"; // the bot may not embed here
const MODS_DENIED_HERE = "920000000000000014"; // where a mod types: their Manage Channels denied in this channel only
const MOD = "940000000000000101";
const HELPER = "940000000000000102";

type Body = { type: number; data: { content?: string; flags?: number; embeds?: Array<{ description?: string }> } };
const textOf = (b: Body) => [b.data.content ?? "", ...(b.data.embeds ?? []).map((e) => e.description ?? "")].join("\n");
const o = (name: string, value: unknown, type: number) => ({ name, value, type });

let h: DiscordHarness;
const channel = (id: string, name: string, overwrites: Array<{ id: string; type: 0 | 1; allow?: bigint; deny?: bigint }>) => ({
  id, type: 0, name, guild_id: GUILD_ID, position: 5, parent_id: null,
  permission_overwrites: overwrites.map((w) => ({ id: w.id, type: w.type, allow: String(w.allow ?? 0n), deny: String(w.deny ?? 0n) })),
});

beforeAll(async () => {
  h = await startDiscordHarness({}, { deferAfterMs: 60_000 });
  h.fake.dispatch("GUILD_ROLE_CREATE", { guild_id: GUILD_ID, role: { id: MOD_ROLE, name: "mods", permissions: perms(MANAGE), position: 4, color: 0, hoist: false, managed: false, mentionable: false } });
  h.fake.dispatch("CHANNEL_CREATE", channel(LOCKED, "locked", [{ id: MOD_ROLE, type: 0, deny: MANAGE }]));
  h.fake.dispatch("CHANNEL_CREATE", channel(MEMBER_ONLY, "helpers-corner", [{ id: HELPER, type: 1, allow: MANAGE }]));
  h.fake.dispatch("CHANNEL_CREATE", channel(BOT_MUTED, "quiet", [{ id: BOT_ROLE_ID, type: 0, deny: SEND }]));
  h.fake.dispatch("CHANNEL_CREATE", channel(NO_EMBEDS, "plain", [{ id: GUILD_ID, type: 0, deny: EMBED }]));
  h.fake.dispatch("CHANNEL_CREATE", channel(MODS_DENIED_HERE, "chat", [{ id: MOD_ROLE, type: 0, deny: MANAGE }]));
  const client = h.app.discord!.client;
  await eventually(() => expect([LOCKED, MEMBER_ONLY, BOT_MUTED, NO_EMBEDS, MODS_DENIED_HERE].every((id) => client.channels.cache.has(id)) && client.guilds.cache.get(GUILD_ID)!.roles.cache.has(MOD_ROLE)).toBe(true));
});
afterAll(async () => h.close());

/** A mod (Manage Channels from their role) typing in #draws, where no overwrite applies: Discord sends their guild-level rights. */
const asMod = { userId: MOD, roles: [MOD_ROLE], permissions: perms(MANAGE), channelId: CHANNEL_ID };

async function subscribe(target: string, opts: Record<string, unknown>, role?: string): Promise<Body> {
  return (await h.interact(2, slash("subscribe", [o("channel", target, 7), ...(role ? [o("role", role, 8)] : [])]), opts)).body as Body;
}

describe("the member's rights are checked in the target channel", () => {
  it("Manage Channels where the command is typed is not enough when the target channel denies it", async () => {
    const body = await subscribe(LOCKED, asMod);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(textOf(body)).toContain(`Manage Channels in <#${LOCKED}>`);
    expect(await h.app.subs.get(`discord:${LOCKED}`)).toBeUndefined();
  });

  it("a member denied Manage Channels where they type, who has it in the target channel, may subscribe it", async () => {
    // Typed in #chat, where the mods role is denied Manage Channels: Discord's permissions for that channel lack it.
    const body = await subscribe(CHANNEL_ID, { userId: MOD, roles: [MOD_ROLE], permissions: perms(), channelId: MODS_DENIED_HERE });
    expect(textOf(body)).toContain(`New rounds will be announced in <#${CHANNEL_ID}>`);
    expect(await h.app.subs.get(`discord:${CHANNEL_ID}`)).toBeDefined();
  });

  it("a member given Manage Channels by an overwrite on the target channel only may subscribe that channel, and no other", async () => {
    const helper = { userId: HELPER, roles: [], permissions: perms(), channelId: CHANNEL_ID };
    expect(textOf(await subscribe(MEMBER_ONLY, helper))).toContain("New rounds will be announced");
    expect(textOf(await subscribe("920000000000000002", helper))).toContain("Only members who can manage channels");
    expect(await h.app.subs.get("discord:920000000000000002")).toBeUndefined();
  });

  it("/unsubscribe is checked in the target channel too", async () => {
    h.fake.dispatch("CHANNEL_UPDATE", channel(MEMBER_ONLY, "helpers-corner", [{ id: HELPER, type: 1, allow: MANAGE }, { id: MOD_ROLE, type: 0, deny: MANAGE }]));
    await eventually(() => expect(h.app.discord!.client.channels.cache.get(MEMBER_ONLY)).toHaveProperty("permissionOverwrites.cache.size", 2));
    const refused = (await h.interact(2, slash("unsubscribe", [o("channel", MEMBER_ONLY, 7)]), asMod)).body as Body;
    expect(textOf(refused)).toContain(`Manage Channels in <#${MEMBER_ONLY}>`);
    expect(await h.app.subs.get(`discord:${MEMBER_ONLY}`)).toBeDefined();
  });
});

describe("the bot's own rights in the target channel", () => {
  it("a channel where the bot may not send, or not embed, is refused with what to grant", async () => {
    const muted = await subscribe(BOT_MUTED, asMod);
    expect(muted.data.flags).toBe(EPHEMERAL);
    expect(textOf(muted)).toContain(`I cannot post announcements in <#${BOT_MUTED}>: give me Send Messages`);
    const plain = await subscribe(NO_EMBEDS, asMod);
    expect(textOf(plain)).toContain("give me Embed Links");
    expect(await h.app.subs.get(`discord:${BOT_MUTED}`)).toBeUndefined();
    expect(await h.app.subs.get(`discord:${NO_EMBEDS}`)).toBeUndefined();
    // In French too.
    expect(textOf(await subscribe(BOT_MUTED, { ...asMod, locale: "fr" }))).toContain("Envoyer des messages");
  });
});

describe("the role to mention", () => {
  it("a role that is not mentionable is refused unless the member may mention everyone; @everyone likewise", async () => {
    const target = "920000000000000003";
    const quiet = await subscribe(target, asMod, QUIET_ROLE_ID);
    expect(quiet.data.flags).toBe(EPHEMERAL);
    expect(textOf(quiet)).toContain(`<@&${QUIET_ROLE_ID}> cannot be mentioned by you`);
    expect(textOf(await subscribe(target, asMod, GUILD_ID))).toContain("@everyone cannot be mentioned by you");
    expect(await h.app.subs.get(`discord:${target}`)).toBeUndefined();
    // The member may mention everyone, but the bot may not: the bot says so.
    const mentioner = { ...asMod, permissions: perms(MANAGE, MENTION_EVERYONE) };
    expect(textOf(await subscribe(target, mentioner, QUIET_ROLE_ID))).toContain(`I cannot mention <@&${QUIET_ROLE_ID}>`);
    // A mentionable role is fine.
    expect(textOf(await subscribe(target, asMod, MENTIONABLE_ROLE_ID))).toContain(`mentioning <@&${MENTIONABLE_ROLE_ID}>`);
    expect(await h.app.subs.get(`discord:${target}`)).toMatchObject({ roleId: MENTIONABLE_ROLE_ID });
  });
});
