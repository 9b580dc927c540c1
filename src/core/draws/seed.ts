import { readFile } from "node:fs/promises";
import type { Clock, Logger } from "../ports.ts";
import type { DrawStore } from "./draw-store.ts";
import { parseFeedText } from "./parse-feed.ts";

/**
 * Seeds an empty store from a feed snapshot on disk, so a new install answers before its first
 * sync. A store that already has rounds is left alone. A missing or unreadable seed is logged and
 * skipped: the first sync fills the store instead.
 */
export async function seedIfEmpty(store: DrawStore, file: string, clock: Clock, logger: Logger): Promise<number> {
  if (store.size > 0 || !file) return 0;
  try {
    const { rounds, rejected } = parseFeedText(await readFile(file, "utf8"));
    if (rejected.length) logger.warn({ file, rejected }, "some rounds of the seed file could not be read");
    const { added } = await store.upsert(rounds, clock().toISOString());
    logger.info({ file, rounds: added.length }, "seeded the empty store from the bundled snapshot");
    return added.length;
  } catch (error) {
    logger.warn({ file, reason: (error as Error).message }, "could not seed the store; the first sync will fill it");
    return 0;
  }
}
