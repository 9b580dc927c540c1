import { describe, expect, it } from "vitest";
import { ConfigError, createConfig, DEFAULT_STORE_URL, OFFICIAL_FEED_URL } from "../src/config.ts";
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
