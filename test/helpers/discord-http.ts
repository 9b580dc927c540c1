import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConfig } from "../../src/config.ts";
import { startApp, type RunningApp } from "../../src/start.ts";
import { FakeDiscord } from "./fake-discord.ts";
import { captureLogger } from "./log-capture.ts";

/** An Ed25519 key pair as Discord has one per application: the public key in hex, and a signer. */
export function discordKeys(): { publicKeyHex: string; privateKey: KeyObject; sign(timestamp: string, body: string): string } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const publicKeyHex = publicKey.export({ format: "der", type: "spki" }).subarray(12).toString("hex");
  return { publicKeyHex, privateKey, sign: (timestamp, body) => sign(null, Buffer.from(timestamp + body), privateKey).toString("hex") };
}

export interface PostOptions {
  /** Seconds since the epoch (default now). */
  timestamp?: number;
  /** Sign with another key (a forger). */
  signWith?: ReturnType<typeof discordKeys>;
  headers?: Record<string, string>;
  /** Send this raw body instead of the JSON payload. */
  raw?: string;
  unsigned?: boolean;
}

export interface DiscordHttpHarness {
  fake: FakeDiscord;
  app: RunningApp;
  log: ReturnType<typeof captureLogger>;
  keys: ReturnType<typeof discordKeys>;
  url: string;
  /** The app's STORE_URL (a second copy may open it). */
  storeUrl: string;
  /** POSTs an interaction as Discord does: signed, over real HTTP. */
  post(payload: unknown, opts?: PostOptions): Promise<{ status: number; body: Record<string, unknown> | string }>;
  close(): Promise<void>;
}

/** The real app in Discord's HTTP mode (DISCORD_PUBLIC_KEY set), following up on a fake Discord REST API. */
export async function startDiscordHttpHarness(env: Record<string, string> = {}, opts: { deferAfterMs?: number } = {}): Promise<DiscordHttpHarness> {
  const fake = await new FakeDiscord().start();
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-dchttp-"));
  const keys = discordKeys();
  const log = captureLogger("debug");
  const storeUrl = `sqlite://${join(dir, "store.sqlite")}`;
  const config = createConfig({
    STORE_URL: storeUrl,
    DRAWS_FEED_URL: "http://127.0.0.1:9/none",
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_INTERACTIONS_PORT: "0",
    DISCORD_API_URL: `${fake.url}/api`,
    ...env,
  });
  const app = await startApp(config, { logger: log.logger, clock: () => new Date("2026-08-20T12:00:00Z"), ...(opts.deferAfterMs !== undefined ? { discordDeferAfterMs: opts.deferAfterMs } : {}) });
  const url = `http://127.0.0.1:${app.discordHttp!.port}/interactions`;
  return {
    fake,
    app,
    log,
    keys,
    url,
    storeUrl,
    async post(payload, o = {}) {
      const body = o.raw ?? JSON.stringify(payload);
      const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000));
      const signature = (o.signWith ?? keys).sign(timestamp, body);
      const res = await fetch(url, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", ...(o.unsigned ? {} : { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp }), ...o.headers },
      });
      const text = await res.text();
      return { status: res.status, body: (res.headers.get("content-type") ?? "").includes("json") ? (JSON.parse(text) as Record<string, unknown>) : text };
    },
    close: async () => {
      await app.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
