import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConfig } from "../../src/config.ts";
import { startApp, type RunningApp } from "../../src/start.ts";
import { FakeTelegram } from "./fake-telegram.ts";
import { captureLogger } from "./log-capture.ts";
import { testStoreUrl } from "./pg-store.ts";

export const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

export interface TelegramHarness {
  fake: FakeTelegram;
  app: RunningApp;
  log: ReturnType<typeof captureLogger>;
  dir: string;
  close(): Promise<void>;
}

/** The real app, started as `npm start` starts it, against a fake Bot API on 127.0.0.1 and a fresh SQLite store. */
export async function startTelegramHarness(env: Record<string, string> = {}): Promise<TelegramHarness> {
  const fake = await new FakeTelegram(TOKEN).start();
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-tg-"));
  const store = testStoreUrl(dir);
  const log = captureLogger("debug", [TOKEN]);
  const config = createConfig({
    STORE_URL: store.url,
    DRAWS_FEED_URL: "http://127.0.0.1:9/none",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.url,
    ...env,
  });
  const app = await startApp(config, { logger: log.logger, clock: () => new Date("2026-08-20T12:00:00Z") });
  await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates") || calls.some((c) => c.method === "setWebhook"));
  return {
    fake,
    app,
    log,
    dir,
    close: async () => {
      await app.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
      await store.drop();
    },
  };
}
