import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * ee-bot's settings: one zod schema over the environment, parsed once at start-up. A wrong value
 * stops start-up with a message naming the variable and what it accepts. Every setting is listed,
 * with a comment, in `.env.example`.
 */

export const BUNDLED_SEED = fileURLToPath(new URL("../data/ee_rounds_123_en.json", import.meta.url));
export const DEFAULT_STORE_URL = `sqlite://${fileURLToPath(new URL("../data/ee-bot.sqlite", import.meta.url))}`;
export const OFFICIAL_FEED_URL = "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json";

const httpUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL of ${what}` });

/** Unset and empty both mean "not configured" for optional secrets and URLs. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/** true/false, yes/no, on/off, 1/0; unset or empty = the default. */
const flag = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v),
  z.enum(["true", "false", "yes", "no", "on", "off", "1", "0"], { error: "must be true or false" }).transform((v) => ["true", "yes", "on", "1"].includes(v)).optional(),
);

const port = z.coerce.number({ error: "must be a port number" }).int({ error: "must be a port number" }).min(0, { error: "must be a port number from 0 to 65535" }).max(65535, { error: "must be a port number from 0 to 65535" });

const STORE_URL_HELP =
  "must be sqlite://PATH (a SQLite file; relative paths start from the current directory) or postgres://USER:PASSWORD@HOST:PORT/DATABASE (PostgreSQL, for several copies; optional ?schema=NAME&pool=N)";

/** A PostgreSQL URL we can use: a host and a database name; `schema` and `pool` well formed. The value is never echoed. */
function validPostgresUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  const schema = url.searchParams.get("schema");
  const pool = url.searchParams.get("pool");
  return (
    url.hostname !== "" &&
    database !== "" &&
    !database.includes("/") &&
    (schema === null || /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) &&
    (pool === null || (/^\d+$/.test(pool) && Number(pool) >= 1 && Number(pool) <= 100))
  );
}

const storeUrl = z
  .string()
  .refine((v) => (/^postgres(ql)?:\/\//i.test(v) ? validPostgresUrl(v) : /^sqlite:\/\/.+/.test(v)), { error: STORE_URL_HELP });

const ConfigSchema = z.object({
  STORE_URL: storeUrl.default(DEFAULT_STORE_URL),
  DRAWS_FEED_URL: httpUrl("IRCC's rounds feed (JSON)").default(OFFICIAL_FEED_URL),
  DRAWS_SEED_FILE: z.string().default(BUNDLED_SEED),
  DRAWS_POLL_SECONDS: z.coerce
    .number({ error: "must be a number of seconds (fractions allowed)" })
    .positive({ error: "must be more than 0 seconds" })
    .max(86_400, { error: "must be at most 86400 (a day)" })
    .default(300),
  ANNOUNCE_LEASE_SECONDS: z.coerce.number({ error: "must be a number of seconds" }).min(0.5, { error: "must be at least 0.5 seconds" }).max(3_600).default(30),
  ANNOUNCE_GIVE_UP_SECONDS: z.coerce.number({ error: "must be a number of seconds" }).positive({ error: "must be more than 0 seconds" }).max(7 * 86_400).default(6 * 3_600),
  ANNOUNCE_UNSUBSCRIBE_DAYS: z.coerce.number({ error: "must be a number of days" }).positive({ error: "must be more than 0 days" }).max(365).default(7),
  /** Unset: 8, or 64 with TELEGRAM_PAID_BROADCAST (see `announceInFlight`). */
  ANNOUNCE_IN_FLIGHT: optional(z.coerce.number({ error: "must be a whole number of messages" }).int({ error: "must be a whole number of messages" }).min(1, { error: "must be at least 1" }).max(100, { error: "must be at most 100" })),
  /** Unset: 30, or 1,000 with TELEGRAM_PAID_BROADCAST (see `telegramBroadcastRate`). */
  TELEGRAM_BROADCAST_RATE: optional(z.coerce.number({ error: "must be a number of messages per second" }).positive({ error: "must be more than 0" }).max(1_000, { error: "must be at most 1000 (Telegram's paid broadcast limit)" })),
  TELEGRAM_PAID_BROADCAST: flag.default(false),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" })
    .default("info"),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, { error: "must be a bot token from @BotFather (digits, a colon, then letters)" })),
  TELEGRAM_API_ROOT: httpUrl("a Telegram Bot API server, without a trailing slash")
    .refine((u) => !u.endsWith("/"), { error: "must not end with a slash" })
    .default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/, error: "must be the public https URL Telegram should post updates to" })),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535, { error: "must be a port number from 0 to 65535" }).default(8080),
  TELEGRAM_FLOOD_MAX: z.coerce.number({ error: "must be a number" }).int().min(1, { error: "must be at least 1" }).max(1000).default(5),
  DISCORD_TOKEN: optional(z.string().regex(/^[\w.-]{30,}$/, { error: "must be a bot token from the Discord Developer Portal" })),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,25}$/, { error: "must be the application's numeric id (Developer Portal → General Information)" })),
  DISCORD_API_URL: httpUrl("Discord's API").default("https://discord.com/api"),
  DISCORD_PUBLIC_KEY: optional(z.string().regex(/^[0-9a-fA-F]{64}$/, { error: "must be the application's public key: 64 hexadecimal characters (Developer Portal → General Information)" })),
  DISCORD_INTERACTIONS_PORT: port.default(8081),
  DISCORD_USER_RATE_MAX: z.coerce.number({ error: "must be a number of commands" }).int({ error: "must be a whole number" }).min(1, { error: "must be at least 1" }).max(1000).default(8),
  OPS_PORT: optional(port),
  OPS_MAX_SYNC_AGE_SECONDS: optional(z.coerce.number({ error: "must be a number of seconds" }).positive({ error: "must be more than 0 seconds" }).max(30 * 86_400, { error: "must be at most 2592000 (30 days)" })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, { error: "must be 1–256 letters, digits, _ or -" })),
});

const CheckedConfigSchema = ConfigSchema.superRefine((c, ctx) => {
  if (c.OPS_MAX_SYNC_AGE_SECONDS !== undefined && c.OPS_MAX_SYNC_AGE_SECONDS < 2 * c.DRAWS_POLL_SECONDS)
    ctx.addIssue({ code: "custom", path: ["OPS_MAX_SYNC_AGE_SECONDS"], message: `must be at least twice DRAWS_POLL_SECONDS (${2 * c.DRAWS_POLL_SECONDS} s), or every copy reports unhealthy between two syncs` });
});

export type Config = z.infer<typeof ConfigSchema>;

/** How old the last successful feed sync may be before /healthz says unhealthy (default: an hour, or three polls if longer). */
export const maxSyncAgeSeconds = (c: Pick<Config, "OPS_MAX_SYNC_AGE_SECONDS" | "DRAWS_POLL_SECONDS">) => c.OPS_MAX_SYNC_AGE_SECONDS ?? Math.max(3_600, 3 * c.DRAWS_POLL_SECONDS);

/** Telegram announcements per second: TELEGRAM_BROADCAST_RATE, else Telegram's free 30, or 1,000 with paid broadcasts. */
export const telegramBroadcastRate = (c: Pick<Config, "TELEGRAM_BROADCAST_RATE" | "TELEGRAM_PAID_BROADCAST">) => c.TELEGRAM_BROADCAST_RATE ?? (c.TELEGRAM_PAID_BROADCAST ? 1_000 : 30);

/**
 * Announcements on their way at once: ANNOUNCE_IN_FLIGHT, else 1, or 64 with paid broadcasts. It is
 * also the most that a crash (kill -9) of the leader can make arrive twice, since a message sent but
 * not yet recorded is sent again by the next leader: the default keeps that to the one message in
 * flight. Paid broadcasts (1,000 messages/s with answers taking ~50 ms need about 50 on their way)
 * trade that bound for the rate they pay for.
 */
export const announceInFlight = (c: Pick<Config, "ANNOUNCE_IN_FLIGHT" | "TELEGRAM_PAID_BROADCAST">) => c.ANNOUNCE_IN_FLIGHT ?? (c.TELEGRAM_PAID_BROADCAST ? 64 : 1);

/** A setting with a wrong value. The message names each variable and what it accepts, never the value of a secret. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function createConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = CheckedConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`ee-bot cannot start: some settings are wrong.\n${lines.join("\n")}\nSee .env.example for every setting.`);
}

/** The values in a config that must never be printed. */
export function secretsOf(config: Partial<Config>): string[] {
  return [config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_WEBHOOK_SECRET, config.DISCORD_TOKEN, ...storePasswords(config.STORE_URL)].filter((s): s is string => typeof s === "string" && s.length > 0);
}

/** The password inside a PostgreSQL STORE_URL, as written and decoded. */
function storePasswords(url: string | undefined): string[] {
  if (!url || !/^postgres(ql)?:\/\//i.test(url)) return [];
  try {
    const password = new URL(url).password;
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

/** The secret settings as they are in the environment, for scrubbing output when the config itself is wrong. */
export function secretsOfEnv(env: Record<string, string | undefined>): string[] {
  return ["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_TOKEN"].map((k) => env[k]?.trim()).filter((s): s is string => typeof s === "string" && s.length > 0);
}
