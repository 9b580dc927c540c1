import { describe, it } from "vitest";
import { PgDb } from "../../../src/core/store/pg-db.ts";
import { openPostgresRecords } from "../../../src/core/store/pg-records.ts";
import type { RecordStore } from "../../../src/core/store/records.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema } from "../../helpers/pg-store.ts";
import { describeRecordStore, type RecordStoreFactory } from "./record-store-contract.ts";
import { describeRoundRecords } from "./round-records-contract.ts";

const postgres = async (): Promise<RecordStoreFactory> => {
  const schema = tempSchema();
  const opened: RecordStore[] = [];
  return {
    open: async () => {
      const store = await openPostgresRecords(PgDb.open(schema.url));
      opened.push(store);
      return store;
    },
    cleanup: async () => {
      await Promise.all(opened.map((s) => s.close().catch(() => {})));
      await schema.drop();
    },
  };
};

if (TEST_POSTGRES_URL) {
  describeRecordStore("PostgreSQL", postgres);
  describeRoundRecords("PostgreSQL", postgres);
} else {
  console.warn(POSTGRES_SKIP_NOTE);
  describe("record store contract: PostgreSQL", () => {
    it.skip(POSTGRES_SKIP_NOTE, () => {});
  });
}
