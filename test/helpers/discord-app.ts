import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConfig } from "../../src/config.ts";
import { startApp, type RunningApp } from "../../src/start.ts";
import { FakeDiscord, interaction, type InteractionOptions, type RestCall } from "./fake-discord.ts";
import { captureLogger } from "./log-capture.ts";
import { testStoreUrl } from "./pg-store.ts";

export const DISCORD_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.Gfake0.discord-test-token-abcdefghijklmnop";

export interface DiscordHarness {
  fake: FakeDiscord;
  app: RunningApp;
  log: ReturnType<typeof captureLogger>;
  /** Sends an interaction and resolves with its callback (the bot's answer). */
  interact(type: 2 | 3 | 4 | 5, data: Record<string, unknown>, opts?: InteractionOptions): Promise<{ call: RestCall; body: { type: number; data: Record<string, unknown> } }>;
  close(): Promise<void>;
}

/** The real app, started as `npm start` starts it, logged in to a fake Discord on 127.0.0.1. */
export async function startDiscordHarness(env: Record<string, string> = {}, opts: { deferAfterMs?: number } = {}): Promise<DiscordHarness> {
  const fake = await new FakeDiscord().start();
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-dc-"));
  const store = testStoreUrl(dir);
  const log = captureLogger("debug", [DISCORD_TOKEN]);
  const config = createConfig({
    STORE_URL: store.url,
    DRAWS_FEED_URL: "http://127.0.0.1:9/none",
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: "900000000000000001",
    DISCORD_API_URL: `${fake.url}/api`,
    ...env,
  });
  const app = await startApp(config, { logger: log.logger, clock: () => new Date("2026-08-20T12:00:00Z"), // A loaded test machine can take over 1.5 s to draw a chart: tests that are not about deferring
  // answer within Discord's 3 s, so a slow run does not turn a reply into a deferral.
  discordDeferAfterMs: opts.deferAfterMs ?? 2_500 });
  return {
    fake,
    app,
    log,
    async interact(type, data, opts) {
      const payload = interaction(type, data, opts);
      const answered = fake.nextCall((c) => c.path === `/interactions/${payload.id}/${payload.token}/callback`);
      fake.dispatch("INTERACTION_CREATE", payload);
      const call = await answered;
      return { call, body: call.body as { type: number; data: Record<string, unknown> } };
    },
    close: async () => {
      await app.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
      await store.drop();
    },
  };
}
