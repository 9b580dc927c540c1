/**
 * The rounds of invitations, their edits and the ITA countdowns as records: part of the record
 * store port (`RecordStore` extends these), kept in their own tables on both backends.
 *
 * `rounds` has one row per round with typed columns (number, date, category, CRS cutoff,
 * invitations, tie-break instant, withdrawn, first seen, last changed) for queries and reports,
 * and `data`: the whole round as the draw store keeps it (JSON; IRCC's texts, the pool, the
 * link: every field the columns do not type), which is what is read back. The typed columns are
 * copies written from it in the same statement, so they never disagree.
 * `round_edits` has one row per change IRCC made to a published round (field, old and new value as
 * JSON, when our sync saw it). `ita_countdowns` has one row per chat.
 *
 * The store does not know the draw store's `Round` type (the store sits below the draws): it
 * needs only the few fields `RoundDoc` names, which every `Round` has.
 */

/** What the store reads of a round to fill the typed columns; the rest is kept as it is. */
export interface RoundDoc {
  id: string;
  number: number;
  /** ISO date. */
  date: string;
  category: { key: string; label: string };
  /** Invitations issued. */
  size: number;
  crs: number;
  tieBreak: { iso: string | null } | null;
  withdrawn?: { at: string; reason: string };
}

/** One change IRCC made to a round after publishing it. */
export interface RoundEditRecord {
  roundId: string;
  field: string;
  old: unknown;
  new: unknown;
  /** When our sync first saw the new value (ISO). */
  seenAt: string;
}

/** The rounds as of one version of the shared counter. */
export interface RoundsSnapshot<T> {
  /** The counter `writeRounds` moves: read before the rows, so a newer write is never missed. */
  version: number;
  rounds: T[];
}

export interface RoundRecords {
  /** The rounds' version: one cheap read, to know whether another copy wrote since. */
  roundsVersion(): Promise<number>;
  /** Every round (withdrawn ones included) with the version they were read at. */
  loadRounds<T extends RoundDoc>(): Promise<RoundsSnapshot<T>>;
  /**
   * In one step: checks the rounds' version is still `expectedVersion`, adds or replaces `rounds`
   * (a new id is first seen `at`; every round written is changed `at`), appends `edits` in order,
   * and moves the version on. Returns the new version, or undefined with nothing written when
   * another copy wrote first (the caller reloads and decides again).
   */
  writeRounds(expectedVersion: number, rounds: readonly RoundDoc[], edits: readonly RoundEditRecord[], at: string): Promise<number | undefined>;
  /** One round's edits, oldest first. */
  roundEdits(roundId: string): Promise<RoundEditRecord[]>;
  /** The latest edits of any round, newest first. */
  recentRoundEdits(limit: number): Promise<RoundEditRecord[]>;
}

/** An ITA countdown: one per chat. */
export interface CountdownRecord {
  chatKey: string;
  platform: string;
  chatId: string;
  /** ISO date. */
  itaDate: string;
  lang: string;
  /** Reminders (days left) already sent or passed, largest first. */
  sent: number[];
}

export interface CountdownRecords {
  /** Adds or replaces a chat's countdown, in one statement. */
  saveCountdown(countdown: CountdownRecord): Promise<void>;
  getCountdown(chatKey: string): Promise<CountdownRecord | undefined>;
  /** Every countdown, oldest first. */
  listCountdowns(): Promise<CountdownRecord[]>;
  /** True when there was one. */
  removeCountdown(chatKey: string): Promise<boolean>;
  /** Adds `days` to a countdown's sent reminders, if it still has this ITA date (it may have been replaced or stopped). */
  markCountdownSent(chatKey: string, itaDate: string, days: readonly number[]): Promise<boolean>;
}

/** The shared counter of the rounds (the draw store's `draws` counter since before the tables). */
export const ROUNDS_COUNTER = "draws";

/** The column values of one round. */
export interface RoundColumns {
  id: string;
  number: number;
  date: string;
  category_key: string;
  category_label: string;
  crs: number;
  invitations: number;
  tie_break_at: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  /** The whole round. */
  data: RoundDoc;
}

