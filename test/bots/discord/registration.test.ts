import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/bots/discord/definitions.ts";
import { APP_ID, FakeDiscord, GUILD_ID, slash } from "../../helpers/fake-discord.ts";
import { DISCORD_TOKEN, startDiscordHarness } from "../../helpers/discord-app.ts";
import { cliSandbox, runBin } from "../../helpers/run-bin.ts";

describe("slash command definitions", () => {
  const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
  it("fit Discord's rules, in English and French", () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.name).toMatch(NAME);
      expect(c.name_localizations.fr).toMatch(NAME);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.description_localizations.fr.length).toBeLessThanOrEqual(100);
      const options = ("options" in c ? c.options ?? [] : []) as unknown as ReadonlyArray<Record<string, unknown>>;
      expect(options.length).toBeLessThanOrEqual(25);
      let optional = false;
      for (const o of options) {
        expect(o.name).toMatch(NAME);
        expect((o.name_localizations as { fr: string }).fr).toMatch(NAME);
        expect((o.description as string).length).toBeLessThanOrEqual(100);
        expect((o.description_localizations as { fr: string }).fr.length).toBeLessThanOrEqual(100);
        if (o.required) expect(optional, `${c.name}.${o.name}: required options come first`).toBe(false);
        else optional = true;
        const choices = (o.choices ?? []) as Array<{ name: string }>;
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const ch of choices) expect(ch.name.length).toBeLessThanOrEqual(100);
      }
    }
    const subscribe = COMMANDS.find((c) => c.name === "subscribe")!;
    expect(subscribe.default_member_permissions).toBe(String(1 << 4)); // Manage Channels
  });
});

describe("ee-bot register-commands", () => {
  let fake: FakeDiscord;
  let sandbox: ReturnType<typeof cliSandbox>;
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
    sandbox = cliSandbox();
  });
  afterAll(async () => {
    await fake.close();
    sandbox.cleanup();
  });
  const env = () => ({ ...sandbox.env, DISCORD_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: `${fake.url}/api` });

  it("registers the commands in one server with --guild, and globally without", async () => {
    const guild = await runBin(["register-commands", "--guild", GUILD_ID], env());
    expect(guild.code).toBe(0);
    expect(guild.stdout).toContain(`Registered ${COMMANDS.length} slash commands in server ${GUILD_ID}`);
    const put = fake.callsTo(new RegExp(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands$`), "PUT")[0]!;
    expect(put.body).toEqual(JSON.parse(JSON.stringify(COMMANDS)));
    expect(put.headers.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
    const global = await runBin(["register-commands"], env());
    expect(global.stdout).toContain("globally");
    expect(fake.callsTo(new RegExp(`/applications/${APP_ID}/commands$`), "PUT")).toHaveLength(1);
    expect(guild.stdout + guild.stderr + global.stdout + global.stderr).not.toContain(DISCORD_TOKEN);
  });

  it("without a token, or with a bad server id, says what is missing", async () => {
    const r = await runBin(["register-commands"], sandbox.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("needs DISCORD_TOKEN and DISCORD_APPLICATION_ID");
    const bad = await runBin(["register-commands", "--guild", "my-server"], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--guild must be a server id");
  });
});

describe("slow answers", () => {
  it("are deferred first, then edited in", async () => {
    const h = await startDiscordHarness({}, { deferAfterMs: 0 });
    try {
      const { body } = await h.interact(2, slash("latest"));
      expect(body.type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
      const edit = await h.fake.nextCall((c) => c.method === "PATCH" && /messages\/@original$/.test(c.path));
      expect(((edit.body as { embeds: Array<{ title: string }> }).embeds)[0]!.title).toContain("#434");
    } finally {
      await h.close();
    }
  });
});
