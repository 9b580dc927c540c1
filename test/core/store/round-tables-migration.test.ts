import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import sqlite3 from "sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { DrawStore } from "../../../src/core/draws/draw-store.ts";
import type { Round, RoundEdit } from "../../../src/core/draws/round.ts";
import { RecordCountdownStore, type ItaCountdown } from "../../../src/core/ita/reminders.ts";
import { openKeyValueStore, type KeyValueStore } from "../../../src/core/store/key-value.ts";
import { openStores, type Stores } from "../../../src/core/store/open.ts";
import { PgDb } from "../../../src/core/store/pg-db.ts";
import { postgresKeyValue } from "../../../src/core/store/pg-key-value.ts";
import { migratePostgres } from "../../../src/core/store/pg-migrations.ts";
import { SqliteDb } from "../../../src/core/store/sqlite-db.ts";
import { migrateSqlite } from "../../../src/core/store/sqlite-migrations.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema } from "../../helpers/pg-store.ts";

/**
 * A store written by the version before the round tables — rounds, their edits and the ITA
 * countdowns as key-value documents, the schema one migration behind — opens with this version
 * and keeps everything, once, however many copies open it at once.
 */

interface OldStore {
  url: string;
  /** The schema as the previous version left it, and its key-value layer to write the old documents. */
  previousVersion(): Promise<{ kv: KeyValueStore; setCounter(value: number): Promise<void> }>;
  /** One row of the new tables, read with plain SQL. */
  row(sql: string, params: unknown[]): Promise<Record<string, unknown> | undefined>;
  drop(): Promise<void>;
}

function sqliteOldStore(): OldStore {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-round-tables-"));
  const file = join(dir, "store.sqlite");
  const raw = <T>(work: (db: sqlite3.Database) => Promise<T>) =>
    new Promise<sqlite3.Database>((resolve, reject) => {
      const db: sqlite3.Database = new sqlite3.Database(file, (e) => (e ? reject(e) : resolve(db)));
    }).then(async (db) => {
      try {
        return await work(db);
      } finally {
        await new Promise((resolve) => db.close(resolve));
      }
    });
  return {
    url: `sqlite://${file}`,
    previousVersion: async () => {
      const db = await SqliteDb.open(file);
      await migrateSqlite(db, 2);
      await db.close();
      return {
        kv: openKeyValueStore(`sqlite://${file}`), // Keyv, as every earlier version wrote it
        setCounter: (value) => raw((d) => new Promise<void>((resolve, reject) => d.run("INSERT INTO counters (name, value) VALUES ('draws', ?)", [value], (e) => (e ? reject(e) : resolve())))),
      };
    },
    row: (sql, params) => raw((d) => new Promise((resolve, reject) => d.get(sql.replace(/\$\d+/g, "?"), params, (e, r) => (e ? reject(e) : resolve(r as Record<string, unknown> | undefined))))),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresOldStore(): OldStore {
  const schema = tempSchema();
  const query = async (sql: string, params: unknown[]) => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, options: `-c search_path=${schema.schema}` });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows[0] as Record<string, unknown> | undefined;
    } finally {
      await client.end();
    }
  };
  return {
    url: schema.url,
    previousVersion: async () => {
      const db = PgDb.open(schema.url);
      await migratePostgres(db, 1);
      return { kv: postgresKeyValue(db), setCounter: async (value) => void (await query("INSERT INTO counters (name, value) VALUES ('draws', $1)", [value])) };
    },
    row: query,
    drop: () => schema.drop(),
  };
}

const SEEN = "2026-08-07T15:00:00.000Z";
const edits262: RoundEdit[] = [{ field: "tieBreak", old: "August 01, 2023 at 12:59:52 UTC", new: "July 04, 2023 at 19:36:18 UTC", seenAt: SEEN }];
const edits291: RoundEdit[] = [
  { field: "category", old: "French language proficiency (2024-1)", new: "French language proficiency (Version 1)", seenAt: "2024-04-06T12:00:00.000Z" },
  { field: "pool", old: { asOf: "2024-03-01", total: 1 }, new: null, seenAt: SEEN },
];
const countdowns: Record<string, ItaCountdown> = {
  "telegram:5": { chatKey: "telegram:5", platform: "telegram", chatId: "5", itaDate: "2026-11-01", lang: "fr", sent: [60, 30] },
  "telegram:6": { chatKey: "telegram:6", platform: "telegram", chatId: "6", itaDate: "2026-11-20", lang: "en", sent: [60] },
};

/** The rounds the old store holds: the snapshot, one with a text Keyv escapes, and one IRCC withdrew. */
function oldRounds(): Round[] {
  const rounds = snapshotRounds().map((r) => (r.id === "100" ? { ...r, programs: ":a text Keyv escapes" } : r));
  const last = rounds[rounds.length - 1]!;
  return [...rounds, { ...last, id: "443", number: 443, withdrawn: { at: SEEN, reason: "no longer in IRCC's feed, whose newest round is now #434" } }];
}

