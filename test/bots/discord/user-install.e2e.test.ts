import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscordHarness, type DiscordHarness } from "../../helpers/discord-app.ts";
import { interaction, PERMS, slash } from "../../helpers/fake-discord.ts";
import { startDiscordHttpHarness, type DiscordHttpHarness } from "../../helpers/discord-http.ts";

type Body = { type: number; data: { embeds?: Array<{ title?: string; description?: string }>; flags?: number } };
const EPHEMERAL = 64;
const USER = "940000000000000321";
const OTHER_GUILD = "919999999999999999"; // a server the bot is not a member of

/** The same command from a user who installed the app on their account, used in a DM with the bot. */
function dm(data: Record<string, unknown>): Record<string, unknown> {
  const { guild_id: _g, member: _m, guild_locale: _l, ...rest } = interaction(2, data);
  return { ...rest, channel_id: "950000000000000001", channel: { id: "950000000000000001", type: 1 }, user: { id: USER, username: "bo", discriminator: "0", avatar: null, global_name: "Bo" }, authorizing_integration_owners: { "1": USER }, context: 1, app_permissions: "0" };
}

/** …used in a server where the bot is not a member (only the user installed the app). */
function elsewhere(data: Record<string, unknown>): Record<string, unknown> {
  const base = interaction(2, data, { userId: USER, permissions: PERMS.admin });
  return { ...base, guild_id: OTHER_GUILD, channel_id: "960000000000000001", channel: { id: "960000000000000001", type: 0, guild_id: OTHER_GUILD, name: "chat" }, authorizing_integration_owners: { "1": USER }, context: 0 };
}

describe("the user-installable app over the gateway", () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => h?.close());

  async function send(payload: Record<string, unknown>): Promise<Body> {
    const answered = h.fake.nextCall((c) => c.path === `/interactions/${payload.id}/${payload.token}/callback`);
    h.fake.dispatch("INTERACTION_CREATE", payload);
    return (await answered).body as Body;
  }

  it("/latest works in a DM (no guild, no member)", async () => {
    const newest = h.app.core.store.all().at(-1)!;
    const body = await send(dm(slash("latest")));
    expect(body.type).toBe(4);
    expect(body.data.embeds![0]!.title).toContain(`#${newest.id}`);
  });

  it("/latest works in a server where the bot is not a member", async () => {
    const body = await send(elsewhere(slash("draws", [{ name: "count", value: 2, type: 4 }])));
    expect(body.type).toBe(4);
    expect(body.data.embeds![0]!.description!.match(/^#\d+ ·/gm)).toHaveLength(2);
  });

  it("/subscribe in a DM, or where only a user installed the app, says why not (privately) and saves nothing", async () => {
    for (const payload of [dm(slash("subscribe", [{ name: "channel", value: "950000000000000001", type: 7 }])), elsewhere(slash("subscribe", [{ name: "channel", value: "960000000000000001", type: 7 }]))]) {
      const body = await send(payload);
      expect(body.data.flags).toBe(EPHEMERAL);
      expect(body.data.embeds![0]!.description).toContain("only in a server where ee-bot is a member");
    }
    expect(await h.app.subs.list("discord")).toHaveLength(0);
  });
});

describe("the user-installable app over HTTP", () => {
  let h: DiscordHttpHarness;
  beforeAll(async () => {
    h = await startDiscordHttpHarness();
  });
  afterAll(async () => h?.close());

  it("answers in a DM and in a server where the bot is not a member", async () => {
    expect(((await h.post(dm(slash("stats", [{ name: "year", value: 2024, type: 4 }])))).body as Body).data.embeds![0]!.title).toContain("2024");
    expect(((await h.post(elsewhere(slash("latest")))).body as Body).type).toBe(4);
  });
});
