import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../helpers/eventually.ts";
import { CHANNEL_ID, defaultGuild, GUILD_ID, MENTIONABLE_ROLE_ID, PERMS, slash } from "../../helpers/fake-discord.ts";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";

let h: DiscordHarness;
beforeAll(async () => {
  h = await startDiscordHarness();
});
afterAll(async () => h.close());

const EPHEMERAL = 64;
type Body = { type: number; data: Record<string, unknown> & { embeds?: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }> }> } };
const o = (name: string, value: unknown, type: number) => ({ name, value, type });
const STR = 3, INT = 4, BOOL = 5, NUM = 10, CHANNEL = 7, ROLE = 8;
/** What a person sees: the content and embeds, with Discord's markdown escapes removed. */
const text = (b: Body) =>
  [b.data.content ?? "", ...(b.data.embeds ?? []).flatMap((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`)])].join("\n").replace(/\\([_*~`|>\\])/g, "$1");

describe("/crs on Discord", () => {
  it("scores from slash options, shown only to the user, with breakdown, what-ifs, recent rounds and a Share button", async () => {
    const { body } = (await h.interact(2, slash("crs", [
      o("age", 29, INT), o("marital", "single", STR), o("education", "masters", STR), o("test", "clb:en", STR),
      o("listening", 9, NUM), o("reading", 9, NUM), o("writing", 9, NUM), o("speaking", 9, NUM), o("foreign_work", 3, INT),
    ]))) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    const t = text(body);
    expect(t).toContain("Your CRS score: 469");
    expect(t).toContain("Core / human capital — 369 of 500");
    expect(t).toContain("What would raise your score most");
    expect(t).toContain("Against recent rounds");
    const button = ((body.data.components as Array<{ components: Array<{ custom_id: string }> }>)[0]!.components[0]!);
    expect(button.custom_id).toBe("crs:share");
    // Sharing posts the same result publicly.
    const shared = (await h.interact(3, { custom_id: "crs:share", component_type: 2 })) as { body: Body };
    expect(shared.body.data.flags).toBeUndefined();
    expect(text(shared.body)).toContain("Your CRS score: 469");
  });

  it("a couple: spouse options are used; a missing answer is asked for by option name", async () => {
    const base = [o("age", 30, INT), o("marital", "married", STR), o("education", "bachelors", STR), o("test", "clb:en", STR), o("listening", 10, NUM), o("reading", 10, NUM), o("writing", 10, NUM), o("speaking", 10, NUM), o("canadian_work", 1, INT)];
    const missing = (await h.interact(2, slash("crs", base))) as { body: Body };
    expect(missing.body.data.flags).toBe(EPHEMERAL);
    expect(text(missing.body)).toContain("spouse_coming: is required for a married or common-law candidate");
    const full = (await h.interact(2, slash("crs", [...base, o("spouse_coming", true, BOOL), o("spouse_canadian", false, BOOL), o("spouse_education", "bachelors", STR), o("spouse_test", "clb:en", STR), o("spouse_scores", "7 7 7 7", STR)]))) as { body: Body };
    expect(text(full.body)).toContain("Your CRS score: 428"); // worked example 3
  });

  it("impossible values come back under the option names, ephemeral", async () => {
    const { body } = (await h.interact(2, slash("crs", [
      o("age", 25, INT), o("marital", "single", STR), o("education", "masters", STR), o("test", "ielts", STR),
      o("listening", 9.5, NUM), o("reading", 7, NUM), o("writing", 7, NUM), o("speaking", 7, NUM), o("second_test", "ielts", STR), o("second_scores", "6 6 6 6", STR),
    ]))) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(text(body)).toContain("listening: IELTS bands go from 0 to 9 in steps of 0.5 (got 9.5)");
  });
});

describe("/subscribe and /unsubscribe on Discord", () => {
  it("refuses a member without Manage Channels", async () => {
    const { body } = (await h.interact(2, slash("subscribe", [o("channel", CHANNEL_ID, CHANNEL)]), { permissions: PERMS.none })) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(text(body)).toContain("Only members who can manage channels");
    expect(await h.app.subs.get(`discord:${CHANNEL_ID}`)).toBeUndefined();
  });

  it("subscribes a channel with categories, a role to mention and a score filter", async () => {
    const { body } = (await h.interact(2, slash("subscribe", [o("channel", CHANNEL_ID, CHANNEL), o("categories", "cec, PNP", STR), o("role", MENTIONABLE_ROLE_ID, ROLE), o("max_crs", 520, INT)]), { permissions: PERMS.manageChannels })) as { body: Body };
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(text(body)).toContain(`<#${CHANNEL_ID}>`);
    expect(await h.app.subs.get(`discord:${CHANNEL_ID}`)).toMatchObject({ platform: "discord", chatId: CHANNEL_ID, guildId: GUILD_ID, roleId: MENTIONABLE_ROLE_ID, categories: ["cec", "pnp"], maxCrs: 520 });
    const bad = (await h.interact(2, slash("subscribe", [o("channel", CHANNEL_ID, CHANNEL), o("categories", "astronauts", STR)]), { permissions: PERMS.manageChannels })) as { body: Body };
    expect(text(bad.body)).toContain("“astronauts” is not a category");
  });

  it("ends the subscription when the channel is deleted, or the bot leaves the server", async () => {
    h.fake.dispatch("CHANNEL_DELETE", { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "draws", position: 0, permission_overwrites: [] });
    await eventually(async () => expect(await h.app.subs.get(`discord:${CHANNEL_ID}`)).toBeUndefined());
    await h.interact(2, slash("subscribe", [o("channel", "920000000000000002", CHANNEL)]), { permissions: PERMS.manageChannels, channelId: "920000000000000002" });
    expect(await h.app.subs.get("discord:920000000000000002")).toBeDefined();
    h.fake.dispatch("GUILD_DELETE", { id: GUILD_ID });
    await eventually(async () => expect(await h.app.subs.list("discord")).toEqual([]));
  });
});

describe("/unsubscribe and /help on Discord", () => {
  it("/unsubscribe ends a channel's announcements (Manage Channels only); /help answers privately", async () => {
    // The bot was removed from the server above: it is added back.
    const ready = h.fake.nextCall(() => false, 300).catch(() => {});
    h.fake.dispatch("GUILD_CREATE", defaultGuild());
    await ready;
    await h.interact(2, slash("subscribe", [o("channel", "920000000000000003", CHANNEL)]), { permissions: PERMS.manageChannels });
    expect(await h.app.subs.get("discord:920000000000000003")).toBeDefined();
    const refused = (await h.interact(2, slash("unsubscribe", [o("channel", "920000000000000003", CHANNEL)]), { permissions: PERMS.none })) as { body: Body };
    expect(text(refused.body)).toContain("Only members who can manage channels");
    expect(await h.app.subs.get("discord:920000000000000003")).toBeDefined();
    const ok = (await h.interact(2, slash("unsubscribe", [o("channel", "920000000000000003", CHANNEL)]), { permissions: PERMS.manageChannels })) as { body: Body };
    expect(ok.body.data.flags).toBe(EPHEMERAL);
    expect(text(ok.body)).toContain("No more announcements");
    expect(await h.app.subs.get("discord:920000000000000003")).toBeUndefined();
    const help = (await h.interact(2, slash("help"), { locale: "fr" })) as { body: Body };
    expect(help.body.data.flags).toBe(EPHEMERAL);
    expect(text(help.body)).toContain("/tendance");
  });
});
