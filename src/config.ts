import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * ee-bot's settings: one zod schema over the environment, parsed once at start-up. A wrong value
 * stops start-up with a message naming the variable and what it accepts. Every setting is listed,
 * with a comment, in `.env.example`.
 */

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BUNDLED_SEED = fileURLToPath(new URL("../data/ee_rounds_123_en.json", import.meta.url));
export const DEFAULT_STORE_URL = `sqlite://${fileURLToPath(new URL("../data/ee-bot.sqlite", import.meta.url))}`;
export const OFFICIAL_FEED_URL = "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json";

const httpUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL of ${what}` });

/** Unset and empty both mean "not configured" for optional secrets and URLs. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const ConfigSchema = z.object({
  STORE_URL: z
    .string()
    .regex(/^sqlite:\/\/.+/, { error: "must be sqlite://PATH (a SQLite file; relative paths start from the current directory)" })
    .default(DEFAULT_STORE_URL),
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
  TELEGRAM_BROADCAST_RATE: z.coerce.number({ error: "must be a number of messages per second" }).positive({ error: "must be more than 0" }).max(1_000).default(30),
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
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, { error: "must be 1–256 letters, digits, _ or -" })),
});

export type Config = z.infer<typeof ConfigSchema>;

/** A setting with a wrong value. The message names each variable and what it accepts, never the value of a secret. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function createConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`ee-bot cannot start: some settings are wrong.\n${lines.join("\n")}\nSee .env.example for every setting.`);
}

/** The values in a config that must never be printed. */
export function secretsOf(config: Partial<Config>): string[] {
  return [config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_WEBHOOK_SECRET, config.DISCORD_TOKEN].filter((s): s is string => typeof s === "string" && s.length > 0);
}