async function writePreviousVersion(old: OldStore): Promise<void> {
  const { kv, setCounter } = await old.previousVersion();
  const rounds = oldRounds();
  await kv.setMany(rounds.map((r) => [`draws:round:${r.id}`, r] as const));
  await kv.set("draws:index", rounds.map((r) => r.id));
  await kv.set("draws:edits:262", edits262);
  await kv.set("draws:edits:291", edits291);
  await kv.set("ita:countdowns", countdowns);
  await kv.set("draws:sync", { recentHashes: ["abc"], etag: "W/1" });
  await kv.set("tg:profile:7", { age: 30 });
  await setCounter(7);
  await kv.close();
}

async function expectEverythingKept(old: OldStore, stores: Stores): Promise<void> {
  const store = await DrawStore.open(stores.kv, stores.records);
  const rounds = oldRounds();
  expect(store.size).toBe(rounds.length);
  expect(store.all()).toEqual(rounds.filter((r) => !r.withdrawn));
  expect(store.get("100")!.programs).toBe(":a text Keyv escapes");
  expect(store.get("443")!.withdrawn).toEqual(rounds.at(-1)!.withdrawn);
  expect(store.newest()!.id).toBe("434");
  expect(await store.edits("262")).toEqual(edits262);
  expect(await store.edits("291")).toEqual(edits291);
  expect(await store.refresh()).toBe(false); // the counter other copies read is the one the old version moved
  expect(await stores.records.roundsVersion()).toBe(7);
  expect((await new RecordCountdownStore(stores.records).all()).sort((a, b) => a.chatKey.localeCompare(b.chatKey))).toEqual(Object.values(countdowns));
  // Moved means gone from the key-value layer; what was not moved stays.
  expect(await stores.kv.getMany(["draws:index", "draws:round:434", "draws:edits:262", "ita:countdowns"])).toEqual([undefined, undefined, undefined, undefined]);
  expect(await stores.kv.get("draws:sync")).toEqual({ recentHashes: ["abc"], etag: "W/1" });
  expect(await stores.kv.get("tg:profile:7")).toEqual({ age: 30 });
  // The typed columns, as a report would read them.
  const r262 = await old.row("SELECT number, category_key, crs, invitations, tie_break_at, withdrawn_at, first_seen_at, changed_at FROM rounds WHERE id = $1", ["262"]);
  const round262 = rounds.find((r) => r.id === "262")!;
  expect(r262).toMatchObject({ number: 262, category_key: round262.category.key, crs: round262.crs, invitations: round262.size, withdrawn_at: null, first_seen_at: null });
  expect(new Date(r262!.tie_break_at as string).toISOString()).toBe(new Date(round262.tieBreak!.iso!).toISOString());
  expect(new Date(r262!.changed_at as string).toISOString()).toBe(SEEN);
  const r443 = await old.row("SELECT withdrawn_at, withdrawn_reason FROM rounds WHERE id = $1", ["443"]);
  expect(new Date(r443!.withdrawn_at as string).toISOString()).toBe(SEEN);
  expect(r443!.withdrawn_reason).toContain("no longer in IRCC's feed");
}

function describeMigration(name: string, make: () => OldStore): void {
  describe(`a ${name} store written before the round tables`, () => {
    let old: OldStore | undefined;
    const opened: Stores[] = [];
    afterEach(async () => {
      for (const s of opened.splice(0)) await Promise.all([s.records.close(), s.kv.close()]).catch(() => {});
      await old?.drop();
      old = undefined;
    });
    const open = async (url: string) => {
      const stores = await openStores(url);
      opened.push(stores);
      return stores;
    };

    it("GIVEN kv rounds, edits and ITA countdowns THEN they move to the tables once, nothing lost, and the store carries on", async () => {
      old = make();
      await writePreviousVersion(old);
      const first = await open(old.url);
      await expectEverythingKept(old, first);
      await Promise.all([first.records.close(), first.kv.close()]);
      opened.splice(0);
      const again = await open(old.url); // the migration does not run twice
      await expectEverythingKept(old, again);
      const store = await DrawStore.open(again.kv, again.records);
      const r434 = store.get("434")!;
      const { edited } = await store.upsert([{ ...r434, crs: r434.crs + 1 }], "2026-08-09T15:00:00.000Z");
      expect(edited).toHaveLength(1);
      expect(await store.edits("434")).toEqual([{ field: "crs", old: r434.crs, new: r434.crs + 1, seenAt: "2026-08-09T15:00:00.000Z" }]);
    });

    it("GIVEN three copies starting at once on it THEN it is moved once", async () => {
      old = make();
      await writePreviousVersion(old);
      const copies = await Promise.all([open(old.url), open(old.url), open(old.url)]);
      for (const stores of copies) await expectEverythingKept(old, stores);
    });
  });
}

describeMigration("SQLite", sqliteOldStore);
if (TEST_POSTGRES_URL) describeMigration("PostgreSQL", postgresOldStore);
else {
  console.warn(POSTGRES_SKIP_NOTE);
  describe("a PostgreSQL store written before the round tables", () => {
    it.skip(POSTGRES_SKIP_NOTE, () => {});
  });
}
