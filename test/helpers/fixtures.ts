import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DrawStore } from "../../src/core/draws/draw-store.ts";
import { parseFeedText } from "../../src/core/draws/parse-feed.ts";
import type { Round } from "../../src/core/draws/round.ts";
import type { KeyValueStore } from "../../src/core/store/key-value.ts";
import { openStores } from "../../src/core/store/open.ts";
import type { RecordStore } from "../../src/core/store/records.ts";

/** The snapshot the project ships (rounds #1–#434) and the raw 2024 one (#1–#291). */
export const SNAPSHOT_FILE = fileURLToPath(new URL("../../data/ee_rounds_123_en.json", import.meta.url));
export const RAW_2024_FILE = fileURLToPath(new URL("../fixtures/ee_rounds_123_en.2024-04-06.raw.json", import.meta.url));

export const snapshotText = () => readFileSync(SNAPSHOT_FILE, "utf8");
export const raw2024Text = () => readFileSync(RAW_2024_FILE, "utf8");

let cached: Round[] | undefined;
/** The shipped snapshot, parsed (oldest first). */
export function snapshotRounds(): Round[] {
  cached ??= parseFeedText(snapshotText()).rounds;
  return cached;
}

/** The snapshot's raw round objects, newest first as IRCC serves them. */
export function snapshotRaw(): Array<Record<string, string>> {
  return (JSON.parse(snapshotText()) as { rounds: Array<Record<string, string>> }).rounds;
}

/** A feed document holding the given raw rounds (newest first). */
export function feedOf(rounds: Array<Record<string, string>>): string {
  return JSON.stringify({ classes: "wb-tables", rounds });
}

/** A fixed clock. */
export const fixedClock = (iso = "2026-11-21T12:00:00Z") => () => new Date(iso);

export interface TempStore {
  dir: string;
  url: string;
  kv: KeyValueStore;
  records: RecordStore;
  store: DrawStore;
  /** Closes and reopens the same SQLite file. */
  reopen(): Promise<TempStore>;
  cleanup(): Promise<void>;
}

/** A real SQLite store in a new temporary directory. */
export async function tempStore(dir = mkdtempSync(join(tmpdir(), "ee-bot-test-"))): Promise<TempStore> {
  const url = `sqlite://${join(dir, "store.sqlite")}`;
  const { kv, records } = await openStores(url);
  const store = await DrawStore.open(kv, records);
  const self: TempStore = {
    dir,
    url,
    kv,
    records,
    store,
    reopen: async () => {
      await records.close();
      await kv.close();
      return tempStore(dir);
    },
    cleanup: async () => {
      await records.close().catch(() => {});
      await kv.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return self;
}
