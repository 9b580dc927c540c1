import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RecordStore } from "../../../src/core/store/records.ts";
import { openSqliteRecords } from "../../../src/core/store/sqlite-records.ts";
import { describeRecordStore, type RecordStoreFactory } from "./record-store-contract.ts";
import { describeRoundRecords } from "./round-records-contract.ts";

const sqlite = async (): Promise<RecordStoreFactory> => {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-records-"));
  const opened: RecordStore[] = [];
  return {
    open: async () => {
      const store = await openSqliteRecords(join(dir, "store.sqlite"));
      opened.push(store);
      return store;
    },
    cleanup: async () => {
      await Promise.all(opened.map((s) => s.close().catch(() => {})));
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

describeRecordStore("SQLite", sqlite);
describeRoundRecords("SQLite", sqlite);
