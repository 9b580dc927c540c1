import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { ChatReplica } from "../../../src/core/store/chat-replica.ts";
import { openStores, type Stores } from "../../../src/core/store/open.ts";
import { PgDb } from "../../../src/core/store/pg-db.ts";
import { migratePostgres } from "../../../src/core/store/pg-migrations.ts";
import { SqliteDb } from "../../../src/core/store/sqlite-db.ts";
import { migrateSqlite } from "../../../src/core/store/sqlite-migrations.ts";
import { eventually } from "../../helpers/eventually.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema } from "../../helpers/pg-store.ts";

/**
 * The chat state a copy keeps in memory, on the real stores: loaded whole, then only what other
 * copies wrote since, and only once the store says something was committed.
 */

interface Target {
  url: string;
  /** The schema as the version before the change numbers (migration 3) left it. */
  previousVersion(): Promise<void>;
  /** A statement as any other writer would run it (an older copy, an operator). */
  sql(text: string, params: unknown[]): Promise<void>;
  drop(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-replica-"));
  const file = join(dir, "store.sqlite");
  const withDb = async (work: (db: SqliteDb) => Promise<void>) => {
    const db = await SqliteDb.open(file);
    try {
      await work(db);
    } finally {
      await db.close();
    }
  };
  return {
    url: `sqlite://${file}`,
    previousVersion: () => withDb(async (db) => void (await migrateSqlite(db, 3))),
    sql: (text, params) => withDb((db) => db.use(async (s) => void (await s.run(text.replace(/\$\d+/g, "?"), params)))),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(): Target {
  const schema = tempSchema();
  return {
    url: schema.url,
    previousVersion: async () => {
      const db = PgDb.open(schema.url).retain();
      await migratePostgres(db, 3);
      await db.release();
    },
    sql: async (text, params) => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, options: `-c search_path=${schema.schema}` });
      await client.connect();
      try {
        await client.query(text, params);
      } finally {
        await client.end();
      }
    },
    drop: () => schema.drop(),
  };
}

const TARGETS: Array<[string, () => Target]> = [["SQLite", sqliteTarget], ...(TEST_POSTGRES_URL ? [["PostgreSQL", postgresTarget] as [string, () => Target]] : [])];
if (!TEST_POSTGRES_URL) console.warn(POSTGRES_SKIP_NOTE);

const SET_LANG = "INSERT INTO chat_settings (chat_key, lang, updated_at) VALUES ($1, $2, 0) ON CONFLICT (chat_key) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at";
const DAY = 86_400_000;

