import { messages } from "../../content/messages.ts";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { subMonths } from "date-fns/subMonths";
import { subYears } from "date-fns/subYears";
import { lastTwelveMonths, trendRounds } from "../charts/charts.ts";
import { ChartBusyError, type ChartRenderer } from "../charts/renderer.ts";
import { GUARD_MESSAGES } from "../../content/guard-messages.ts";
import { categoryName } from "../draws/categories.ts";
import { latestPool } from "../draws/queries.ts";
import { formatDate } from "../format.ts";
import { officialLink } from "../links.ts";
import { isoDate } from "../ports.ts";
import type { Lang, Reply } from "../reply.ts";
import { asOfFooter, categoryOption, poolCommand, type DrawDeps } from "../draws/replies.ts";

/**
 * /trend and the /pool picture: the charts as images in the neutral reply, with a caption that
 * gives the same figures in words and the round they are as of.
 */

export interface ChartDeps extends DrawDeps {
  charts: ChartRenderer;
}

/** "6m", "12m", "2y", "2025", "all" → the period to show, or an error message. */
export function parsePeriod(input: string | undefined, asOf: string, firstDate: string, lang: Lang): { since: string; until: string } | { error: string } {
  const text = (input ?? "").trim().toLowerCase();
  if (!text) return lastTwelveMonths(asOf);
  const day = (d: Date) => format(d, "yyyy-MM-dd");
  let m = /^(\d{1,3})\s*(m|mo|months?|mois)$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 144) return { since: day(subMonths(parseISO(asOf), Number(m[1]))), until: asOf };
  m = /^(\d{1,2})\s*(y|yr|years?|ans?)$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { since: day(subYears(parseISO(asOf), Number(m[1]))), until: asOf };
  if (/^20\d\d$/.test(text) && Number(text) >= 2015 && `${text}-01-01` <= asOf) return { since: `${text}-01-01`, until: `${text}-12-31` < asOf ? `${text}-12-31` : asOf };
  if (/^(all|tout|toutes?)$/.test(text)) return { since: firstDate, until: asOf };
  return { error: messages(lang).badPeriod(text.slice(0, 20)) };
}

/** Who asks for a chart (a platform and user id), so one person's requests are drawn one at a time. */
export interface ChartRequester {
  owner?: string;
}

/** The "busy, try again" answer for a chart the renderer refused or gave up on. */
function busyReply(error: unknown, lang: Lang): Reply {
  if (!(error instanceof ChartBusyError)) throw error;
  const m = GUARD_MESSAGES[lang];
  return { error: true, lines: [error.reason === "owner-busy" ? m.chartPending : error.reason === "timeout" ? m.chartTimeout : m.chartsBusy] };
}

export async function trendCommand(deps: ChartDeps, opts: { category?: string; period?: string; lang: Lang } & ChartRequester): Promise<Reply> {
  const { lang } = opts;
  const cat = categoryOption(deps.store, opts.category, lang);
  if (cat.error) return cat.error;
  const rounds = deps.store.all();
  const asOf = isoDate(deps.clock);
  const period = parsePeriod(opts.period, asOf, rounds[0]?.date ?? "2015-01-01", lang);
  if ("error" in period) return { error: true, lines: [period.error] };
  const trendOpts = { ...period, lang, ...(cat.key ? { category: cat.key } : {}) };
  const summary = trendRounds(rounds, trendOpts);
  const m = messages(lang);
  const what = cat.key ? categoryName(cat.key, lang) : m.allCategories;
  if (!summary.rounds.length)
    return { error: true, lines: [m.noRoundsBetween(what, formatDate(period.since, lang), formatDate(period.until, lang))] };
  let image;
  try {
    image = await deps.charts.render(`trend|${deps.store.version}|${JSON.stringify(trendOpts)}`, { kind: "trend", rounds: summary.rounds, opts: trendOpts }, opts.owner);
  } catch (error) {
    return busyReply(error, lang);
  }
  return {
    title: m.trendTitle(what),
    lines: [image.alt],
    image,
    links: [officialLink("rounds", lang)],
    footer: asOfFooter(rounds, lang),
  };
}

/** /pool with its picture; the user's score is marked when known. */
export async function poolChartCommand(deps: ChartDeps, opts: { score?: number; lang: Lang } & ChartRequester): Promise<Reply> {
  const reply = poolCommand(deps, opts);
  const latest = latestPool(deps.store.all());
  if (reply.error || !latest) return reply;
  const chartOpts = { lang: opts.lang, ...(opts.score !== undefined ? { score: opts.score } : {}) };
  try {
    const image = await deps.charts.render(`pool|${latest.round.id}|${deps.store.version}|${JSON.stringify(chartOpts)}`, { kind: "pool", pool: latest.pool, round: latest.round, opts: chartOpts }, opts.owner);
    return { ...reply, image };
  } catch (error) {
    // The figures without their picture, and why.
    return { ...reply, lines: [...(reply.lines ?? []), ...(busyReply(error, opts.lang).lines ?? [])] };
  }
}
