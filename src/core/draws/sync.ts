import { createHash } from "node:crypto";
import type { Clock, Fetch, Logger } from "../ports.ts";
import type { DrawStore, EditedRound } from "./draw-store.ts";
import { FeedError, parseFeedText, type RejectedRound } from "./parse-feed.ts";
import type { Round } from "./round.ts";

/**
 * One sync with IRCC's feed. Faults never hurt: whatever goes wrong leaves the store as it was (or
 * with only the valid rounds), is logged once with its reason and yields no new round.
 */

export interface SyncDeps {
  store: DrawStore;
  fetch: Fetch;
  clock: Clock;
  logger: Logger;
  url: string;
  timeoutMs?: number;
  userAgent?: string;
}

export type SyncStatus =
  /** The feed was read and applied (it may still have brought nothing new). */
  | "updated"
  /** The server said 304, or the body is the one we read last time. */
  | "unchanged"
  /** The body is older than what we know (a stale cache): ignored. */
  | "stale"
  | "failed";

export interface SyncResult {
  status: SyncStatus;
  /** Rounds the store did not have before, oldest first. */
  added: Round[];
  edited: EditedRound[];
  rejected: RejectedRound[];
  /** Why the sync failed or the body was ignored. */
  reason?: string;
}

interface SyncState {
  etag?: string;
  lastModified?: string;
  /** Hashes of the last bodies read, newest first: a body seen before is a stale copy. */
  recentHashes: string[];
  checkedAt?: string;
  /** When the feed was last read successfully (whether or not it brought anything). */
  succeededAt?: string;
  changedAt?: string;
}

const STATE_KEY = "draws:sync";
const RECENT_HASHES = 32;
const MAX_BODY_BYTES = 32 * 1024 * 1024;
export const DEFAULT_USER_AGENT = "ee-bot/0.1 (Express Entry rounds bot; +https://www.npmjs.com/package/ee-bot)";

const none = (status: SyncStatus, reason?: string): SyncResult => ({ status, added: [], edited: [], rejected: [], ...(reason ? { reason } : {}) });

