import { messages } from "../../content/messages.ts";
import { CATEGORIES, categoryName, resolveCategory } from "./categories.ts";
import type { DrawStore } from "./draw-store.ts";
import { findRound, latestPool, latestRound, listRounds, standingInPool, withChange, yearStats } from "./queries.ts";
import type { Round, RoundEdit } from "./round.ts";
import { formatChange, formatDate, formatDateTime, formatNumber } from "../format.ts";
import { officialLink, roundPage } from "../links.ts";
import type { Clock } from "../ports.ts";
import { freshness, type FeedStatus } from "./freshness.ts";
import type { Lang, Reply } from "../reply.ts";

/**
 * Rounds presented as replies (the latest, a list, one round with its edits, a year, the pool),
 * platform-neutral, beside the queries they present: the commands, the question engine, the
 * announcer and the charts all use them. User mistakes come back as a Reply with `error: true`.
 */

export interface DrawDeps {
  store: DrawStore;
  clock: Clock;
  /** When the feed was last reached: decides whether the data covers up to today or only to the newest round. */
  feed?: FeedStatus;
}

/** Category colours: a colour-blind-safe palette (Okabe–Ito and Tol), one per category. */
const COLORS: Record<string, number> = {
  general: 0x0072b2, cec: 0xe69f00, pnp: 0x009e73, french: 0x56b4e9, healthcare: 0xcc79a7, trades: 0xd55e00,
  transport: 0xf0e442, education: 0x882255, physicians: 0x44aa99, "senior-managers": 0x332288, military: 0x999933,
  stem: 0x117733, agriculture: 0xddcc77, fsw: 0xaa4499, fst: 0x88ccee,
};
export const categoryColor = (key: string) => COLORS[key] ?? 0x777777;

export const roundCategoryName = (round: Round, lang: Lang) => categoryName(round.category.key, lang, round.category.label);

export function asOfFooter(rounds: readonly Round[], lang: Lang): string {
  const m = messages(lang);
  const newest = rounds[rounds.length - 1];
  return newest ? `${m.asOfRound(newest.id, formatDate(newest.date, lang))} · ${m.source}` : m.source;
}

/** Resolves a category option. Returns the key, or an error Reply naming the valid keys. */
export function categoryOption(store: DrawStore, input: string | undefined, lang: Lang): { key?: string; error?: Reply } {
  if (input === undefined || input.trim() === "") return {};
  const extra = new Set(store.all().map((r) => r.category.key));
  const key = resolveCategory(input, extra);
  if (key) return { key };
  const keys = [...new Set([...CATEGORIES.map((c) => c.key), ...extra])].join(", ");
  return { error: { error: true, lines: [messages(lang).unknownCategory(input.trim().slice(0, 60), keys)] } };
}

function cutoffText(rounds: readonly Round[], round: Round, lang: Lang): string {
  const m = messages(lang);
  const { previous, crsChange } = withChange(rounds, round);
  return previous && crsChange !== undefined
    ? `${round.crs} (${m.vsPrevious(formatChange(crsChange), previous.id)})`
    : `${round.crs} (${m.firstOfKind})`;
}

const showValue = (value: unknown, lang: Lang): string => {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return "bands" in (value as object) ? messages(lang).aDistribution : JSON.stringify(value);
  return String(value);
};

/** A round as a Reply: title with its number, the fields, the official link. */
export function roundReply(rounds: readonly Round[], round: Round, lang: Lang, opts: { title?: string; edits?: RoundEdit[] } = {}): Reply {
  const m = messages(lang);
  const lines: string[] = [];
  if (opts.edits?.length) {
    lines.push(m.editedNote(opts.edits.length));
    for (const e of opts.edits) lines.push(`• ${m.editLine(e.field, showValue(e.old, lang), showValue(e.new, lang), formatDate(e.seenAt.slice(0, 10), lang))}`);
  }
  const fields = [
    { name: m.date, value: formatDate(round.date, lang), inline: true },
    { name: m.category, value: round.category.label, inline: true },
    { name: m.invitations, value: formatNumber(round.size, lang), inline: true },
    { name: m.crsCutoff, value: cutoffText(rounds, round, lang), inline: true },
    { name: m.tieBreak, value: round.tieBreak ? formatDateTime(round.tieBreak, lang) : m.tieBreakNone, inline: false },
  ];
  if (round.programs) fields.push({ name: m.programs, value: round.programs, inline: false });
  return {
    title: opts.title ?? m.roundTitle(round.id, roundCategoryName(round, lang)),
    url: round.url,
    ...(lines.length ? { lines } : {}),
    fields,
    links: [{ label: m.officialPage, url: round.url }],
    color: categoryColor(round.category.key),
    footer: `${m.asOfRound(round.id, formatDate(round.date, lang))} · ${m.source}`,
  };
}

export function latestCommand(deps: DrawDeps, opts: { category?: string; lang: Lang }): Reply {
  const m = messages(opts.lang);
  const cat = categoryOption(deps.store, opts.category, opts.lang);
  if (cat.error) return cat.error;
  const rounds = deps.store.all();
  const round = latestRound(rounds, cat.key);
  if (!round) return { error: true, lines: [cat.key ? m.noRoundsCategory(categoryName(cat.key, opts.lang)) : m.noRounds] };
  const reply = roundReply(rounds, round, opts.lang, { title: m.latestTitle(round.id, roundCategoryName(round, opts.lang)) });
  return { ...reply, footer: asOfFooter(rounds, opts.lang) };
}

