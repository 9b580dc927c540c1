import type { Lang } from "../reply.ts";
import type { ChatStateChange, RecordStore } from "./records.ts";

/**
 * Per-chat state held in memory, so answering an update costs no query: each chat's language
 * and which wizards are open (their keys and expiry; a wizard's own state is read from the store
 * only when one is open). Loaded whole at start; after that it reads only what was written since
 * (the store numbers every write of these rows, see `RecordStore.chatStateSince`), and only when
 * the store's change token says something was committed since the last read (SQLite: the WAL
 * index, exact; PostgreSQL: once the change's notification has arrived). Without a token (SQLite
 * not in WAL mode, PostgreSQL's listening connection down) it reads before every update, as a
 * copy without the replica would.
 *
 * So a language chosen or a wizard started through another copy (webhooks behind a load balancer,
 * copies sharing one store) is seen by the next update this copy answers. Over webhooks that holds
 * even before a notification arrives: taking the chat's lock reads the change number too
 * (`sawChangeNumber`). This copy's own writes go through here: they are applied at once, and the
 * next `refresh()` reads the store again.
 *
 * Deleted wizards are not reported by the store: one another copy finished stays "maybe open"
 * here until it expires or the next read of it finds nothing (`wizardGone`) — which costs that
 * one read, never a wrong answer. Memory: one map entry per chat with a language and per wizard
 * opened in the last day, about 75 bytes each: ~8 MB at 100,000 chats (`npm run bench -- chat-state`).
 */
export class ChatReplica {
  private readonly langs = new Map<string, Lang>();
  /** Open (or maybe open) wizards: key → when it expires (ms). */
  private readonly wizards = new Map<string, number>();
  /** The largest change number read. */
  private cursor = -1;
  /** The change token taken before the last complete read (undefined: read before the next answer). */
  private synced: string | undefined;
  /** Moves with each write of this copy: a read that began before one does not count as up to date. */
  private generation = 0;
  /** Reads run one after the other (a later read's rows are never overwritten by an earlier one's). */
  private queue: Promise<void> = Promise.resolve();
  private pending: { token: string; generation: number; done: Promise<void> } | undefined;
  private lastSweep = 0;

  private constructor(
    private readonly records: RecordStore,
    private readonly now: () => number,
  ) {}

  /** Loads every chat's state from the store. */
  static async open(records: RecordStore, now: () => number = Date.now): Promise<ChatReplica> {
    const replica = new ChatReplica(records, now);
    await replica.refresh();
    return replica;
  }

  /**
   * Brings the replica up to date with the store. Nothing committed since the last read (the same
   * change token): nothing to do, and no promise to wait for. Callers reading at the same token
   * share one read.
   */
  refresh(): Promise<void> | undefined {
    // Taken before the read: a commit that lands during the read changes the token for next time.
    const token = this.records.changeToken();
    if (token !== undefined && token === this.synced) return undefined;
    const generation = this.generation;
    if (token !== undefined && this.pending?.token === token && this.pending.generation === generation) return this.pending.done;
    const done = this.queue.then(() => this.read(token, generation));
    const pending = token !== undefined ? { token, generation, done } : undefined;
    this.pending = pending;
    // A failed read is not shared with later callers: the next one reads again.
    this.queue = done.catch(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    return done;
  }

  private async read(token: string | undefined, generation: number): Promise<void> {
    const now = this.now();
    const { upTo, changes } = await this.records.chatStateSince(this.cursor, now);
    for (const change of changes) this.apply(change);
    // Every write numbered up to `upTo` was in this read (or overwritten since, and so numbered after).
    if (upTo > this.cursor) this.cursor = upTo;
    if (now - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = now;
      for (const [key, expiresAt] of this.wizards) if (expiresAt <= now) this.wizards.delete(key);
    }
    if (generation === this.generation) this.synced = token;
  }

  private apply(change: ChatStateChange): void {
    if (change.kind === "wizard") this.wizards.set(change.key, change.expiresAt);
    // One string per language, not one per row read (a few MB at 100,000 chats).
    else if (change.lang) this.langs.set(change.key, change.lang === "fr" ? "fr" : "en");
    else this.langs.delete(change.key);
  }

  /**
   * The chat state's change number as another statement saw it (a chat's lock taken with
   * `RecordStore.claimChat`): when this copy has not read that far, the next refresh reads, whatever
   * the change token says. Strict where notifications may lag (PostgreSQL), at no extra query.
   */
  sawChangeNumber(seq: number): void {
    if (seq > this.cursor) this.stale();
  }

  /** Something was written that this copy may not have read: read the store again before the next answer. */
  private stale(): void {
    this.generation++;
    this.synced = undefined;
    this.pending = undefined;
  }

  /** The language chosen for a chat, if one was. */
  lang(chatKey: string): Lang | undefined {
    return this.langs.get(chatKey);
  }

  async setLang(chatKey: string, lang: Lang): Promise<void> {
    await this.records.setChatLanguage(chatKey, lang);
    this.langs.set(chatKey, lang);
    this.stale();
  }

  /** Whether a wizard may be open under `key` (false: certainly none, no need to read it). */
  wizardMaybeOpen(key: string): boolean {
    const expiresAt = this.wizards.get(key);
    return expiresAt !== undefined && expiresAt > this.now();
  }

  /** An open wizard's state: read from the store only when one may be open. */
  async getWizard<T>(key: string): Promise<T | undefined> {
    if (!this.wizardMaybeOpen(key)) return undefined;
    const state = await this.records.getWizard<T>(key, this.now());
    if (state === undefined) this.wizards.delete(key); // finished through another copy, or expired
    return state;
  }

  async saveWizard(key: string, state: unknown, expiresAt: number): Promise<void> {
    await this.records.saveWizard(key, state, expiresAt);
    this.wizards.set(key, expiresAt);
    this.stale();
  }

  async deleteWizard(key: string): Promise<void> {
    await this.records.deleteWizard(key);
    this.wizards.delete(key);
  }

  /** How many chats have a language and how many wizards may be open (for tests and benchmarks). */
  get size(): { langs: number; wizards: number } {
    return { langs: this.langs.size, wizards: this.wizards.size };
  }
}

/** Expired wizards are dropped from memory at most this often (on a read). */
const SWEEP_EVERY_MS = 10 * 60_000;
