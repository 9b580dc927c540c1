import { qaMessages } from "../../../content/qa-messages.ts";
import { categoryName } from "../../draws/categories.ts";
import type { Freshness } from "../../draws/freshness.ts";
import type { Round } from "../../draws/round.ts";
import { sliceRounds, type Slice } from "../../draws/slices.ts";
import { formatDate, formatNumber } from "../../format.ts";
import type { Lang } from "../../reply.ts";
import { resolvePeriod } from "../understand/period.ts";
import type { Slots } from "../understand/slots.ts";

/** What every data answer needs: the rounds, the language, how fresh the data is, and the question's slice. */
export interface DataContext {
  rounds: readonly Round[];
  lang: Lang;
  fresh: Freshness;
  /** Today (ISO), by the clock. */
  today: string;
  slots: Slots;
}

/** A short recent window ("this week", "the last 10 days", "last month") means up to today, whatever the data covers. */
const isShortWindow = (ctx: DataContext) => ctx.slots.period?.kind === "last" && ((ctx.slots.period.days ?? 99) <= 31 || ctx.slots.period.months === 1 || ctx.slots.period.monthsBack !== undefined);

export function sliceOf(ctx: DataContext): Slice {
  const s: Slice = {};
  if (ctx.slots.category) s.category = ctx.slots.category;
  if (ctx.slots.excludedCategories?.length) s.exclude = ctx.slots.excludedCategories;
  if (ctx.slots.period) Object.assign(s, resolvePeriod(ctx.slots.period, isShortWindow(ctx) ? ctx.today : ctx.fresh.asOf));
  return s;
}

/** True when the question's period reaches past the newest round and the data may be out of date: no confident answer then. */
export function periodBeyondData(ctx: DataContext): boolean {
  const to = sliceOf(ctx).to;
  const newest = ctx.fresh.newest?.date;
  // "Ever" and "since 2020" are answered as of the newest round (and say so); a window around today or this year is not.
  const aroundToday = ctx.slots.period?.kind === "last" || ctx.slots.period?.kind === "year";
  return ctx.fresh.maybeStale && aroundToday && !!newest && (!to || to > newest);
}

export const slicedRounds = (ctx: DataContext) => {
  const rounds = sliceRounds(ctx.rounds, sliceOf(ctx));
  return ctx.slots.lastN ? rounds.slice(-ctx.slots.lastN) : rounds;
};

/** "CEC rounds, in 2025" / "all rounds, since January 1, 2020". */
export function describeSlice(ctx: DataContext): string {
  const m = qaMessages(ctx.lang);
  const s = sliceOf(ctx);
  const d = (iso: string) => formatDate(iso, ctx.lang);
  const cat = ctx.slots.lastN
    ? m.lastRounds(ctx.slots.lastN, ctx.slots.category ? categoryName(ctx.slots.category, ctx.lang) : undefined)
    : ctx.slots.category ? m.roundsOf(categoryName(ctx.slots.category, ctx.lang)) : m.allRounds;
  let period = "";
  const p = ctx.slots.period;
  if (p?.kind === "all") period = m.periodAll;
  else if (s.from && s.to && s.from.endsWith("-01-01") && s.to === `${s.from.slice(0, 4)}-12-31`) period = m.periodYear(s.from.slice(0, 4));
  else if (s.from && s.to) period = m.periodRange(d(s.from), d(s.to));
  else if (s.from) period = m.periodSince(d(s.from));
  else if (s.to) period = m.periodUntil(d(s.to));
  const except = ctx.slots.excludedCategories?.length ? m.except(ctx.slots.excludedCategories.map((k) => categoryName(k, ctx.lang)).join(", ")) : "";
  return m.slice([cat, except].filter(Boolean).join(" "), period);
}

export function roundRef(r: Round, lang: Lang): string {
  return qaMessages(lang).roundRef(r.id, formatDate(r.date, lang), categoryName(r.category.key, lang, r.category.label), formatNumber(r.size, lang), r.crs);
}

/** The footer of every data answer: "As of round #N (date)", and a warning when the data may be old. */
export function dataFooter(ctx: DataContext): string {
  const m = qaMessages(ctx.lang);
  const n = ctx.fresh.newest;
  const parts = [n ? m.asOf(n.id, formatDate(n.date, ctx.lang)) : "", ctx.lang === "fr" ? "Source : IRCC" : "Source: IRCC"];
  return parts.filter(Boolean).join(" · ");
}

/** A line to put first when the data may be out of date. */
export function staleLines(ctx: DataContext): string[] {
  return ctx.fresh.maybeStale && ctx.fresh.daysSinceNewest !== undefined ? [qaMessages(ctx.lang).maybeStale(ctx.fresh.daysSinceNewest)] : [];
}