export function roundColumns(doc: RoundDoc): RoundColumns {
  const { withdrawn } = doc;
  return {
    id: doc.id,
    number: doc.number,
    date: doc.date,
    category_key: doc.category.key,
    category_label: doc.category.label,
    crs: doc.crs,
    invitations: doc.size,
    tie_break_at: doc.tieBreak?.iso ?? null,
    withdrawn_at: withdrawn?.at ?? null,
    withdrawn_reason: withdrawn?.reason ?? null,
    data: doc,
  };
}

/** The rounds to write, each once (the last one given wins). */
export const distinctRounds = (rounds: readonly RoundDoc[]) => [...new Map(rounds.map((r) => [r.id, r])).values()];

/** A JSON text for an edit's value (undefined, which JSON cannot hold, is kept as null). */
export const jsonValue = (value: unknown) => JSON.stringify(value ?? null);

/** Sent reminders merged: each once, largest first. */
export const mergeSent = (sent: readonly number[], days: readonly number[]) => [...new Set([...sent, ...days])].sort((a, b) => b - a);

/**
 * What earlier versions kept in the key-value layer, read from its entries (key → value) for the
 * migration that moves it into the tables: the round documents (`draws:round:ID`), their edits
 * (`draws:edits:ID`, a list), the ITA countdowns (`ita:countdowns`, one document for every chat),
 * and the keys to delete once moved (`draws:index` too).
 */
export interface LegacyRecords {
  rounds: RoundDoc[];
  /** Oldest first. */
  edits: RoundEditRecord[];
  countdowns: CountdownRecord[];
  keys: string[];
}

export const LEGACY_ROUND_PREFIX = "draws:round:";
export const LEGACY_EDITS_PREFIX = "draws:edits:";
export const LEGACY_KEYS = ["draws:index", "ita:countdowns"] as const;

export function legacyRecords(entries: ReadonlyArray<readonly [key: string, value: unknown]>): LegacyRecords {
  const out: LegacyRecords = { rounds: [], edits: [], countdowns: [], keys: [] };
  // Only what was understood (and so moved) is deleted; anything else stays where it was.
  for (const [key, value] of entries) {
    if (key.startsWith(LEGACY_ROUND_PREFIX)) {
      if (!isRoundDoc(value)) continue;
      out.rounds.push(value);
    } else if (key.startsWith(LEGACY_EDITS_PREFIX)) {
      if (!Array.isArray(value)) continue;
      const roundId = key.slice(LEGACY_EDITS_PREFIX.length);
      for (const e of value as Array<Partial<RoundEditRecord> | null>)
        if (e && typeof e.field === "string" && typeof e.seenAt === "string") out.edits.push({ roundId, field: e.field, old: e.old ?? null, new: e.new ?? null, seenAt: e.seenAt });
    } else if (key === "ita:countdowns") {
      if (!value || typeof value !== "object") continue;
      for (const c of Object.values(value as Record<string, Partial<CountdownRecord> | null>))
        if (c && typeof c.chatKey === "string" && typeof c.itaDate === "string")
          out.countdowns.push({ chatKey: c.chatKey, platform: c.platform ?? "telegram", chatId: c.chatId ?? c.chatKey.replace(/^[^:]*:/, ""), itaDate: c.itaDate, lang: c.lang ?? "en", sent: mergeSent(c.sent ?? [], []) });
    } else if (key !== "draws:index") continue;
    out.keys.push(key);
  }
  // Edits of different rounds in the order they were seen (a stable sort keeps each round's own order).
  out.edits.sort((a, b) => (a.seenAt < b.seenAt ? -1 : a.seenAt > b.seenAt ? 1 : 0));
  return out;
}

function isRoundDoc(value: unknown): value is RoundDoc {
  const r = value as Partial<RoundDoc> | null;
  return !!r && typeof r.id === "string" && typeof r.number === "number" && typeof r.date === "string" && typeof r.category?.key === "string" && typeof r.crs === "number" && typeof r.size === "number";
}
