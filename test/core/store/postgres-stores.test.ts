import { afterEach, describe, expect, it } from "vitest";
import { DrawStore } from "../../../src/core/draws/draw-store.ts";
import { openStores, type Stores } from "../../../src/core/store/open.ts";
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
