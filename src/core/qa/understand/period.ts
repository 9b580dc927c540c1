import { NUMBER, numberOf } from "./numbers.ts";
import { MONTH_WORDS, MONTHS } from "./round-ref.ts";
import type { Period } from "./slots.ts";

/**
 * "in 2025", "since 2015", "between 2020 and 2023", "last 6 months", "this year", "ever" (EN and FR)
 * → a Period. Rules are data: a pattern and how to build the period from its groups, most specific first.
 */

const Y = "(20[12]\\d)";
/** The start of a clause about the person ("since I entered…", "depuis que je suis…", "since my profile…"). */
const CLAUSE = "(?=(?:\\w+\\s+){0,2}(?:i|we|je|j|on|nous|my|mon|ma|mes|our|notre|que|qu|they|ils|elle|il)\\s)";
/** Month names written out (not "mar", "may" alone: too often other words). */
const FULL_MONTH = "(january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)";
const M = `(${MONTH_WORDS.join("|")})`;
const UNIT_DAYS: Record<string, number> = {
  day: 1, days: 1, jour: 1, jours: 1, week: 7, weeks: 7, semaine: 7, semaines: 7, month: 30.44, months: 30.44, mois: 30.44, year: 365.25, years: 365.25, an: 365.25, ans: 365.25, annee: 365.25, annees: 365.25,
};
const UNIT = "(days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|annees?)";

/** A calendar month: "july 2026", "en juillet 2026". */
function monthOf(year: string, month: string): Omit<Period, "text"> | undefined {
  const mm = MONTHS[month];
  if (!mm) return undefined;
  const last = new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return { kind: "range", from: `${year}-${pad(mm)}-01`, to: `${year}-${pad(mm)}-${pad(last)}` };
}

type Rule = [RegExp, (m: RegExpExecArray) => Omit<Period, "text"> | undefined];

const lastN = (n: string | undefined, unit: string): Omit<Period, "text"> | undefined => {
  const count = n === undefined ? 1 : numberOf(n);
  const perUnit = UNIT_DAYS[unit];
  if (!count || !perUnit) return undefined;
  if (perUnit >= 30) return { kind: "last", months: Math.round((count * perUnit) / 30.44) };
  return { kind: "last", days: Math.round(count * perUnit) };
};

