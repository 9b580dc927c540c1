import type { Fact } from "./types.ts";

/**
 * A tolerant matcher: the engine may write 1,234 / 1 234 / 1234, "nº 434" / "#434", "August 5, 2026" /
 * "5 août 2026" / "2026-08-05", "CLB 8" / "NCLC 8", with or without accents. Numbers match whole
 * (434 does not match 4345 or 434.5).
 */

const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTHS_FR = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

/** Lower case, no accents, one kind of space and apostrophe, no thousands separators, "nº 434" → "#434". */
export function normalise(text: string): string {
  let s = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009\u2007]/g, " ")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/\bn\s?[º°o]\.?\s*(?=\d)/g, "#")
    .replace(/#\s+(?=\d)/g, "#");
  // Thousands separators: "113,998" / "113 998" → "113998" (repeat for 1,234,567).
  for (let i = 0; i < 3; i++) s = s.replace(/(\d)[ ,](\d{3})(?![\d])/g, "$1$2");
  return s.replace(/(\d),(\d{1,2})(?![\d])/g, "$1.$2"); // French decimal comma
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function datePattern(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const en = MONTHS_EN[m - 1]!;
  const fr = MONTHS_FR[m - 1]!;
  const day = d === 1 ? "1(?:er)?" : String(d);
  return [
    escape(iso),
    `${en}\\s+${d},?\\s+${y}`,
    `${en.slice(0, 3)}\\.?\\s+${d},?\\s+${y}`,
    `${day}\\s+${en},?\\s+${y}`,
    `${day}\\s+${fr}\\s+${y}`,
  ].join("|");
}

function pattern(fact: string): RegExp {
  const f = normalise(fact.trim());
  if (/^\d{4}-\d{2}-\d{2}$/.test(f)) return new RegExp(`(?:${datePattern(f)})(?![\\d])`);
  const level = /^(?:clb|nclc) (\d+)$/.exec(f);
  if (level) return new RegExp(`\\b(?:clb|nclc)(?:\\s*/\\s*(?:clb|nclc))?\\s*${level[1]}(?![\\d])`);
  const head = /^\d/.test(f) ? "(?<![\\d.])" : "";
  const tail = /\d$/.test(f) ? "(?![\\d]|[.,]\\d)" : "";
  return new RegExp(head + escape(f) + tail);
}

/** Where a fact is stated in normalised text: [start, end) of every occurrence. */
function spans(t: string, fact: Fact): Array<[number, number]> {
  if (typeof fact === "string") {
    const re = new RegExp(pattern(fact).source, "g");
    return [...t.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
  }
  if ("any" in fact) return fact.any.flatMap((a) => spans(t, a));
  const within = fact.within ?? 80;
  const [as, bs] = [spans(t, fact.near[0]), spans(t, fact.near[1])];
  const out: Array<[number, number]> = [];
  for (const a of as)
    for (const b of bs) if (Math.max(a[0], b[0]) - Math.min(a[1], b[1]) <= within) out.push([Math.min(a[0], b[0]), Math.max(a[1], b[1])]);
  return out;
}

/** Whether the answer text states the fact. */
export function hasFact(text: string, fact: Fact): boolean {
  return spans(normalise(text), fact).length > 0;
}

export const factText = (fact: Fact): string =>
  typeof fact === "string" ? fact : "any" in fact ? fact.any.join(" | ") : `${factText(fact.near[0])} near ${factText(fact.near[1])}`;

/** A fact that could never be checked: empty text, an empty list, or a computation that failed (undefined, NaN). */
export function emptyFact(fact: Fact): boolean {
  if (typeof fact === "string") return !fact.trim() || /undefined|NaN|Infinity/.test(fact);
  if ("any" in fact) return fact.any.length === 0 || fact.any.some(emptyFact);
  return fact.near.some(emptyFact);
}
