import { isDeepStrictEqual } from "node:util";
import type { KeyValueStore } from "../store/key-value.ts";
import type { RecordStore } from "../store/records.ts";
import { compareRounds, type Round, type RoundEdit } from "./round.ts";

/**
 * The draw store: every round IRCC ever published, persisted through the key-value port and held
 * in memory for queries (a few hundred rounds). Rounds are never deleted. When IRCC edits a
 * published round, the new value is kept and the old one remembered.
 *
 * Layout: `draws:index` (ids), `draws:round:<id>` (Round), `draws:edits:<id>` (RoundEdit[]).
 * A round document is written before the index names it, so a crash leaves at worst a document
 * the index does not list yet, which the next sync adds again.
 *
 * Several processes may write one store (two copies of the bot, `ee-bot sync` beside it): each
 * write bumps the record store's `draws` counter, and `refresh()` reloads when the counter moved.
 * A round IRCC withdrew (a typo it corrected) stays, marked withdrawn, out of `all()` and `newest()`.
 */

const INDEX = "draws:index";
const COUNTER = "draws";
const roundKey = (id: string) => `draws:round:${id}`;
const editsKey = (id: string) => `draws:edits:${id}`;

/** The fields compared to detect an edit, with how to read them from a round. */
const TRACKED: ReadonlyArray<readonly [string, (r: Round) => unknown]> = [
  ["date", (r) => r.date],
  ["category", (r) => r.category.label],
  ["size", (r) => r.size],
  ["crs", (r) => r.crs],
  ["programs", (r) => r.programs],
  ["runAt", (r) => r.runAt.raw],
  ["tieBreak", (r) => r.tieBreak?.raw ?? null],
  ["pool", (r) => r.pool],
  ["url", (r) => r.url],
];

export interface EditedRound {
  round: Round;
  changes: RoundEdit[];
}

export interface UpsertResult {
  /** Rounds the store did not have, oldest first. */
  added: Round[];
  /** Rounds whose published values changed, oldest first. */
  edited: EditedRound[];
}

export function diffRounds(before: Round, after: Round, seenAt: string): RoundEdit[] {
  const changes: RoundEdit[] = [];
  for (const [field, read] of TRACKED) {
    const old = read(before);
    const now = read(after);
    if (!isDeepStrictEqual(old, now)) changes.push({ field, old, new: now, seenAt });
  }
  return changes;
}

export class DrawStore {
  private sorted: Round[] | null = null;
  /** Increases whenever the rounds change in memory (answers built from the rounds can be cached by it). */
  version = 0;

  private constructor(
    readonly kv: KeyValueStore,
    private readonly records: RecordStore,
    private rounds: Map<string, Round>,
    /** The shared `draws` counter as of the last load or write. */
    private loaded: number,
  ) {}

  static async open(kv: KeyValueStore, records: RecordStore): Promise<DrawStore> {
    const loaded = await records.counter(COUNTER);
    return new DrawStore(kv, records, await load(kv), loaded);
  }

  /** Reloads the rounds when another process changed them since (one cheap counter read otherwise). */
  async refresh(): Promise<boolean> {
    const now = await this.records.counter(COUNTER);
    if (now === this.loaded) return false;
    this.rounds = await load(this.kv);
    this.loaded = now;
    this.changed();
    return true;
  }

  get size(): number {
    return this.rounds.size;
  }

  /** Every round IRCC stands by, oldest first (withdrawn ones are left out). */
  all(): readonly Round[] {
    this.sorted ??= [...this.rounds.values()].filter((r) => !r.withdrawn).sort(compareRounds);
    return this.sorted;
  }

  /** A round by id, withdrawn ones included. */
  get(id: string): Round | undefined {
    return this.rounds.get(id.trim().toLowerCase());
  }

  /** The most recent round by number (not withdrawn). */
  newest(): Round | undefined {
    const all = this.all();
    return all[all.length - 1];
  }

  /** The changes IRCC made to a round after publishing it, oldest first. */
  async edits(id: string): Promise<RoundEdit[]> {
    return (await this.kv.get<RoundEdit[]>(editsKey(id))) ?? [];
  }

  /** Adds new rounds and applies edits; never deletes. A withdrawn round that comes back is restored. `seenAt` is an ISO instant. */
  async upsert(incoming: readonly Round[], seenAt: string): Promise<UpsertResult> {
    await this.refresh();
    const added: Round[] = [];
    const edited: EditedRound[] = [];
    const restored: Round[] = [];
    for (const round of incoming) {
      const known = this.rounds.get(round.id);
      if (!known) {
        added.push(round);
        continue;
      }
      if (known.withdrawn) restored.push(round);
      const changes = diffRounds(known, round, seenAt);
      if (changes.length) edited.push({ round, changes });
    }
    for (const { round, changes } of edited) {
      const history = await this.edits(round.id);
      await this.kv.set(editsKey(round.id), [...history, ...changes]);
    }
    for (const round of [...edited.map((e) => e.round), ...restored]) {
      await this.kv.set(roundKey(round.id), round);
      this.rounds.set(round.id, round);
    }
    if (added.length) {
      // One write for all of them (a first sync brings hundreds); the index still comes last.
      await this.kv.setMany(added.map((round) => [roundKey(round.id), round] as const));
      for (const round of added) this.rounds.set(round.id, round);
      await this.kv.set(INDEX, [...this.rounds.keys()]);
    }
    if (added.length || edited.length || restored.length) await this.wrote();
    added.sort(compareRounds);
    edited.sort((a, b) => compareRounds(a.round, b.round));
    return { added, edited };
  }

  /** Marks rounds as withdrawn by IRCC: kept in history, left out of answers. Returns those newly withdrawn. */
  async withdraw(ids: readonly string[], at: string, reason: string): Promise<Round[]> {
    const done: Round[] = [];
    for (const id of ids) {
      const round = this.rounds.get(id);
      if (!round || round.withdrawn) continue;
      const marked: Round = { ...round, withdrawn: { at, reason } };
      await this.kv.set(roundKey(id), marked);
      this.rounds.set(id, marked);
      done.push(marked);
    }
    if (done.length) await this.wrote();
    return done;
  }

  private async wrote(): Promise<void> {
    this.loaded = await this.records.bump(COUNTER);
    this.changed();
  }

  private changed(): void {
    this.sorted = null;
    this.version++;
  }
}

async function load(kv: KeyValueStore): Promise<Map<string, Round>> {
  const ids = (await kv.get<string[]>(INDEX)) ?? [];
  const docs = await kv.getMany<Round>(ids.map(roundKey));
  const rounds = new Map<string, Round>();
  docs.forEach((doc) => doc && rounds.set(doc.id, doc));
  return rounds;
}