export const PERIOD_RULES: Rule[] = [
  // "Since Express Entry started in 2015", "depuis le lancement d'Entrée express": the whole history (its year included).
  [/\b(?:since|from)\s+(?:the\s+)?(?:express entry|ee|entree express|the (?:system|program|programme))\s+(?:started|began|begun|launched|start|opened|was launched|was created|came out)(?:\s+(?:in|back in)\s+2015)?\b|\b(?:depuis|des)\s+(?:le\s+|la\s+)?(?:debut|lancement|creation|depart|mise en place)\s+(?:d\s+|de\s+l\s+|du\s+|de\s+)?(?:entree express|ee|express entry|programme|systeme)(?:\s+en\s+2015)?\b|\bsince (?:its |the )?(?:launch|inception|creation)\b|\bfrom (?:the )?(?:very )?(?:start|beginning|day one)\b/, () => ({ kind: "all" })],
  // "Since I entered the pool in March 2026", "depuis que je suis au Canada en 2024": since that month or year.
  // (The clause is the person's: "since I…", "depuis que je…", "since my profile…"; not "since the last draw in 2024".)
  [new RegExp(`\\b(?:since|depuis)\\s+${CLAUSE}(?:\\w+\\s+){1,6}?(?:in|en|back in)\\s+${M}\\s+(?:de\\s+)?${Y}\\b`), (m) => {
    const month = monthOf(m[2]!, m[1]!);
    return month ? { kind: "since", from: month.from } : undefined;
  }],
  [new RegExp(`\\b(?:since|depuis)\\s+${CLAUSE}(?:\\w+\\s+){1,6}?(?:in|en|back in)\\s+${Y}\\b`), (m) => ({ kind: "since", from: `${m[1]}-01-01` })],
  // Halves and quarters: "the first half of 2026", "H2 2025", "le premier semestre 2026", "Q3 2025", "le 2e trimestre de 2026".
  [new RegExp(`\\b(?:(first|1st|second|2nd|premier|1er|deuxieme|2e|second)\\s+(?:half|semestre)|(h1|h2))\\s+(?:of\\s+|de\\s+|d\\s+)?${Y}\\b`), (m) => {
    const second = /^(second|2nd|deuxieme|2e|h2)$/.test(m[1] ?? m[2]!);
    return { kind: "range", from: `${m[3]}-${second ? "07" : "01"}-01`, to: `${m[3]}-${second ? "12-31" : "06-30"}` };
  }],
  [new RegExp(`\\b(?:(first|1st|second|2nd|third|3rd|fourth|4th|last|premier|1er|deuxieme|2e|troisieme|3e|quatrieme|4e|dernier)\\s+(?:quarter|trimestre)|q([1-4]))\\s+(?:of\\s+|de\\s+|d\\s+)?${Y}\\b`), (m) => {
    const q = m[2] ? Number(m[2]) : /^(first|1st|premier|1er)$/.test(m[1]!) ? 1 : /^(second|2nd|deuxieme|2e)$/.test(m[1]!) ? 2 : /^(third|3rd|troisieme|3e)$/.test(m[1]!) ? 3 : 4;
    const [from, to] = [["01-01", "03-31"], ["04-01", "06-30"], ["07-01", "09-30"], ["10-01", "12-31"]][q - 1]!;
    return { kind: "range", from: `${m[3]}-${from}`, to: `${m[3]}-${to}` };
  }],
  // "From March 2026 to now", "depuis mars 2026 jusqu'à aujourd'hui": since the first of that month.
  [new RegExp(`\\b(?:from|since|depuis|de|d|a partir de)\\s+${M}\\s+(?:de\\s+)?${Y}\\s+(?:to|until|till|through|a|jusqu a|-)\\s+(?:now|today|date|present|maintenant|aujourd hui)\\b`), (m) => {
    const month = monthOf(m[2]!, m[1]!);
    return month ? { kind: "since", from: month.from } : undefined;
  }],
  [new RegExp(`\\b(?:between|from|de|entre)\\s+${Y}\\s+(?:and|to|et|a|au|-)\\s+${Y}\\b`), (m) => ({ kind: "range", from: `${m[1]}-01-01`, to: `${m[2]}-12-31` })],
  [new RegExp(`\\b${Y}\\s*(?:-|to|a)\\s*${Y}\\b`), (m) => ({ kind: "range", from: `${m[1]}-01-01`, to: `${m[2]}-12-31` })],
  [new RegExp(`\\b(?:since|from|after|depuis|a partir de|apres)\\s+(?:the (?:start|beginning) of\\s+|le debut de\\s+|janvier\\s+|january\\s+)?${Y}\\b`), (m) => ({ kind: "since", from: `${m[1]}-01-01` })],
  // "from March to June 2025", "de mars à juin 2025": the first day of one month to the last of the other.
  [new RegExp(`\\b(?:from|between|de|d|entre|du)\\s+${M}\\s+(?:${Y}\\s+)?(?:to|and|until|through|till|a|au|et|jusqu a|-)\\s+${M}\\s+(?:de\\s+)?${Y}\\b`), (m) => {
    const [from, to] = [monthOf(m[2] ?? m[4]!, m[1]!), monthOf(m[4]!, m[3]!)];
    return from && to ? { kind: "range", from: from.from, to: to.to } : undefined;
  }],
  // "since May 2025", "depuis mars 2026": from the first of that month.
  [new RegExp(`\\b(?:since|from|depuis|a partir de)\\s+(?:(?:the )?(?:start|beginning) of\\s+|le debut (?:de |d )?)?${M}\\s+(?:de\\s+)?${Y}\\b(?!\\s+(?:to|and|until|a|au|et|-)\\b)`), (m) => {
    const month = monthOf(m[2]!, m[1]!);
    return month ? { kind: "since", from: month.from } : undefined;
  }],
  [new RegExp(`\\b${Y}\\s+(?:onwards?|and after|till now|to now|to date|a aujourd hui)\\b`), (m) => ({ kind: "since", from: `${m[1]}-01-01` })],
  [new RegExp(`\\b(?:before|until|avant|jusqu en)\\s+${Y}\\b`), (m) => ({ kind: "range", to: `${Number(m[1]) - 1}-12-31` })],
  [new RegExp(`\\b(?:in\\s+|en\\s+|of\\s+|d\\s+)?(${MONTH_WORDS.join("|")})\\s+(?:de\\s+)?${Y}\\b`), (m) => monthOf(m[2]!, m[1]!)],
  [new RegExp(`\\b(?:in|of|for|during|en|de|pour|durant|pendant|year|annee|l annee)?\\s*${Y}\\b`), (m) => ({ kind: "year", from: `${m[1]}-01-01`, to: `${m[1]}-12-31` })],
  // A month without a year ("since March", "en juillet"): the most recent such month the data covers (resolved when answering).
  [new RegExp(`\\b(?:since|depuis|from|a partir de|starting)\\s+(?:(?:the )?(?:start|beginning) of\\s+|le debut (?:de |d )?|(?:le )?mois d\\s+|(?:le )?mois de\\s+)?${FULL_MONTH}\\b(?!\\s+\\d)`), (m) => ({ kind: "since", month: MONTHS[m[1]!]! })],
  [new RegExp(`\\b(?:in|during|for|of|en|durant|pendant|du mois de|au mois de|du mois d|au mois d)\\s+${FULL_MONTH}\\b(?!\\s+\\d)`), (m) => ({ kind: "range", month: MONTHS[m[1]!]! })],
  // ("toutes les deux semaines" is a rhythm, not a period.)
  [new RegExp(`(?<!\\b(?:toutes|tous|every)\\s)\\b(?:last|past|previous|recent|les|des|ces|over the last|over the past|in the last|in the past|depuis)\\s+${NUMBER}\\s+(?:derniers?\\s+|dernieres?\\s+)?${UNIT}\\b`), (m) => lastN(m[1], m[2]!)],
  [new RegExp(`\\b${NUMBER}\\s+(?:derniers?|dernieres?)\\s+${UNIT}\\b`), (m) => lastN(m[1], m[2]!)],
  [/\b(?:in|over|during) the (?:past|last) (year|month|week)\b|\bpast (year|month|week)\b|\bau cours de la derniere annee\b/, (m) => lastN(undefined, m[1] ?? m[2] ?? "year")],
  [/\b(?:this|current|cette|l)\s+(?:year|annee)\b(?!\s+(?:derniere|passee|precedente|prochaine))|\bso far this year\b|\byear to date\b|\bytd\b|\bdepuis le debut de l annee\b|\ben cours\b/, () => ({ kind: "year", yearsBack: 0 })],
  [/\b(?:last|previous)\s+year\b|\bl (?:an|annee) (?:derniere?|passee?)\b|\ban dernier\b|\bannee derniere\b/, () => ({ kind: "year", yearsBack: 1 })],
  // "This month" and "last month" are calendar months; "the past month" (above) is the last 30 days or so.
  [/\b(?:this|current|ce|cette)\s+(?:month|mois)\b|\bmonth to date\b|\bdepuis le debut du mois\b/, () => ({ kind: "last", monthsBack: 0 })],
  [/\b(?:last|previous)\s+month\b|\b(?:le |du )?mois (?:dernier|passe|precedent)\b/, () => ({ kind: "last", monthsBack: 1 })],
  [/\bpast\s+month\b/, () => ({ kind: "last", months: 1 })],
  [/\b(?:last|past|this|cette)\s+(?:week|semaine)\b|\bsemaine derniere\b/, () => ({ kind: "last", days: 7 })],
  [/\b(ever|all time|of all time|in history|historically|since (?:the )?(?:start|beginning)|since 2015|de tou[ts] les temps|de l histoire|depuis le debut|jamais|record)\b/, () => ({ kind: "all" })],
];

