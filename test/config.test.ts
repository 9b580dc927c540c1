import { describe, expect, it } from "vitest";
import { announceInFlight, ConfigError, createConfig, DEFAULT_STORE_URL, maxSyncAgeSeconds, OFFICIAL_FEED_URL, secretsOf, telegramBroadcastRate } from "../src/config.ts";
import { captureLogger } from "./helpers/log-capture.ts";

describe("createConfig", () => {
  it("GIVEN no settings THEN uses the documented defaults", () => {
    const c = createConfig({});
    expect(c.STORE_URL).toBe(DEFAULT_STORE_URL);
    expect(c.STORE_URL).toMatch(/^sqlite:\/\/.*data\/ee-bot\.sqlite$/);
    expect(c.DRAWS_FEED_URL).toBe(OFFICIAL_FEED_URL);
    expect(c.DRAWS_SEED_FILE).toMatch(/data\/ee_rounds_123_en\.json$/);
    expect(c.LOG_LEVEL).toBe("info");
  });

  it("GIVEN an empty DRAWS_SEED_FILE THEN there is no seed", () => {
    expect(createConfig({ DRAWS_SEED_FILE: "" }).DRAWS_SEED_FILE).toBe("");
  });

  it("GIVEN wrong values THEN names each variable and what it accepts, never echoing a secret", () => {
    const secret = "not-a-token-but-secret";
    let error: unknown;
    try {
      createConfig({ DRAWS_FEED_URL: "ftp://example", TELEGRAM_BOT_TOKEN: secret });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("DRAWS_FEED_URL: must be an http(s) URL");
    expect(message).toContain("TELEGRAM_BOT_TOKEN: must be a bot token");
    expect(message).not.toContain(secret);
  });
});

describe("settings for several copies", () => {
  const messageOf = (env: Record<string, string>) => {
    try {
      createConfig(env);
    } catch (e) {
      return (e as Error).message;
    }
    return "";
  };

  it("GIVEN nothing THEN HTTP interactions and the operations endpoint are off", () => {
    const c = createConfig({});
    expect(c.DISCORD_PUBLIC_KEY).toBeUndefined();
    expect(c.OPS_PORT).toBeUndefined();
    expect(c.DISCORD_INTERACTIONS_PORT).toBe(8081);
    expect(maxSyncAgeSeconds(c)).toBe(3600);
    expect(maxSyncAgeSeconds(createConfig({ DRAWS_POLL_SECONDS: "7200" }))).toBe(21_600);
  });

  it("GIVEN wrong values THEN says what each accepts", () => {
    const m = messageOf({ DISCORD_PUBLIC_KEY: "abc", DISCORD_INTERACTIONS_PORT: "70000", OPS_PORT: "http", DISCORD_USER_RATE_MAX: "0" });
    expect(m).toContain("DISCORD_PUBLIC_KEY: must be the application's public key: 64 hexadecimal characters");
    expect(m).toContain("DISCORD_INTERACTIONS_PORT: must be a port number from 0 to 65535");
    expect(m).toContain("OPS_PORT: must be a port number");
    expect(m).toContain("DISCORD_USER_RATE_MAX: must be at least 1");
    expect(messageOf({ DRAWS_POLL_SECONDS: "600", OPS_MAX_SYNC_AGE_SECONDS: "900" })).toContain("OPS_MAX_SYNC_AGE_SECONDS: must be at least twice DRAWS_POLL_SECONDS (1200 s)");
    expect(createConfig({ OPS_PORT: "9464", DISCORD_PUBLIC_KEY: "a".repeat(64) })).toMatchObject({ OPS_PORT: 9464, DISCORD_PUBLIC_KEY: "a".repeat(64) });
  });
});

describe("announcement settings", () => {
  it("GIVEN nothing THEN Telegram's free rate and 1 announcement on its way (a crash repeats at most it); paid broadcasts raise both; explicit values win", () => {
    const free = createConfig({});
    expect([free.TELEGRAM_PAID_BROADCAST, telegramBroadcastRate(free), announceInFlight(free)]).toEqual([false, 30, 1]);
    const paid = createConfig({ TELEGRAM_PAID_BROADCAST: " Yes " });
    expect([paid.TELEGRAM_PAID_BROADCAST, telegramBroadcastRate(paid), announceInFlight(paid)]).toEqual([true, 1_000, 64]);
    const set = createConfig({ TELEGRAM_PAID_BROADCAST: "true", TELEGRAM_BROADCAST_RATE: "500", ANNOUNCE_IN_FLIGHT: "3" });
    expect([telegramBroadcastRate(set), announceInFlight(set)]).toEqual([500, 3]);
    expect(createConfig({ TELEGRAM_PAID_BROADCAST: "", TELEGRAM_BROADCAST_RATE: "", ANNOUNCE_IN_FLIGHT: "" })).toMatchObject({ TELEGRAM_PAID_BROADCAST: false });
  });

  it("GIVEN wrong values THEN says what each accepts", () => {
    let message = "";
    try {
      createConfig({ TELEGRAM_PAID_BROADCAST: "maybe", TELEGRAM_BROADCAST_RATE: "5000", ANNOUNCE_IN_FLIGHT: "2.5" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("TELEGRAM_PAID_BROADCAST: must be true or false");
    expect(message).toContain("TELEGRAM_BROADCAST_RATE: must be at most 1000");
    expect(message).toContain("ANNOUNCE_IN_FLIGHT: must be a whole number of messages");
  });
});

describe("createLogger", () => {
  it("GIVEN a secret THEN it never appears in a log line, wherever it is", () => {
    const token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const log = captureLogger("info", [token]);
    log.logger.info({ url: `https://api.telegram.org/bot${token}/getMe`, token }, `failed for ${token}`);
    expect(log.text()).not.toContain(token);
    expect(log.text()).toContain("[redacted]");
  });
});

describe("STORE_URL", () => {
  it("GIVEN postgres:// or postgresql:// URLs with a host and a database THEN accepts them", () => {
    for (const url of ["postgres://bot:s3cret@db.internal:5432/eebot", "postgresql://bot@127.0.0.1/eebot?schema=ee_bot&pool=20", "POSTGRES://u:p%40ss@h/db"])
      expect(createConfig({ STORE_URL: url }).STORE_URL).toBe(url);
  });

  it("GIVEN a PostgreSQL URL without a database, with a bad schema or pool, or another scheme THEN says what is accepted, never the password", () => {
    for (const url of ["postgres://bot:hunter2secret@db", "postgres://bot:hunter2secret@db/x?schema=1bad;drop", "postgres://bot:hunter2secret@db/x?pool=0", "mysql://bot:hunter2secret@db/x", "postgres://"]) {
      let message = "";
      try {
        createConfig({ STORE_URL: url });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message, url).toContain("STORE_URL: must be sqlite://PATH");
      expect(message, url).toContain("postgres://USER:PASSWORD@HOST:PORT/DATABASE");
      expect(message, url).not.toContain("hunter2secret");
    }
  });

  it("GIVEN a PostgreSQL password THEN it is among the secrets the logger scrubs, as written and decoded", () => {
    const secrets = secretsOf(createConfig({ STORE_URL: "postgres://bot:p%40ss-word-123@db/eebot" }));
    expect(secrets).toEqual(expect.arrayContaining(["p%40ss-word-123", "p@ss-word-123"]));
  });
});
