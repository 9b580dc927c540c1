import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { enCA } from "date-fns/locale/en-CA";
import { frCA } from "date-fns/locale/fr-CA";
import type { DateTimeText } from "./draws/date-text.ts";
import type { Lang } from "./reply.ts";

/** Numbers, dates and changes written the way each language writes them. */

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA").format(n).replace(/\u202f|\u00a0/g, " ");
}

/** "August 7, 2026" / "7 août 2026" from an ISO date. */
export function formatDate(iso: string, lang: Lang): string {
  return format(parseISO(iso), lang === "fr" ? "d MMMM yyyy" : "MMMM d, yyyy", { locale: lang === "fr" ? frCA : enCA });
}

/** A feed date-time: read and written in UTC, or IRCC's own text when it could not be read. */
export function formatDateTime(value: DateTimeText, lang: Lang): string {
  if (!value.iso) return value.raw;
  const day = formatDate(value.iso.slice(0, 10), lang);
  const time = value.iso.slice(11, 19);
  const text = lang === "fr" ? `${day} à ${time} UTC` : `${day} at ${time} UTC`;
  if (value.inferred === "year") return `${text} (${lang === "fr" ? "année déduite ; IRCC a écrit" : "year inferred; IRCC wrote"} “${value.raw}”)`;
  return text;
}

/** "+12", "−5", "±0" (with a real minus sign). */
export function formatChange(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return "±0";
}
