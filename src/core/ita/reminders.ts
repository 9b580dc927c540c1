import { ITA_REMINDER_DAYS } from "../../content/ita.ts";
import { isoDate, type Clock, type Logger } from "../ports.ts";
import type { Lang, Reply } from "../reply.ts";
import { Mutex } from "../store/mutex.ts";
import type { KeyValueStore } from "../store/key-value.ts";
import { daysLeft, dueReminder, reminderReply } from "./countdown.ts";

/**
 * ITA reminders through the store: each countdown is a record; the leading copy's cycle scans
 * them and sends the reminder that is due, then marks it sent. A restart or a crash loses none:
 * what is not marked is sent on the next cycle (at least once; a crash between the send and the
 * mark repeats that one reminder).
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

/** The little storage a countdown needs; any store with a per-key record can hold it. */
export interface CountdownStore {
  put(countdown: ItaCountdown): Promise<void>;
  get(chatKey: string): Promise<ItaCountdown | undefined>;
  remove(chatKey: string): Promise<boolean>;
  all(): Promise<ItaCountdown[]>;
  /** Adds `days` to a countdown's sent reminders, if it still has this ITA date (it may have been replaced or stopped). */
  markSent(chatKey: string, itaDate: string, days: number[]): Promise<boolean>;
}

const DOC = "ita:countdowns";

/** Countdowns in one key-value document, changed under a lock (one process writes at a time). */
export class KeyValueCountdownStore implements CountdownStore {
  private readonly lock = new Mutex();
  constructor(private readonly kv: KeyValueStore) {}

  private read = async () => (await this.kv.get<Record<string, ItaCountdown>>(DOC)) ?? {};
  private change<T>(edit: (doc: Record<string, ItaCountdown>) => T): Promise<T> {
    return this.lock.run(async () => {
      const doc = await this.read();
      const result = edit(doc);
      await this.kv.set(DOC, doc);
      return result;
    });
  }

  put(countdown: ItaCountdown): Promise<void> {
    return this.change((doc) => void (doc[countdown.chatKey] = countdown));
  }
  async get(chatKey: string): Promise<ItaCountdown | undefined> {
    return (await this.read())[chatKey];
  }
  remove(chatKey: string): Promise<boolean> {
    return this.change((doc) => (chatKey in doc ? delete doc[chatKey] : false));
  }
  async all(): Promise<ItaCountdown[]> {
    return Object.values(await this.read());
  }
  markSent(chatKey: string, itaDate: string, days: number[]): Promise<boolean> {
    return this.change((doc) => {
      const c = doc[chatKey];
      if (!c || c.itaDate !== itaDate) return false;
      c.sent = [...new Set([...c.sent, ...days])].sort((a, b) => b - a);
      return true;
    });
  }
}

/** What a platform did with one reminder: sent; gone (the chat closed: end the countdown); retry; dropped (this message can never go: skip it). */
export type ReminderOutcome = "sent" | "gone" | "retry" | "dropped";
export type ReminderSender = (countdown: ItaCountdown, reply: Reply) => Promise<ReminderOutcome>;

export interface ReminderReport {
  sent: number;
  removed: number;
  failed: number;
}

export class ItaReminders {
  constructor(private readonly deps: { store: CountdownStore; clock: Clock; logger: Logger; senders: Partial<Record<ItaCountdown["platform"], ReminderSender>> }) {}

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
      let outcome: ReminderOutcome;
      try {
        outcome = await send(c, reminderReply(c.itaDate, daysLeft(c.itaDate, today), c.lang));
      } catch (error) {
        logger.warn({ chat: c.chatKey, message: (error as Error).message }, "an ITA reminder failed; it is tried again next cycle");
        report.failed++;
        continue;
      }
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
