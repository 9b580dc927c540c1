import { isDeepStrictEqual } from "node:util";
import type { KeyValueStore } from "../store/key-value.ts";
import type { RecordStore } from "../store/records.ts";
import type { RoundEditRecord } from "../store/rounds.ts";
import { compareRounds, type Round, type RoundEdit } from "./round.ts";

/**
 * The draw store: every round IRCC ever published, persisted in the record store's `rounds` table
 * (one row per round, `round_edits` for what IRCC changed afterwards) and held in memory for
 * queries (a few hundred rounds). Rounds are never deleted. When IRCC edits a published round, the
 * new value is kept and the change recorded.
 *
 * Several processes may write one store (two copies of the bot, `ee-bot sync` beside it). Every
 * write is one transaction that also moves the rounds' version (the record store's `draws`
 * counter), and only if it is still the version this copy loaded: a copy that lost the race
 * reloads and decides again, so an edit is never recorded twice nor lost. `refresh()` reloads
 * when the version moved; it reads the version only when the store's change token (no query) says
 * something was written since its last read, so answering every update with fresh rounds costs
 * no database read.
 * A round IRCC withdrew (a typo it corrected) stays, marked withdrawn, out of `all()` and `newest()`.
 */

/** Attempts at one write while other copies keep writing first (each attempt reloads). */
const WRITE_ATTEMPTS = 5;

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
    /** The key-value layer, for the feed sync's own state. */
    readonly kv: KeyValueStore,
    private readonly records: RecordStore,
    private rounds: Map<string, Round>,
    /** The rounds' shared version as of the last load or write. */
    private loaded: number,
    /** The record store's change token taken just before the version was last read. */
    private checked: string | undefined,
  ) {}

  static async open(kv: KeyValueStore, records: RecordStore): Promise<DrawStore> {
    const token = records.changeToken();
    const { version, rounds } = await records.loadRounds<Round>();
    return new DrawStore(kv, records, byId(rounds), version, token);
  }

  /**
   * Reloads the rounds when another process changed them since. Nothing written to the store
   * since the last check (the same change token): nothing to read. Otherwise one version read, and
   * the rounds only when the version moved.
   */
  async refresh(): Promise<boolean> {
    // Taken before the read: a write that lands during the read changes the token for next time.
    const token = this.records.changeToken();
    if (token !== undefined && token === this.checked) return false;
    const now = await this.records.roundsVersion();
    const moved = now !== this.loaded;
    if (moved) await this.reload();
    this.checked = token;
    return moved;
  }

  private async reload(): Promise<void> {
    const { version, rounds } = await this.records.loadRounds<Round>();
    this.rounds = byId(rounds);
    this.loaded = version;
    this.changed();
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
    return (await this.records.roundEdits(id.trim().toLowerCase())).map(({ roundId: _roundId, ...edit }) => edit);
  }

  /** The latest changes IRCC made to any round, newest first. */
  async recentEdits(limit: number): Promise<Array<RoundEdit & { roundId: string }>> {
    return this.records.recentRoundEdits(limit);
  }

  /** Adds new rounds and applies edits; never deletes. A withdrawn round that comes back is restored. `seenAt` is an ISO instant. */
  async upsert(incoming: readonly Round[], seenAt: string): Promise<UpsertResult> {
    await this.refresh();
    return this.write(() => {
      const added: Round[] = [];
      const edited: EditedRound[] = [];
      const changed = new Map<string, Round>();
      for (const round of incoming) {
        const known = this.rounds.get(round.id);
        if (!known) {
          added.push(round);
          changed.set(round.id, round);
          continue;
        }
        const changes = diffRounds(known, round, seenAt);
        if (changes.length) edited.push({ round, changes });
        if (changes.length || known.withdrawn) changed.set(round.id, round); // edited, or restored
      }
      added.sort(compareRounds);
      edited.sort((a, b) => compareRounds(a.round, b.round));
      const edits = edited.flatMap(({ round, changes }) => changes.map((c) => ({ roundId: round.id, ...c })));
      return { rounds: [...changed.values()], edits, at: seenAt, result: { added, edited } };
    });
  }

  /** Marks rounds as withdrawn by IRCC: kept in history, left out of answers. Returns those newly withdrawn. */
  async withdraw(ids: readonly string[], at: string, reason: string): Promise<Round[]> {
    return this.write(() => {
      const done: Round[] = [];
      for (const id of ids) {
        const round = this.rounds.get(id);
        if (round && !round.withdrawn) done.push({ ...round, withdrawn: { at, reason } });
      }
      return { rounds: done, edits: [], at, result: done };
    });
  }

  /**
   * Writes what `plan` decides from the rounds in memory, in one transaction with the version
   * check; when another copy wrote first, reloads and asks `plan` again.
   */
  private async write<T>(plan: () => { rounds: Round[]; edits: RoundEditRecord[]; at: string; result: T }): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const { rounds, edits, at, result } = plan();
      if (!rounds.length) return result;
      const version = await this.records.writeRounds(this.loaded, rounds, edits, at);
      if (version !== undefined) {
        for (const round of rounds) this.rounds.set(round.id, round);
        this.loaded = version;
        this.changed();
        return result;
      }
      if (attempt >= WRITE_ATTEMPTS) throw new Error(`the rounds could not be written: other copies kept writing first (${attempt} attempts)`);
      await this.reload();
    }
  }

  private changed(): void {
    this.sorted = null;
    this.version++;
  }
}

const byId = (rounds: readonly Round[]) => new Map(rounds.map((r) => [r.id, r]));
