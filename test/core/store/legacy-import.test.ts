import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openKeyValueStore } from "../../../src/core/store/key-value.ts";
import { importLegacyRecords } from "../../../src/core/store/legacy-import.ts";
import { openStores } from "../../../src/core/store/open.ts";
import { SavedProfiles } from "../../../src/core/store/saved-profiles.ts";
import { silentLogger } from "../../../src/core/ports.ts";
import { sub } from "./record-store-contract.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("a store written by an earlier version", () => {
  it("GIVEN subscriptions, chat languages, the mark and profiles kept as key-value documents THEN they move to the record tables once, nothing lost", async () => {
    dir = mkdtempSync(join(tmpdir(), "ee-bot-legacy-"));
    const url = `sqlite://${join(dir, "store.sqlite")}`;
    const old = openKeyValueStore(url);
    await old.set("subs:telegram:1", sub(1));
    await old.set("subs:telegram:2", sub(2, { categories: ["cec"] }));
    await old.set("subs:index", ["telegram:1", "telegram:2"]);
    await old.set("tg:langs", { "1": "fr" });
    await old.set("announce:mark", "434");
    await old.set("tg:profile:7", { age: 30 });
    await old.close();

    for (let run = 0; run < 2; run++) {
      const { kv, records } = await openStores(url);
      await importLegacyRecords(kv, records, silentLogger);
      expect((await records.listSubscriptions()).map((s) => [s.id, s.categories])).toEqual([["telegram:1", null], ["telegram:2", ["cec"]]]);
      expect(await records.getChatLanguage("tg:1")).toBe("fr");
      expect(await records.getMark()).toBe("434");
      expect(await new SavedProfiles(records, kv).get("tg:profile:7")).toEqual({ age: 30 });
      expect(await kv.get("subs:index")).toBeUndefined();
      await records.close();
      await kv.close();
    }
  });
});
