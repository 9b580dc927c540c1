import type { Lang } from "../reply.ts";
import type { Subscription } from "../subscriptions.ts";
import type { KeyValueStore } from "./key-value.ts";
import type { Logger } from "../ports.ts";
import type { RecordStore } from "./records.ts";

/**
 * Moves what earlier versions kept as whole documents in the key-value layer into the record
 * tables, once: the subscription index, the Telegram chat languages, the announcement mark.
 * Each step writes the records first and deletes the old document last, so a crash in between
 * only repeats the (idempotent) copy.
 */
export async function importLegacyRecords(kv: KeyValueStore, records: RecordStore, logger: Logger): Promise<void> {
  const ids = await kv.get<string[]>("subs:index");
  if (ids) {
    const subs = await kv.getMany<Subscription>(ids.map((id) => `subs:${id}`));
    for (const sub of subs) if (sub) await records.saveSubscription(sub);
    await kv.delete("subs:index");
    logger.info({ subscriptions: subs.filter(Boolean).length }, "moved subscriptions to their own table");
  }
  const langs = await kv.get<Record<string, Lang>>("tg:langs");
  if (langs) {
    for (const [chat, lang] of Object.entries(langs)) await records.setChatLanguage(`tg:${chat}`, lang);
    await kv.delete("tg:langs");
  }
  const mark = await kv.get<string>("announce:mark");
  if (mark !== undefined) {
    if ((await records.getMark()) === undefined) await records.queueRounds(undefined, mark, [], Date.now());
    await kv.delete("announce:mark");
  }
}