/** Decodes the body: UTF-8, or Windows-1252 when it is not valid UTF-8 (the French feed before 2026). */
function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Rounds that cannot be true, set aside so they are never stored nor announced: dated days
 * ahead, or numbered past a gap. IRCC's feed always lists every round, so a real new round follows
 * the previous one (#435 after #434, however many came since our last sync); #443 right after
 * #434 is a typo, believed only once a round follows it (#444), i.e. IRCC stands by the number.
 */
function implausibleRounds(rounds: readonly Round[], store: DrawStore, clock: Clock): Array<{ round: Round; why: string }> {
  const out: Array<{ round: Round; why: string }> = [];
  const today = clock().toISOString().slice(0, 10);
  const latestPlausibleDate = new Date(Date.parse(today) + 2 * 86_400_000).toISOString().slice(0, 10);
  for (const r of rounds) if (!store.get(r.id) && r.date > latestPlausibleDate) out.push({ round: r, why: `dated ${r.date}, in the future` });
  const newestKnown = store.newest();
  if (!newestKnown) return out;
  const numbers = new Set(rounds.filter((r) => !out.some((o) => o.round === r)).map((r) => r.number));
  const fresh = rounds.filter((r) => !store.get(r.id) && r.number > newestKnown.number && !out.some((o) => o.round === r)).sort((a, b) => a.number - b.number);
  let reached = newestKnown.number;
  for (const r of fresh) {
    if (r.number <= reached + 1) {
      reached = Math.max(reached, r.number);
      continue;
    }
    if (numbers.has(r.number + 1)) {
      reached = r.number; // a round follows it: IRCC stands by this number
      continue;
    }
    out.push({ round: r, why: `numbered #${r.id}, but the feed has no round between #${reached} and it` });
  }
  return out;
}

export async function readSyncState(store: DrawStore): Promise<SyncState> {
  return (await store.kv.get<SyncState>(STATE_KEY)) ?? { recentHashes: [] };
}

export async function sync(deps: SyncDeps): Promise<SyncResult> {
  const { store, logger, url } = deps;
  const log = logger.child({ component: "sync" });
  const state = await readSyncState(store);
  const now = deps.clock().toISOString();
  const saveState = (patch: Partial<SyncState>, succeeded = true) => store.kv.set(STATE_KEY, { ...state, ...patch, checkedAt: now, ...(succeeded ? { succeededAt: now } : {}) });
  const fail = async (reason: string): Promise<SyncResult> => {
    log.warn({ url, reason }, "feed sync failed; the store is unchanged");
    await saveState({}, false);
    return none("failed", reason);
  };

  let body: string;
  let response: Response;
  try {
    const headers: Record<string, string> = { "user-agent": deps.userAgent ?? DEFAULT_USER_AGENT, accept: "application/json" };
    if (state.etag) headers["if-none-match"] = state.etag;
    if (state.lastModified) headers["if-modified-since"] = state.lastModified;
    response = await deps.fetch(url, { headers, signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000), redirect: "follow" });
    if (response.status === 304) {
      await saveState({});
      return none("unchanged");
    }
    if (!response.ok) return await fail(`the feed answered HTTP ${response.status}`);
    const length = Number(response.headers.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) return await fail(`the response is too large (${length} bytes)`);
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > MAX_BODY_BYTES) return await fail(`the response is too large (${bytes.byteLength} bytes)`);
    body = decode(bytes);
  } catch (error) {
    const e = error as Error;
    const reason = e.name === "TimeoutError" || e.name === "AbortError" ? "the feed did not answer in time" : `the feed could not be fetched (${e.message})`;
    return await fail(reason);
  }

  const hash = createHash("sha256").update(body).digest("hex");
  const validators = {
    ...(response.headers.get("etag") ? { etag: response.headers.get("etag")! } : {}),
    ...(response.headers.get("last-modified") ? { lastModified: response.headers.get("last-modified")! } : {}),
  };
  if (state.recentHashes[0] === hash) {
    await saveState(validators);
    return none("unchanged");
  }
  if (state.recentHashes.includes(hash)) {
    log.info({ url }, "the feed served a copy we read before (a stale cache); ignored");
    await saveState({});
    return none("stale", "the feed served an older copy we had already read");
  }

  let parsed;
  try {
    parsed = parseFeedText(body);
  } catch (error) {
    if (error instanceof FeedError) return await fail(error.message);
    throw error;
  }
  const newestKnown = store.newest();
  for (const { round, why } of implausibleRounds(parsed.rounds, store, deps.clock)) {
    parsed.rounds.splice(parsed.rounds.indexOf(round), 1);
    parsed.rejected.push({ index: -1, id: round.id, reason: `round ${why}: not believed` });
  }
  if (!parsed.rounds.length) return await fail("no round in the feed could be believed");
  const newestServed = parsed.rounds[parsed.rounds.length - 1]!;
  // A copy older than what we know is a stale cache, unless it brings a round we never saw: then
  // it is IRCC correcting a round number (#443 back to #435), and rounds above its newest are withdrawn.
  // Never seen and newer than every round this copy shares with us: a round missing from our store
  // deeper in history (one that failed to parse before) does not make a stale copy a correction.
  const sharedNewest = Math.max(-1, ...parsed.rounds.filter((r) => store.get(r.id)).map((r) => r.number));
  const bringsNew = parsed.rounds.some((r) => !store.get(r.id) && r.number > sharedNewest);
  if (newestKnown && newestServed.number < newestKnown.number && !bringsNew) {
    const reason = `the feed's newest round is #${newestServed.id}, older than #${newestKnown.id} which we already have (a stale cache)`;
    log.info({ url }, reason);
    await saveState({});
    return none("stale", reason);
  }
  if (parsed.rejected.length) log.warn({ url, rejected: parsed.rejected }, `${parsed.rejected.length} round(s) in the feed could not be read and were skipped`);

  const { added, edited } = await store.upsert(parsed.rounds, now);
  const gone = store.all().filter((r) => r.number > newestServed.number);
  const withdrawn = await store.withdraw(gone.map((r) => r.id), now, `no longer in IRCC's feed, whose newest round is now #${newestServed.id}`);
  if (withdrawn.length) log.warn({ withdrawn: withdrawn.map((r) => r.id) }, "IRCC withdrew rounds from its feed (a corrected round number); kept in history as withdrawn");
  await saveState({
    ...validators,
    recentHashes: [hash, ...state.recentHashes].slice(0, RECENT_HASHES),
    ...(added.length || edited.length ? { changedAt: now } : {}),
  });
  if (added.length || edited.length)
    log.info({ added: added.map((r) => r.id), edited: edited.map((e) => e.round.id) }, "feed sync brought changes");
  return { status: "updated", added, edited, rejected: parsed.rejected };
}
