import { isDeepStrictEqual } from "node:util";
import type { KeyValueStore } from "../store/key-value.ts";
import { compareRounds, type Round, type RoundEdit } from "./round.ts";

/**
 * The draw store: every round IRCC ever published, persisted through the key-value port and held
 * in memory for queries (a few hundred rounds). Rounds are never deleted. When IRCC edits a
 * published round, the new value is kept and the old one remembered.
 *
 * Layout: `draws:index` (ids), `draws:round:<id>` (Round), `draws:edits:<id>` (RoundEdit[]).
 * A round document is written before the index names it, so a crash leaves at worst a document
 * the index does not list yet, which the next sync adds again.
 */

const INDEX = "draws:index";
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
  /** Increases whenever a round is added or edited (answers built from the rounds can be cached by it). */
  version = 0;

  private constructor(
    readonly kv: KeyValueStore,
    private readonly rounds: Map<string, Round>,
  ) {}

  static async open(kv: KeyValueStore): Promise<DrawStore> {
    const ids = (await kv.get<string[]>(INDEX)) ?? [];
    const docs = await kv.getMany<Round>(ids.map(roundKey));
    const rounds = new Map<string, Round>();
    docs.forEach((doc) => doc && rounds.set(doc.id, doc));
    return new DrawStore(kv, rounds);
  }

  get size(): number {
    return this.rounds.size;
  }

  /** Every round, oldest first. */
  all(): readonly Round[] {
    this.sorted ??= [...this.rounds.values()].sort(compareRounds);
    return this.sorted;
  }

  get(id: string): Round | undefined {
    return this.rounds.get(id.trim().toLowerCase());
  }

  /** The most recent round by number. */
  newest(): Round | undefined {
    const all = this.all();
    return all[all.length - 1];
  }

  /** The changes IRCC made to a round after publishing it, oldest first. */
  async edits(id: string): Promise<RoundEdit[]> {
    return (await this.kv.get<RoundEdit[]>(editsKey(id))) ?? [];
  }

  /** Adds new rounds and applies edits; never deletes. `seenAt` is an ISO instant. */
  async upsert(incoming: readonly Round[], seenAt: string): Promise<UpsertResult> {
    const added: Round[] = [];
    const edited: EditedRound[] = [];
    for (const round of incoming) {
      const known = this.rounds.get(round.id);
      if (!known) {
        added.push(round);
        continue;
      }
      const changes = diffRounds(known, round, seenAt);
      if (changes.length) edited.push({ round, changes });
    }
    for (const { round, changes } of edited) {
      const history = await this.edits(round.id);
      await this.kv.set(editsKey(round.id), [...history, ...changes]);
      await this.kv.set(roundKey(round.id), round);
      this.rounds.set(round.id, round);
    }
    if (added.length) {
      for (const round of added) await this.kv.set(roundKey(round.id), round);
      for (const round of added) this.rounds.set(round.id, round);
      await this.kv.set(INDEX, [...this.rounds.keys()]);
    }
    if (added.length || edited.length) {
      this.sorted = null;
      this.version++;
    }
    added.sort(compareRounds);
    edited.sort((a, b) => compareRounds(a.round, b.round));
    return { added, edited };
  }
}
