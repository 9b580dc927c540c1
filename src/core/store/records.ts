import type { Lang } from "../reply.ts";
import type { PauseState, Subscription } from "../subscription.ts";
import type { CountdownRecords, RoundRecords } from "./rounds.ts";

export type { PauseState };

/**
 * The record store: the second storage port of ee-bot, beside the key-value layer
 * (`KeyValueStore`, Keyv). It holds what is many (one row per subscription, per chat, per
 * delivery) and what must be atomic (the announcement mark, the outbox, the lease).
 *
 * Every method is one atomic step: an adapter runs it in one transaction (SQLite: `BEGIN
 * IMMEDIATE`; PostgreSQL: a transaction, or a single conditional statement). Several copies of
 * the bot may share one store: nothing here relies on memory of the process.
 *
 * Times are epoch milliseconds from the caller's clock (`now`). An adapter whose backend has one
 * clock for every copy (PostgreSQL's `clock_timestamp()`) uses that for leases and claims instead,
 * and says so in `leaseClock`.
 *
 * The rounds, their edits and the ITA countdowns are records too: see `rounds.ts`.
 *
 * The contract every adapter must pass is `test/core/store/record-store-contract.ts`.
 */
export interface RecordStore extends RoundRecords, CountdownRecords {
  /**
   * Whose clock decides when leases and claims expire: `"caller"` (the `now` passed in, SQLite: one
   * machine) or `"database"` (PostgreSQL's clock, shared by every copy; `now` is then ignored for
   * leases and a grant's `until` is in the database's time).
   */
  readonly leaseClock: "caller" | "database";

  // --- subscriptions: one row each ---------------------------------------------------------

  getSubscription(id: string): Promise<Subscription | undefined>;
  /** The subscriptions among `ids` that exist (any order): one query for a page of deliveries. */
  getSubscriptions(ids: readonly string[]): Promise<Subscription[]>;
  /** Every subscription (of one platform), in the order they were first made. */
  listSubscriptions(platform?: Subscription["platform"]): Promise<Subscription[]>;
  countSubscriptions(): Promise<number>;
  /** Adds or replaces one subscription (its filters); its pause state is kept. */
  saveSubscription(sub: Subscription): Promise<void>;
  /** Removes one subscription; true when there was one. */
  removeSubscription(id: string): Promise<boolean>;
  /** Atomically moves a subscription to a new id (a group that became a supergroup) and remembers the move. */
  moveSubscription(fromId: string, to: Subscription): Promise<void>;
  /** Where a subscription moved to, if it did. */
  movedTo(fromId: string): Promise<string | undefined>;
  /** Sets (or clears, with null) why deliveries to a subscription fail: see `PauseState`. */
  setPause(id: string, pause: PauseState | null): Promise<void>;

  // --- announcements: the mark and the outbox -----------------------------------------------

  /** The announcement mark: the newest round accounted for (announced or known as history). */
  getMark(): Promise<string | undefined>;
  /**
   * In one step: checks the mark is still `expectedMark` (undefined = no mark yet), writes one
   * pending delivery per (round, target) (a pair already queued is left as it is), and moves the
   * mark to `nextMark`. False, with nothing written, when another copy moved the mark first.
   * A round given by its `audience` is queued for every subscription that wants it, selected by
   * the store itself (in subscription order), so no copy reads every subscription into memory.
   */
  queueRounds(expectedMark: string | undefined, nextMark: string, rounds: QueuedRound[], now: number): Promise<boolean>;
  /** Pending deliveries in queue order (oldest round first), `limit` at a time after `afterSeq`. */
  pendingDeliveries(afterSeq: number, limit: number): Promise<Delivery[]>;
  /** Records what happened to one delivery. With `fence`, only while that lease is still held (else false). */
  updateDelivery(seq: number, update: DeliveryUpdate, now: number, fence?: LeaseGrant): Promise<boolean>;
  /**
   * Records what happened to several deliveries in one statement, fenced once: with `fence`, all
   * of them while that lease is still held, else none (false). The broadcast writes its outcomes
   * this way, a batch at a time.
   */
  updateDeliveries(updates: ReadonlyArray<{ seq: number; update: DeliveryUpdate }>, now: number, fence?: LeaseGrant): Promise<boolean>;
  /** Every delivery of one round (for reports and checks). */
  deliveriesOf(roundId: string): Promise<Delivery[]>;
  /** Deletes finished (sent or dropped) deliveries last updated before `before`; returns how many. */
  purgeDeliveries(before: number): Promise<number>;

  // --- shared values -----------------------------------------------------------------------

  /** Atomically adds one to a counter and returns the new value (e.g. the draw store's version). */
  bump(counter: string): Promise<number>;
  /** A counter's value (0 when never bumped). */
  counter(counter: string): Promise<number>;
  /**
   * A cheap, synchronous sign of change, read without a query: a value that differs from the one
   * read before whenever a counter (a bump, the rounds' version) may have moved since, by any
   * process; it may also change for other writes. Undefined when the adapter cannot tell at the
   * moment: then read the counter. A caller that took the token before reading a counter, and gets
   * the same token again, knows the counter has not moved (SQLite: strictly, from the WAL index;
   * PostgreSQL: once the change's notification has arrived).
   */
  changeToken(): string | undefined;

