import { describe, expect, it } from "vitest";
import { ConfigError, createConfig, DEFAULT_STORE_URL, OFFICIAL_FEED_URL, secretsOf } from "../src/config.ts";
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
