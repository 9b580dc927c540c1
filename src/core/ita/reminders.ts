import { randomUUID } from "node:crypto";
import { ITA_REMINDER_DAYS } from "../../content/ita.ts";
import { isoDate, type Clock, type Logger } from "../ports.ts";
import type { Lang, Reply } from "../reply.ts";
import type { RecordStore } from "../store/records.ts";
import { daysLeft, dueReminder, reminderReply } from "./countdown.ts";

/**
 * ITA reminders through the store: each countdown is a row of the record store; the leading
 * copy's cycle scans them, claims the reminder that is due (once across copies, should two ever
 * scan at once), sends it, then marks it sent. A restart or a crash loses none: what is not marked
 * is sent again once its claim has expired (at least once; a crash between the send and the mark
 * repeats that one reminder).
 */

export interface ItaCountdown {
  /** "telegram:123": one countdown per private chat. */
  chatKey: string;
  platform: "telegram";
  chatId: string;
  itaDate: string;
  lang: Lang;
  /** Reminders (days left) already sent or passed. */
  sent: number[];
}

/** The little storage a countdown needs. */
export interface CountdownStore {
  put(countdown: ItaCountdown): Promise<void>;
  get(chatKey: string): Promise<ItaCountdown | undefined>;
  remove(chatKey: string): Promise<boolean>;
  all(): Promise<ItaCountdown[]>;
  /** Adds `days` to a countdown's sent reminders, if it still has this ITA date (it may have been replaced or stopped). */
  markSent(chatKey: string, itaDate: string, days: number[]): Promise<boolean>;
  /** Takes the sending of one reminder: true for one caller only (across copies) until `ttlMs` passes or it is released. */
  claim(countdown: ItaCountdown, days: number, ttlMs: number): Promise<boolean>;
  /** Gives a claim back, so the reminder can be tried again at once. */
  release(countdown: ItaCountdown, days: number): Promise<void>;
}

/** Countdowns as rows of the record store (one per chat, each change one atomic statement). */
export class RecordCountdownStore implements CountdownStore {
  /** Whose claims these are: one owner per store handle (per copy). */
  private readonly owner = randomUUID();
  constructor(private readonly records: RecordStore) {}

  put(countdown: ItaCountdown): Promise<void> {
    return this.records.saveCountdown(countdown);
  }
  async get(chatKey: string): Promise<ItaCountdown | undefined> {
    return (await this.records.getCountdown(chatKey)) as ItaCountdown | undefined;
  }
  remove(chatKey: string): Promise<boolean> {
    return this.records.removeCountdown(chatKey);
  }
  async all(): Promise<ItaCountdown[]> {
    return (await this.records.listCountdowns()) as ItaCountdown[];
  }
  markSent(chatKey: string, itaDate: string, days: number[]): Promise<boolean> {
    return this.records.markCountdownSent(chatKey, itaDate, days);
  }
  claim(c: ItaCountdown, days: number, ttlMs: number): Promise<boolean> {
    return this.records.claimOnce(claimKey(c, days), ttlMs, this.owner);
  }
  release(c: ItaCountdown, days: number): Promise<void> {
    return this.records.releaseClaim(claimKey(c, days), this.owner);
  }
}

const claimKey = (c: ItaCountdown, days: number) => `ita:${c.chatKey}:${c.itaDate}:${days}`;

/** How long a claimed reminder waits for its mark before another cycle may send it again (after a crash). */
export const REMINDER_CLAIM_MS = 10 * 60_000;

/** What a platform did with one reminder: sent; gone (the chat closed: end the countdown); retry; dropped (this message can never go: skip it). */
export type ReminderOutcome = "sent" | "gone" | "retry" | "dropped";
export type ReminderSender = (countdown: ItaCountdown, reply: Reply) => Promise<ReminderOutcome>;

export interface ReminderReport {
  sent: number;
  removed: number;
  failed: number;
}

export class ItaReminders {
  constructor(private readonly deps: { store: CountdownStore; clock: Clock; logger: Logger; senders: Partial<Record<ItaCountdown["platform"], ReminderSender>>; claimMs?: number }) {}

  /** Starts (or replaces) a chat's countdown; reminders already behind count as sent. */
  async start(countdown: Omit<ItaCountdown, "sent">): Promise<void> {
    const left = daysLeft(countdown.itaDate, isoDate(this.deps.clock));
    await this.deps.store.put({ ...countdown, sent: ITA_REMINDER_DAYS.filter((d) => left <= d) });
  }

  stop(chatKey: string): Promise<boolean> {
    return this.deps.store.remove(chatKey);
  }

  /** One pass: every due reminder sent and marked; finished countdowns removed. */
  async run(signal?: AbortSignal): Promise<ReminderReport> {
    const { store, clock, logger, senders } = this.deps;
    const today = isoDate(clock);
    const report: ReminderReport = { sent: 0, removed: 0, failed: 0 };
    for (const c of await store.all()) {
      if (signal?.aborted) break;
      if (daysLeft(c.itaDate, today) < 0) {
        if (await store.remove(c.chatKey)) report.removed++;
        continue;
      }
      const due = dueReminder(c.itaDate, today, c.sent);
      const send = senders[c.platform];
      if (due === undefined || !send) continue;
      // Another copy scanning at the same time (a lease changing hands) skips what this one took.
      if (!(await store.claim(c, due, this.deps.claimMs ?? REMINDER_CLAIM_MS))) continue;
      let outcome: ReminderOutcome;
      try {
        outcome = await send(c, reminderReply(c.itaDate, daysLeft(c.itaDate, today), c.lang));
      } catch (error) {
        logger.warn({ chat: c.chatKey, message: (error as Error).message }, "an ITA reminder failed; it is tried again next cycle");
        await store.release(c, due);
        report.failed++;
        continue;
      }
      if (outcome === "retry") await store.release(c, due);
      // Once sent, the claim is kept until it expires: the mark says the rest.
      if (outcome === "sent" || outcome === "dropped") {
        await store.markSent(c.chatKey, c.itaDate, ITA_REMINDER_DAYS.filter((d) => d >= due));
        if (outcome === "sent") report.sent++;
        else {
          logger.warn({ chat: c.chatKey, days: due }, "an ITA reminder was refused by the platform; it is skipped");
          report.failed++;
        }
      } else if (outcome === "gone") {
        if (await store.remove(c.chatKey)) report.removed++;
      } else report.failed++;
    }
    return report;
  }
}
