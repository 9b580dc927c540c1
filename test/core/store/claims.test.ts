import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ChatRecords } from "../../../src/core/store/chat-records.ts";
import { openKeyValueStore, type OpenedStore } from "../../../src/core/store/key-value.ts";

const dir = mkdtempSync(join(tmpdir(), "ee-bot-claims-"));
const url = `sqlite://${join(dir, "store.sqlite")}`;
// Two connections to one file, as two copies of the bot have.
const a: OpenedStore = openKeyValueStore(url);
const b: OpenedStore = openKeyValueStore(url);
afterAll(async () => {
  await a.close();
  await b.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("claims in the SQLite store", () => {
  it("of many concurrent claims of one key across two connections, exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const key = `update:${round}`;
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claims.claimOnce(key, 60_000, `owner-${i}`)));
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  it("a claim can be taken again once it expires, not before", async () => {
    expect(await a.claims.claimOnce("lock:chat:1", 80, "a")).toBe(true);
    expect(await b.claims.claimOnce("lock:chat:1", 80, "b")).toBe(false);
    await new Promise((r) => setTimeout(r, 120));
    expect(await b.claims.claimOnce("lock:chat:1", 80, "b")).toBe(true);
  });

  it("only its owner releases a claim", async () => {
    expect(await a.claims.claimOnce("lock:chat:2", 60_000, "a")).toBe(true);
    await b.claims.release("lock:chat:2", "b");
    expect(await b.claims.claimOnce("lock:chat:2", 60_000, "b")).toBe(false);
    await a.claims.release("lock:chat:2", "a");
    expect(await b.claims.claimOnce("lock:chat:2", 60_000, "b")).toBe(true);
  });

  it("lives in the same database file as the key-value data", async () => {
    await a.set("probe", 1);
    expect(await b.get("probe")).toBe(1);
    expect(await b.claims.claimOnce("update:0", 60_000, "late")).toBe(false); // claimed through `a` above
  });
});

describe("per-chat records", () => {
  it("adopt the old one-map layout once, keeping newer records", async () => {
    await a.set("tg:langs", { "11": "fr", "12": "en" });
    const langs = new ChatRecords<string>(a, "tg:lang");
    await langs.set(12, "fr"); // written after the old map
    expect(await langs.adopt("tg:langs")).toBe(2);
    expect(await new ChatRecords<string>(b, "tg:lang").get(11)).toBe("fr");
    expect(await langs.get(12)).toBe("fr");
    expect(await a.get("tg:langs")).toBeUndefined();
    expect(await langs.adopt("tg:langs")).toBe(0);
  });
});
