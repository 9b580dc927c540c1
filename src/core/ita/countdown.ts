import { ITA_DAYS, ITA_REMINDER_DAYS, itaMessages } from "../../content/ita.ts";
import { dayNumber, isoOfDay } from "../eligibility/work-hours.ts";
import { parseIsoDate } from "../draws/date-text.ts";
import { formatDate } from "../format.ts";
import { officialLink } from "../links.ts";
import type { Lang, Reply } from "../reply.ts";

/** The 60 days after an invitation to apply: the deadline, the days left, the checklist. */

export const deadlineOf = (itaDate: string) => isoOfDay(dayNumber(itaDate) + ITA_DAYS);
export const daysLeft = (itaDate: string, today: string) => dayNumber(deadlineOf(itaDate)) - dayNumber(today);

/** The reminder (days left) due on `today` that is not yet in `sent`: the latest one passed, or none. */
export function dueReminder(itaDate: string, today: string, sent: readonly number[]): number | undefined {
  const left = daysLeft(itaDate, today);
  if (left < 0) return undefined;
  const passed = ITA_REMINDER_DAYS.filter((d) => left <= d);
  const latest = passed[passed.length - 1];
  return latest !== undefined && !sent.includes(latest) ? latest : undefined;
}

/** Reminders already behind us on `today` (not to be sent when the countdown starts late). */
export const remindersPassed = (itaDate: string, today: string) => ITA_REMINDER_DAYS.filter((d) => daysLeft(itaDate, today) < d);

export type ItaDateCheck = { ok: true; date: string } | { ok: false; message: string };

/** Checks a typed ITA date: a real date, not in the future. An expired one is still shown, as overdue. */
export function readItaDate(text: string, today: string, lang: Lang): ItaDateCheck {
  const m = itaMessages(lang);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? parseIsoDate(text.trim()) : null;
  if (!date) return { ok: false, message: m.badDate };
  if (date > today) return { ok: false, message: m.future };
  return { ok: true, date };
}

const when = (iso: string, lang: Lang) => formatDate(iso, lang);

/** The countdown and checklist. `reminders`: whether reminders are set here. */
export function itaReply(itaDate: string, today: string, lang: Lang, reminders: boolean): Reply {
  const m = itaMessages(lang);
  const left = daysLeft(itaDate, today);
  const deadline = deadlineOf(itaDate);
  const lines = [m.dates(when(itaDate, lang), when(deadline, lang))];
  if (left < 0) return { title: m.tooOld(when(deadline, lang)), lines: [...lines, m.overdue(when(deadline, lang))], links: [officialLink("afterApply", lang)] };
  const upcoming = ITA_REMINDER_DAYS.filter((d) => d < left);
  if (!reminders) lines.push(m.noReminders);
  else if (upcoming.length) lines.push(m.reminders(upcoming.join(", ")));
  return {
    title: m.title(left),
    lines,
    fields: [{ name: m.checklistTitle, value: m.checklist.map((c) => `• ${c}`).join("\n") }],
    links: [officialLink("applyPr", lang), officialLink("applicationDocuments", lang), officialLink("fees", lang), officialLink("proofOfFunds", lang)],
    footer: m.footer,
  };
}

/** The reminder message for `days` left. */
export function reminderReply(itaDate: string, days: number, lang: Lang): Reply {
  const m = itaMessages(lang);
  return {
    title: m.reminderTitle(days),
    lines: [m.dates(when(itaDate, lang), when(deadlineOf(itaDate), lang))],
    fields: [{ name: m.checklistTitle, value: m.checklist.map((c) => `• ${c}`).join("\n") }],
    links: [officialLink("applyPr", lang), officialLink("applicationDocuments", lang)],
    footer: m.footer,
  };
}

/** /ita where no reminders can be set (the console, Discord): the countdown and checklist. */
export function itaCommand(text: string | undefined, today: string, lang: Lang): Reply {
  const m = itaMessages(lang);
  if (!text?.trim()) return { error: true, lines: [m.usage] };
  if (/^(off|stop)$/i.test(text.trim())) return { lines: [m.noneToStop] };
  const date = readItaDate(text, today, lang);
  return date.ok ? itaReply(date.date, today, lang, false) : { error: true, lines: [date.message, m.usage] };
}