describe.each(TARGETS)("the chat state replica on %s", (_name, make) => {
  let target: Target | undefined;
  const opened: Stores[] = [];
  const open = async () => {
    const s = await openStores(target!.url);
    opened.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of opened.splice(0)) await Promise.all([s.records.close(), s.kv.close()]).catch(() => {});
    await target?.drop();
    target = undefined;
  });

  it("GIVEN a store written before the change numbers THEN its languages and open wizards are loaded, and later writes by any writer are seen", async () => {
    target = make();
    await target.previousVersion();
    await target.sql(SET_LANG, ["tg:1", "fr"]);
    await target.sql("INSERT INTO wizards (user_key, data, expires_at) VALUES ($1, '{}', $2)", ["tg:2", Date.now() + DAY]);
    await target.sql("INSERT INTO wizards (user_key, data, expires_at) VALUES ($1, '{}', $2)", ["tg:3", Date.now() - 1]);
    const { records } = await open(); // migrates
    const replica = await ChatReplica.open(records);
    expect(replica.lang("tg:1")).toBe("fr");
    expect(replica.wizardMaybeOpen("tg:2")).toBe(true);
    expect(replica.wizardMaybeOpen("tg:3")).toBe(false); // expired
    expect(replica.size).toEqual({ langs: 1, wizards: 1 });

    // Another writer that knows nothing of the numbers, as an older copy would write.
    await target.sql(SET_LANG, ["tg:1", "en"]);
    await target.sql(SET_LANG, ["tg:4", "fr"]);
    await eventually(async () => {
      await replica.refresh();
      expect([replica.lang("tg:1"), replica.lang("tg:4")]).toEqual(["en", "fr"]);
    });
  });

  it("reads nothing while nothing was committed, and what another copy wrote once something was", async () => {
    target = make();
    const a = await open();
    const b = await open();
    const replica = await ChatReplica.open(a.records);
    // PostgreSQL: no token until its connection listens; until then every refresh reads.
    await eventually(async () => {
      await replica.refresh();
      expect(replica.refresh()).toBeUndefined();
    });
    await a.records.getMark(); // a read commits nothing
    expect(replica.refresh()).toBeUndefined();
    expect(replica.wizardMaybeOpen("tg:eligible:5")).toBe(false);

    await b.records.saveWizard("tg:eligible:5", { step: 1 }, Date.now() + DAY);
    await b.records.setChatLanguage("tg:5", "fr");
    // SQLite: at once (the WAL index); PostgreSQL: once the notification has arrived.
    await eventually(() => expect(replica.refresh()).toBeInstanceOf(Promise));
    await replica.refresh();
    expect(replica.wizardMaybeOpen("tg:eligible:5")).toBe(true);
    expect(replica.lang("tg:5")).toBe("fr");
    expect(await replica.getWizard("tg:eligible:5")).toEqual({ step: 1 });
    await eventually(() => expect(replica.refresh()).toBeUndefined());
  });

  it("applies this copy's own writes at once; a wizard finished elsewhere is dropped on its next read", async () => {
    target = make();
    const a = await open();
    const b = await open();
    const replica = await ChatReplica.open(a.records);
    await replica.setLang("tg:6", "fr");
    expect(replica.lang("tg:6")).toBe("fr");
    expect(await b.records.getChatLanguage("tg:6")).toBe("fr");
    await replica.saveWizard("tg:7", { step: 3 }, Date.now() + DAY);
    expect(await replica.getWizard("tg:7")).toEqual({ step: 3 });

    await b.records.deleteWizard("tg:7"); // finished through the other copy
    await replica.refresh();
    expect(replica.wizardMaybeOpen("tg:7")).toBe(true); // deletions are not reported…
    expect(await replica.getWizard("tg:7")).toBeUndefined(); // …the next read finds none
    expect(replica.wizardMaybeOpen("tg:7")).toBe(false);

    await replica.saveWizard("tg:8", {}, Date.now() + DAY);
    await replica.deleteWizard("tg:8");
    expect(replica.wizardMaybeOpen("tg:8")).toBe(false);
  });

  it("GIVEN a change token that has not moved yet (a notification on its way) THEN the change number a chat's lock saw makes the next refresh read", async () => {
    target = make();
    const a = await open();
    const b = await open();
    const lagging = { ...a.records, changeToken: () => "no news yet" };
    const replica = await ChatReplica.open(lagging);
    expect(replica.refresh()).toBeUndefined();
    await b.records.setChatLanguage("tg:10", "fr");
    expect(replica.refresh()).toBeUndefined(); // the token alone does not know
    expect(replica.lang("tg:10")).toBeUndefined();

    const seq = await a.records.claimChat("tg:chat-lock:10", 60_000, "a");
    replica.sawChangeNumber(seq!);
    await replica.refresh();
    expect(replica.lang("tg:10")).toBe("fr");
    // A number it has read past: nothing to read.
    replica.sawChangeNumber(seq!);
    expect(replica.refresh()).toBeUndefined();
  });

  it("treats a wizard as closed once it expired, without reading it", async () => {
    target = make();
    const { records } = await open();
    let now = Date.now();
    const replica = await ChatReplica.open(records, () => now);
    await replica.saveWizard("tg:9", { step: 1 }, now + 1_000);
    expect(replica.wizardMaybeOpen("tg:9")).toBe(true);
    now += 1_000;
    expect(replica.wizardMaybeOpen("tg:9")).toBe(false);
    expect(await replica.getWizard("tg:9")).toBeUndefined();
  });
});