  // --- the lease: one copy at a time announces ---------------------------------------------

  /**
   * Takes the lease `name` for `owner`, or renews it, for `ttlMs` from `now`, in one step. Fails
   * (undefined) while another owner holds a lease that has not expired. The fencing token grows
   * each time the lease changes hands, and stays the same on renewal.
   */
  takeLease(name: string, owner: string, ttlMs: number, now: number): Promise<LeaseGrant | undefined>;
  /** Whether `grant` is still the live lease (same owner and token, not expired). */
  holdsLease(grant: LeaseGrant, now: number): Promise<boolean>;
  /** Gives the lease up, if `grant` still holds it. */
  releaseLease(grant: LeaseGrant): Promise<void>;

  // --- claims: work done once across copies ------------------------------------------------

  /**
   * True if this call took `key` (free, or its last claim expired); false while someone holds it,
   * whoever they are (the same owner included). Used to handle a Telegram update once however many
   * copies it reaches. The claim lasts `ttlMs` (on the database's clock where `leaseClock` says so).
   */
  claimOnce(key: string, ttlMs: number, owner?: string): Promise<boolean>;
  /**
   * `claimOnce` for a chat's lock, telling also, when it took the key, the chat state's change
   * number as of the claim (see `chatStateSince`), read in the same statement: the copy that answers
   * the chat next knows whether what it holds in memory is behind what the previous copy wrote,
   * without another query and without waiting for a notification. Undefined when not taken.
   */
  claimChat(key: string, ttlMs: number, owner: string): Promise<number | undefined>;
  /** Gives `key` up if `owner` still holds it (so it can be claimed again at once). */
  releaseClaim(key: string, owner: string): Promise<void>;

  // --- per chat, per user -------------------------------------------------------------------

  getChatLanguage(chatKey: string): Promise<Lang | undefined>;
  setChatLanguage(chatKey: string, lang: Lang): Promise<void>;
  getProfile<T>(userKey: string): Promise<T | undefined>;
  saveProfile(userKey: string, profile: unknown): Promise<void>;
  /** An open wizard's state; undefined once it expired. */
  getWizard<T>(userKey: string, now: number): Promise<T | undefined>;
  saveWizard(userKey: string, state: unknown, expiresAt: number): Promise<void>;
  deleteWizard(userKey: string): Promise<void>;
  /** Deletes expired wizard states; returns how many. */
  purgeWizards(now: number): Promise<number>;
  /**
   * Chat languages and open wizards (their keys and expiry, not their state) written after change
   * number `afterSeq` (-1: every one), for a copy that keeps them in memory (`ChatReplica`). Each
   * write of a chat's settings or a wizard gets a larger change number than every write committed
   * before it; `upTo` is the last number given as of this read (one snapshot), so every write up to
   * it is in `changes` or was overwritten since, and the next read asks for what came after `upTo`.
   * Wizards expired at `now` are left out; deleted ones are not reported.
   */
  chatStateSince(afterSeq: number, now: number): Promise<{ upTo: number; changes: ChatStateChange[] }>;

  close(): Promise<void>;
}


/** A chat's language (undefined: none chosen) or an open wizard, with its change number. */
export type ChatStateChange =
  | { kind: "lang"; key: string; lang: Lang | undefined; seq: number }
  | { kind: "wizard"; key: string; expiresAt: number; seq: number };

/** A round to announce and who gets it: the subscriptions named, or every one that wants it. */
export type QueuedRound = { roundId: string; /** Subscription ids. */ targets: string[] } | { roundId: string; audience: RoundAudience };

/**
 * Who wants a round, for the store to select: every subscription whose filters let a round of
 * this category and cutoff through (exactly `wantsRound`: its categories, if any, include
 * `category`, and its `maxCrs`, if any, is at least `crs`).
 */
export interface RoundAudience {
  category: string;
  crs: number;
}

export type DeliveryStatus = "pending" | "sent" | "dropped";

/** One announcement of one round to one subscription: a row of the outbox. */
export interface Delivery {
  /** Queue order: deliveries of an older round have smaller numbers. */
  seq: number;
  roundId: string;
  target: string;
  status: DeliveryStatus;
  attempts: number;
  /** Not before this time (ms) is it tried again. */
  nextAttemptAt: number;
  /** When it first failed (ms), for the bound on retries. */
  firstFailureAt: number | null;
  reason: string | null;
  queuedAt: number;
  updatedAt: number;
}

export type DeliveryUpdate = Partial<Pick<Delivery, "status" | "attempts" | "nextAttemptAt" | "firstFailureAt" | "reason">>;

/** A lease held: its fencing token grows each time the lease changes hands. */
export interface LeaseGrant {
  name: string;
  owner: string;
  token: number;
  until: number;
}