/** The period a question names, and the text with it blanked out (so "last 6 months" is not read as "the last round"). */
export function extractPeriod(text: string): { period?: Period; rest: string } {
  for (const [pattern, build] of PERIOD_RULES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const p = build(m);
    if (!p) continue;
    // "record" names the whole history and a superlative: the record intent still needs to hear it.
    if (m[0].trim() === "record") return { period: { ...p, text: "record" }, rest: text };
    return { period: { ...p, text: m[0].trim() }, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim() };
  }
  return { rest: text };
}

/** Resolves a period to concrete dates, against the date the data covers up to (ISO). */
export function resolvePeriod(p: Period, dataAsOf: string): { from?: string; to?: string } {
  if (p.month !== undefined) {
    // The most recent such month up to the data's date: "July" in August 2026 is July 2026, in March 2027 too.
    const year = Number(dataAsOf.slice(0, 4)) - (p.month > Number(dataAsOf.slice(5, 7)) ? 1 : 0);
    const range = monthOf(String(year), Object.keys(MONTHS).find((k) => MONTHS[k] === p.month)!)!;
    return p.kind === "since" ? { from: range.from! } : { from: range.from!, to: range.to! };
  }
  if (p.kind === "last" && p.monthsBack !== undefined) {
    const d = new Date(`${dataAsOf.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - p.monthsBack);
    const from = d.toISOString().slice(0, 10);
    // This month: to the anchor date; a past month: to its last day.
    if (p.monthsBack === 0) return { from, to: dataAsOf };
    d.setUTCMonth(d.getUTCMonth() + 1, 0);
    return { from, to: d.toISOString().slice(0, 10) };
  }
  if (p.kind === "last" && (p.days || p.months)) {
    const d = new Date(`${dataAsOf}T00:00:00Z`);
    // "The last 6 months" to August 7 starts on February 8; "the last 2 weeks" to August 7 on July 24.
    if (p.months) d.setUTCMonth(d.getUTCMonth() - p.months, d.getUTCDate() + 1);
    else d.setUTCDate(d.getUTCDate() - p.days!);
    return { from: d.toISOString().slice(0, 10), to: dataAsOf };
  }
  if (p.kind === "year" && p.yearsBack !== undefined) {
    const y = Number(dataAsOf.slice(0, 4)) - p.yearsBack;
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
  return { ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}) };
}

/** Words that set two periods side by side. */
const COMPARE = /\b(vs|versus|compared?|comparison|comparaison|comparer|against|contre|par rapport|and|et|or|ou|than|que|to|a)\b/;

/**
 * The period a question names and, when it sets a second one beside it ("in 2023 compared to 2024",
 * "last year vs this year", "2024 et 2025"), that one too, in the order named; the text with both blanked out.
 */
export function extractPeriods(text: string): { period?: Period; period2?: Period; rest: string } {
  const first = extractPeriod(text);
  if (!first.period || first.period.kind === "all" || first.period.kind === "range") return first;
  const second = extractPeriod(first.rest);
  if (!second.period || second.period.kind === "all" || second.period.kind === "range" || !COMPARE.test(first.rest)) return first;
  const at = (p: Period) => text.indexOf(p.text);
  const [a, b] = at(first.period) <= at(second.period) ? [first.period, second.period] : [second.period, first.period];
  return { period: a, period2: b, rest: second.rest };
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?";

/**
 * A range of days: "between July 1 and July 15 2026", "from March 3 to 17, 2026", "du 1er au 15 juillet 2026",
 * "entre le 3 et le 20 mars 2026". A year must be given at one end; each end's month defaults to the other's.
 */
export function extractDayRange(text: string): { period: Period; rest: string } | undefined {
  const en = new RegExp(`\\b(?:between|from)\\s+${M}\\s+${DAY}(?:\\s*,?\\s*${Y})?\\s+(?:and|to|until|till|through|-)\\s+(?:${M}\\s+)?${DAY}(?:\\s*,?\\s*${Y})?\\b`).exec(text);
  const fr = new RegExp(`\\b(?:du|entre le|entre|de|depuis le)\\s+${DAY}(?:\\s+${M})?(?:\\s+${Y})?\\s+(?:au|et le|et|a|jusqu au)\\s+${DAY}\\s+${M}(?:\\s+${Y})?\\b`).exec(text);
  let parts: { m1: string; d1: string; y1?: string; m2: string; d2: string; y2?: string } | undefined;
  if (en) parts = { m1: en[1]!, d1: en[2]!, y1: en[3], m2: en[4] ?? en[1]!, d2: en[5]!, y2: en[6] };
  else if (fr) parts = { m1: fr[2] ?? fr[5]!, d1: fr[1]!, y1: fr[3], m2: fr[5]!, d2: fr[4]!, y2: fr[6] };
  const m = en ?? fr;
  if (!parts || !m) return undefined;
  const y1 = parts.y1 ?? parts.y2;
  const y2 = parts.y2 ?? parts.y1;
  const [mm1, mm2] = [MONTHS[parts.m1], MONTHS[parts.m2]];
  if (!y1 || !y2 || !mm1 || !mm2 || Number(parts.d1) > 31 || Number(parts.d2) > 31) return undefined;
  const from = `${y1}-${pad2(mm1)}-${pad2(Number(parts.d1))}`;
  const to = `${y2}-${pad2(mm2)}-${pad2(Number(parts.d2))}`;
  if (from > to) return undefined;
  return { period: { kind: "range", from, to, text: m[0] }, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim() };
}