export async function drawCommand(deps: DrawDeps, opts: { id: string; lang: Lang }): Promise<Reply> {
  const rounds = deps.store.all();
  const wanted = opts.id.trim().replace(/^(#|n[°º]\s*)/i, "");
  const round = findRound(rounds, wanted);
  if (!round) {
    // A round IRCC took back out of its feed (a corrected number) is kept in history, and said so.
    const withdrawn = deps.store.get(wanted)?.withdrawn;
    const m = messages(opts.lang);
    const line = withdrawn ? m.withdrawnRound(wanted.slice(0, 12), withdrawn.at.slice(0, 10)) : m.unknownRound(wanted.slice(0, 12));
    return { error: true, lines: [line], links: [officialLink("rounds", opts.lang)] };
  }
  return roundReply(rounds, round, opts.lang, { edits: await deps.store.edits(round.id) });
}

export const MAX_LIST = 50;

export function listCommand(deps: DrawDeps, opts: { category?: string; year?: number; limit?: number; lang: Lang }): Reply {
  const m = messages(opts.lang);
  const cat = categoryOption(deps.store, opts.category, opts.lang);
  if (cat.error) return cat.error;
  const rounds = deps.store.all();
  const found = listRounds(rounds, { ...(cat.key ? { category: cat.key } : {}), ...(opts.year ? { year: opts.year } : {}), limit: opts.limit ?? 10 });
  if (!found.length) return { error: true, lines: [m.noRounds] };
  const what = [cat.key ? categoryName(cat.key, opts.lang) : "", opts.year ? String(opts.year) : ""].filter(Boolean).join(", ");
  const lines = found.map((r) => {
    const { crsChange } = withChange(rounds, r);
    return m.listLine(r.id, r.date, roundCategoryName(r, opts.lang), formatNumber(r.size, opts.lang), r.crs, crsChange === undefined ? "" : formatChange(crsChange));
  });
  return {
    title: m.listTitle(found.length, what),
    lines,
    links: [officialLink("rounds", opts.lang)],
    ...(cat.key ? { color: categoryColor(cat.key) } : {}),
    footer: asOfFooter(rounds, opts.lang),
  };
}

export function statsCommand(deps: DrawDeps, opts: { year?: number; asOf?: string; lang: Lang }): Reply {
  const m = messages(opts.lang);
  const n = (x: number) => formatNumber(x, opts.lang);
  const rounds = deps.store.all();
  // Figures and projections cover the period the data covers: up to today only when the feed was read recently.
  const asOf = opts.asOf ?? freshness(rounds, deps.clock(), deps.feed).asOf;
  const year = opts.year ?? Number(asOf.slice(0, 4));
  const footer = `${m.asOfDate(formatDate(asOf, opts.lang))} · ${asOfFooter(rounds.filter((r) => r.date <= asOf), opts.lang)}`;
  if (year > Number(asOf.slice(0, 4))) return { error: true, lines: [m.statsFuture(year, formatDate(asOf, opts.lang))], footer };
  const s = yearStats(rounds, year, asOf);
  if (!s.rounds) return { title: m.statsTitle(year), lines: [m.statsNoRounds(year)], footer };
  const lines = [m.statsTotals(n(s.rounds), n(s.invitations))];
  if (s.lowestCrs !== undefined) lines.push(m.statsCrsRange(s.lowestCrs, s.highestCrs!));
  if (s.projection) lines.push(m.statsProjection(n(s.projection.invitations), n(s.projection.rounds)));
  const last = s.earlier[0];
  if (last) lines.push(s.partial ? m.statsSamePeriod(last.year, n(last.samePeriod.rounds), n(last.samePeriod.invitations)) : "", m.statsWholeYear(last.year, n(last.whole.rounds), n(last.whole.invitations)));
  const byCategory = s.byCategory.map((c) => m.statsCategoryLine(categoryName(c.key, opts.lang, c.label), n(c.rounds), n(c.invitations), c.lowestCrs));
  return {
    title: m.statsTitle(year),
    lines: lines.filter(Boolean),
    fields: [{ name: m.statsByCategory, value: byCategory.join("\n") }],
    links: [officialLink("rounds", opts.lang)],
    footer,
  };
}

export function poolCommand(deps: DrawDeps, opts: { score?: number; lang: Lang }): Reply {
  const m = messages(opts.lang);
  const rounds = deps.store.all();
  const latest = latestPool(rounds);
  if (!latest) return { error: true, lines: [m.poolNone] };
  const { round, pool } = latest;
  const n = (x: number) => formatNumber(x, opts.lang);
  const lines = [m.poolAsOf(pool.asOf ? formatDate(pool.asOf, opts.lang) : pool.asOfText, round.id)];
  const bandLines = pool.bands.map((b) => `${b.min}–${b.max}: ${n(b.count)}`);
  bandLines.push(`${m.poolTotal}: ${n(pool.total)}`);
  if (opts.score !== undefined) {
    const s = standingInPool(pool, opts.score);
    lines.push(m.poolYourScore(opts.score, n(s.atLeast), n(s.atMost)));
  }
  if (!pool.consistent) lines.push(m.poolInconsistent);
  return {
    title: m.poolTitle,
    url: round.url,
    lines,
    fields: [{ name: "CRS", value: bandLines.join("\n") }],
    links: [{ label: m.officialPage, url: roundPage(round.id) }],
    footer: `${m.asOfRound(round.id, formatDate(round.date, opts.lang))} · ${m.source}`,
  };
}
