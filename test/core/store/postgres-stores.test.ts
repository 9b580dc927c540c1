import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DrawStore } from "../../../src/core/draws/draw-store.ts";
import { openStores, type Stores } from "../../../src/core/store/open.ts";
import type { RecordStore } from "../../../src/core/store/records.ts";
import { eventually } from "../../helpers/eventually.ts";
import { snapshotRounds } from "../../helpers/fixtures.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema, type TempSchema } from "../../helpers/pg-store.ts";

if (!TEST_POSTGRES_URL) console.warn(POSTGRES_SKIP_NOTE);

describe.skipIf(!TEST_POSTGRES_URL)("STORE_URL=postgres://… (skipped without TEST_POSTGRES_URL)", () => {
  let schema: TempSchema | undefined;
  const opened: Stores[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await Promise.all([s.records.close(), s.kv.close()]).catch(() => {});
    await schema?.drop();
    schema = undefined;
  });
  const open = async (url: string) => {
    const stores = await openStores(url);
    opened.push(stores);
    return stores;
  };

  it("GIVEN three copies starting at once on a new schema THEN migrations run once and all share the key-value layer", async () => {
    schema = tempSchema();
    const [a, b, c] = await Promise.all([open(schema.url), open(schema.url), open(schema.url)]);
    await a!.kv.set("k", { n: 1, list: ["x"] });
    expect(await b!.kv.get("k")).toEqual({ n: 1, list: ["x"] });
    expect(await c!.kv.getMany(["nope", "k"])).toEqual([undefined, { n: 1, list: ["x"] }]);
    await c!.kv.set("short", "gone soon", 50);
    expect(await a!.kv.get("short")).toBe("gone soon");
    await new Promise((r) => setTimeout(r, 80));
    expect(await a!.kv.get("short")).toBeUndefined();
    await b!.kv.delete("k");
    expect(await a!.kv.get("k")).toBeUndefined();
    expect(await a!.kv.getMany([])).toEqual([]);
    await a!.kv.setMany([["m1", 1], ["m2", { x: 2 }], ["m1", 3]]);
    expect(await b!.kv.getMany(["m1", "m2"])).toEqual([3, { x: 2 }]);
  });

  it("GIVEN the draw store on PostgreSQL THEN a round written by one copy is seen by another after refresh", async () => {
    schema = tempSchema();
    const [a, b] = await Promise.all([open(schema.url), open(schema.url)]);
    const first = await DrawStore.open(a!.kv, a!.records);
    const second = await DrawStore.open(b!.kv, b!.records);
    const rounds = snapshotRounds().slice(-3);
    await first.upsert(rounds, "2026-11-21T12:00:00Z");
    expect(second.newest()?.id).not.toBe(rounds.at(-1)!.id);
    expect(await second.refresh()).toBe(true);
    expect(second.newest()?.id).toBe(rounds.at(-1)!.id);
  });

  it("GIVEN copies listening for changes THEN a round one stores reaches the other with its notification, and idle refreshes read nothing", async () => {
    schema = tempSchema();
    const [a, b] = await Promise.all([open(schema.url), open(schema.url)]);
    let reads = 0;
    const counted: RecordStore = { ...b.records, roundsVersion: () => (reads++, b.records.roundsVersion()) };
    const first = await DrawStore.open(a.kv, a.records);
    const second = await DrawStore.open(b.kv, counted);
    await eventually(() => expect(b.records.changeToken()).toBeDefined()); // listening
    await second.refresh();
    reads = 0;
    for (let i = 0; i < 20; i++) expect(await second.refresh()).toBe(false);
    expect(reads).toBe(0);
    const rounds = snapshotRounds().slice(-3);
    await first.upsert(rounds, "2026-11-21T12:00:00Z");
    await eventually(async () => expect(await second.refresh()).toBe(true));
    expect(second.newest()?.id).toBe(rounds.at(-1)!.id);
    // A copy in another schema of the same database hears nothing of it.
    const elsewhere = tempSchema();
    try {
      const c = await open(elsewhere.url);
      const before = await eventually(() => c.records.changeToken() ?? Promise.reject(new Error("not listening yet")));
      const heard = b.records.changeToken();
      await a.records.bump("draws");
      await eventually(() => expect(b.records.changeToken()).not.toBe(heard)); // delivered by now
      await new Promise((r) => setTimeout(r, 50));
      expect(c.records.changeToken()).toBe(before);
    } finally {
      for (const s of opened.splice(2)) await Promise.all([s.records.close(), s.kv.close()]).catch(() => {});
      await elsewhere.drop();
    }
  });

  it("GIVEN the listening connection is cut THEN refreshes read the counter again, a round stored meanwhile shows, and it listens anew", async () => {
    schema = tempSchema();
    const [a, b] = await Promise.all([open(schema.url), open(schema.url)]);
    const first = await DrawStore.open(a.kv, a.records);
    const second = await DrawStore.open(b.kv, b.records);
    await eventually(() => expect(b.records.changeToken()).toBeDefined());
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      const cut = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [`ee-bot:listen ${schema.schema}`]);
      expect(cut.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    await eventually(() => expect(b.records.changeToken()).toBeUndefined());
    const rounds = snapshotRounds().slice(-2);
    await first.upsert(rounds, "2026-11-21T12:00:00Z");
    expect(await second.refresh()).toBe(true);
    expect(second.newest()?.id).toBe(rounds.at(-1)!.id);
    await eventually(() => expect(b.records.changeToken()).toBeDefined());
  });

  it("GIVEN a server that refuses the password THEN opening fails with a message that never shows the password", async () => {
    const url = new URL(TEST_POSTGRES_URL!);
    url.username = "ee_bot_no_such_user";
    url.password = "hunter2-secret";
    url.searchParams.set("schema", "ee_test_refused");
    const error = await openStores(url.toString()).then(() => undefined, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toContain("cannot open the PostgreSQL store");
    expect(error!.message).not.toContain("hunter2-secret");
  });
});
