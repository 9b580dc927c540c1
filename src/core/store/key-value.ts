import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import KeyvSqlite from "@keyv/sqlite";
import Keyv from "keyv";

/**
 * The key-value port of ee-bot, beside the record store (`records.ts`): a few single documents
 * (the feed sync's state) and what older versions kept here until a migration moves it to tables.
 * Rounds, subscriptions, the outbox, profiles and ITA countdowns are records, not documents here.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<Array<T | undefined>>;
  /** Stores a JSON-serialisable value; `ttlMs` makes it expire. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  /** Stores several values (no expiry): one round trip where the backend allows (PostgreSQL), else one by one. */
  setMany(entries: ReadonlyArray<readonly [key: string, value: unknown]>): Promise<void>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Thrown when STORE_URL names a backend we cannot open. */
export class StoreUrlError extends Error {
  override name = "StoreUrlError";
}

/** Path of the SQLite file named by a `sqlite://PATH` URL (relative paths are relative to `base`). */
export function sqlitePath(url: string, base = process.cwd()): string {
  const path = url.replace(/^sqlite:\/\//, "");
  if (!path) throw new StoreUrlError(`STORE_URL "${url}" names no file (use sqlite://path/to/file.sqlite)`);
  return resolve(base, path);
}

/** The Keyv namespace of every key (Keyv stores "ee-bot:KEY") and the table @keyv/sqlite keeps them in. */
export const KEYV_NAMESPACE = "ee-bot";
export const KEYV_SQLITE_TABLE = "keyv";

let keyvFormat: Keyv | undefined;

/** A value as Keyv wrote it (`{"value":…,"expires":…}`, strings escaped its way), read with Keyv's own deserializer. */
export async function decodeKeyv(text: string): Promise<{ value: unknown; expires?: number | null } | undefined> {
  keyvFormat ??= new Keyv();
  return (await keyvFormat.deserialize?.(text)) as { value: unknown; expires?: number | null } | undefined;
}

/** Opens the SQLite key-value layer named by `url` (`sqlite://PATH`); PostgreSQL's is opened by `openStores`. */
export function openKeyValueStore(url: string): KeyValueStore {
  if (!url.startsWith("sqlite://")) throw new StoreUrlError("STORE_URL is not a SQLite URL (use sqlite://path/to/file.sqlite, or postgres://… through openStores)");
  const file = sqlitePath(url);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  // Write-ahead logging: a write is durable once committed even if the process is killed (kill -9)
  // and costs no fsync of the whole database; only a power cut can lose the last moments.
  void sqlite.query("PRAGMA journal_mode=WAL").then(() => sqlite.query("PRAGMA synchronous=NORMAL")).catch(() => {});
  const keyv = new Keyv({
    store: sqlite,
    namespace: KEYV_NAMESPACE,
    throwOnErrors: true,
  });
  // A failed connection is reported by every operation (throwOnErrors); the event alone must not crash the process.
  keyv.on("error", () => {});
  return keyvStore(keyv);
}

/** Adapts any Keyv instance to the port. */
export function keyvStore(keyv: Keyv): KeyValueStore {
  return {
    async get<T>(key: string) {
      return (await keyv.get(key)) as T | undefined;
    },
    async getMany<T>(keys: string[]) {
      if (keys.length === 0) return [];
      return (await keyv.getMany(keys)) as Array<T | undefined>;
    },
    async set(key, value, ttlMs) {
      const ok = await keyv.set(key, value, ttlMs);
      if (!ok) throw new Error(`the store did not save "${key}"`);
    },
    async setMany(entries) {
      for (const [key, value] of entries) await this.set(key, value);
    },
    async delete(key) {
      await keyv.delete(key);
    },
    async close() {
      await keyv.disconnect();
    },
  };
}
