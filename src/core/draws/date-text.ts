/**
 * Lenient readers for the date and date-time texts of IRCC's rounds feed.
 *
 * The feed writes the same kind of value in some thirty shapes ("May 31, 2024 at12:48:30 UTC",
 * "July 3rd 2026 at 21:35:13 UTC", "March 02. 2024 at …", "October 7 at 16:38:21 UTC" with no year, …).
 * A value we cannot read keeps its raw text and an `iso` of null: we never invent a time.
 */

/** A date-time as IRCC wrote it, with what we could read of it. */
export interface DateTimeText {
  /** Exactly what the feed said (trimmed). */
  raw: string;
  /** The instant in ISO 8601 UTC (`2026-08-07T10:08:20Z`), or null when the text could not be read. */
  iso: string | null;
  /** Set when part of the value was inferred rather than read: the feed left out the year. */
  inferred?: "year";
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // French month names, for the French feed.
  janv: 1, fevr: 2, mars: 3, avr: 4, mai: 5, juin: 6, juil: 7, aout: 8, sept: 9, octo: 10, nove: 11, dece: 12,
};

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f.]/g, "");
  return MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** ISO date (`YYYY-MM-DD`) when the text is one, else null. */
export function parseIsoDate(text: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

// "August 7, 2026", "July 3rd 2026", "March 02. 2024", "April 26,2023", "October 7" (no year)
const EN_DATE = /^([A-Za-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*[,.]?\s*(\d{4})?/;
// "7 août 2026" (French feed)
const FR_DATE = /^(\d{1,2})(?:er)?\s+([A-Za-zÀ-ÿ]+)\.?\s+(\d{4})/;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/;

interface DateParts { y: number | null; m: number; d: number; rest: string }

function readDate(text: string): DateParts | null {
  const en = EN_DATE.exec(text);
  if (en) {
    const m = monthNumber(en[1]!);
    if (m) return { y: en[3] ? Number(en[3]) : null, m, d: Number(en[2]), rest: text.slice(en[0].length) };
  }
  const fr = FR_DATE.exec(text);
  if (fr) {
    const m = monthNumber(fr[2]!);
    if (m) return { y: Number(fr[3]), m, d: Number(fr[1]), rest: text.slice(fr[0].length) };
  }
  return null;
}

/** Picks the year for a date written without one: the latest such date not after `reference` (ISO date). */
function inferYear(m: number, d: number, reference: string): number {
  const refYear = Number(reference.slice(0, 4));
  const candidate = `${refYear}-${pad(m)}-${pad(d)}`;
  return candidate <= reference ? refYear : refYear - 1;
}

const clean = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

/** Reads a date written in words ("August 3, 2026") into an ISO date, or null. */
export function parseDateText(text: string): string | null {
  const iso = parseIsoDate(text);
  if (iso) return iso;
  const parts = readDate(clean(text));
  if (!parts || parts.y === null || !isRealDate(parts.y, parts.m, parts.d)) return null;
  return `${parts.y}-${pad(parts.m)}-${pad(parts.d)}`;
}

/**
 * Reads a feed date-time ("August 7, 2026 at 10:08:20 UTC" and its variants).
 * `reference` (an ISO date, normally the round's date) supplies the year when the text has none.
 * Times are UTC: every dated value in the feed is, whether or not it says so.
 */
export function parseDateTimeText(text: string, reference?: string): DateTimeText {
  const raw = clean(text);
  const unread: DateTimeText = { raw, iso: null };
  const parts = readDate(raw);
  if (!parts) return unread;
  let year = parts.y;
  let inferred = false;
  if (year === null) {
    if (!reference) return unread;
    year = inferYear(parts.m, parts.d, reference);
    inferred = true;
  }
  if (!isRealDate(year, parts.m, parts.d)) return unread;
  // "January 23, 2025 at 2025-01-23 15:30:04 UTC": the ISO date repeats the date; skip it.
  const rest = parts.rest.replace(/\d{4}-\d{2}-\d{2}/, " ");
  const time = TIME.exec(rest);
  if (!time) return unread;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const meridiem = time[4]?.replace(/\./g, "").toLowerCase();
  // The feed writes "15:48:39 AM" and "20:19:59 PM": a 24-hour clock with a stray marker. Only a
  // 12-hour reading (hour 1–12) is converted.
  if (meridiem && hour >= 1 && hour <= 12) {
    if (meridiem === "pm" && hour < 12) hour += 12;
    if (meridiem === "am" && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return unread;
  const iso = `${year}-${pad(parts.m)}-${pad(parts.d)}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`;
  return inferred ? { raw, iso, inferred: "year" } : { raw, iso };
}

/** Reads a count written with thousands separators ("20,784", "20 784"), or null. */
export function parseCount(text: string): number | null {
  const digits = text.replace(/[,\s\u00a0\u202f]/g, "");
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Number(digits);
}
