import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { subMonths } from "date-fns/subMonths";
import { enCA } from "date-fns/locale/en-CA";
import { frCA } from "date-fns/locale/fr-CA";
import type { ChartConfiguration, ChartDataset } from "chart.js";
import { categoryColor } from "../draws/replies.ts";
import { categoryName } from "../draws/categories.ts";
import type { Rounds } from "../draws/queries.ts";
import type { Pool, Round } from "../draws/round.ts";
import { formatDate, formatNumber } from "../format.ts";
import { inLang, type Lang, type ReplyImage } from "../reply.ts";
import { THEME } from "./theme.ts";

// The renderer (@napi-rs/canvas and chart.js, tens of MB) loads on the first drawing: the bots' main thread
// imports this module for trendRounds and lastTwelveMonths only, and draws nothing (the chart worker does).
const renderPng = async (...args: Parameters<typeof import("./render.ts").renderPng>) => (await import("./render.ts")).renderPng(...args);

/**
 * The two charts: the CRS cutoff trend of a category (or all, one colour per category) with round
 * sizes as point sizes, and the pool by CRS band with the user's score marked. Each comes with
 * alt text that says the same in words.
 */

export const TREND_SIZE = { width: 1200, height: 800 } as const;
export const POOL_SIZE = { width: 1200, height: 800 } as const;

const hex = (n: number) => `#${n.toString(16).padStart(6, "0")}`;
const t = inLang;

export interface TrendOptions {
  category?: string;
  /** The first day shown (ISO). */
  since: string;
  /** The last day shown (ISO). */
  until: string;
  lang: Lang;
}

export interface TrendSummary {
  rounds: Round[];
  latest?: Round;
  lowest?: Round;
  highest?: Round;
  invitations: number;
}

export function trendRounds(rounds: Rounds, opts: TrendOptions): TrendSummary {
  const shown = rounds.filter((r) => r.date >= opts.since && r.date <= opts.until && (!opts.category || r.category.key === opts.category));
  const by = (pick: (a: Round, b: Round) => boolean) => shown.reduce<Round | undefined>((best, r) => (!best || pick(r, best) ? r : best), undefined);
  return {
    rounds: shown,
    latest: shown[shown.length - 1],
    lowest: by((a, b) => a.crs < b.crs),
    highest: by((a, b) => a.crs > b.crs),
    invitations: shown.reduce((s, r) => s + r.size, 0),
  };
}

const day = (iso: string) => parseISO(iso).getTime();

export async function trendChart(rounds: Rounds, opts: TrendOptions): Promise<ReplyImage> {
  const summary = trendRounds(rounds, opts);
  const locale = opts.lang === "fr" ? frCA : enCA;
  const maxSize = Math.max(1, ...summary.rounds.map((r) => r.size));
  const radius = (r: Round) => 3 + 11 * Math.sqrt(r.size / maxSize);
  const groups = new Map<string, Round[]>();
  for (const r of summary.rounds) groups.set(r.category.key, [...(groups.get(r.category.key) ?? []), r]);
  const datasets: Array<ChartDataset<"line", Array<{ x: number; y: number }>>> = [...groups.entries()].map(([key, rs]) => ({
    label: categoryName(key, opts.lang, rs[0]!.category.label),
    data: rs.map((r) => ({ x: day(r.date), y: r.crs })),
    borderColor: hex(categoryColor(key)),
    backgroundColor: hex(categoryColor(key)),
    pointRadius: rs.map((r) => (r === summary.latest ? radius(r) + 4 : radius(r))),
    pointBorderColor: rs.map((r) => (r === summary.latest ? THEME.text : hex(categoryColor(key)))),
    pointBorderWidth: rs.map((r) => (r === summary.latest ? 3 : 1)),
    borderWidth: 2,
    tension: 0,
  }));
  const title = opts.category
    ? t(opts.lang, `CRS cutoffs — ${categoryName(opts.category, "en")}`, `Notes SCG minimales — ${categoryName(opts.category, "fr")}`)
    : t(opts.lang, "CRS cutoffs by category", "Notes SCG minimales par catégorie");
  const range = `${format(parseISO(opts.since), "PP", { locale })} – ${format(parseISO(opts.until), "PP", { locale })}`;
  const config: ChartConfiguration<"line", Array<{ x: number; y: number }>> = {
    type: "line",
    data: { datasets },
    options: {
      layout: { padding: 16 },
      plugins: {
        title: { display: true, text: [title, range], font: { size: 34, weight: "bold" }, color: THEME.text },
        subtitle: { display: true, text: t(opts.lang, "Point size = invitations in the round · ringed = latest round", "Taille du point = invitations de la ronde · cerclé = dernière ronde"), font: { size: 24 }, padding: { bottom: 12 } },
        legend: { display: groups.size > 1, position: "bottom", labels: { font: { size: 24 }, boxWidth: 24 } },
      },
      scales: {
        x: {
          type: "linear",
          min: day(opts.since),
          max: day(opts.until),
          ticks: { font: { size: 26 }, maxTicksLimit: 5, callback: (v) => format(new Date(Number(v)), "MMM yyyy", { locale }) },
          grid: { color: THEME.grid },
        },
        y: { title: { display: true, text: t(opts.lang, "CRS cutoff", "Note minimale"), font: { size: 26 } }, ticks: { font: { size: 26 } }, grid: { color: THEME.grid } },
      },
    },
  };
  const png = await renderPng(config as ChartConfiguration, TREND_SIZE.width, TREND_SIZE.height);
  return { png, filename: "crs-trend.png", alt: trendAlt(summary, opts), ...TREND_SIZE };
}

export function trendAlt(s: TrendSummary, opts: TrendOptions): string {
  const n = (x: number) => formatNumber(x, opts.lang);
  const what = opts.category ? categoryName(opts.category, opts.lang) : t(opts.lang, "all categories", "toutes les catégories");
  if (!s.rounds.length) return t(opts.lang, `No ${what} rounds between ${opts.since} and ${opts.until}.`, `Aucune ronde (${what}) entre le ${opts.since} et le ${opts.until}.`);
  return t(
    opts.lang,
    `CRS cutoffs of ${s.rounds.length} rounds (${what}) from ${opts.since} to ${opts.until}, ${n(s.invitations)} invitations in all. Lowest cutoff ${s.lowest!.crs} (#${s.lowest!.id}, ${s.lowest!.date}), highest ${s.highest!.crs} (#${s.highest!.id}, ${s.highest!.date}); latest ${s.latest!.crs} (#${s.latest!.id}, ${s.latest!.date}).`,
    `Notes minimales de ${s.rounds.length} rondes (${what}) du ${opts.since} au ${opts.until}, ${n(s.invitations)} invitations en tout. Plus basse ${s.lowest!.crs} (nº ${s.lowest!.id}, ${s.lowest!.date}), plus haute ${s.highest!.crs} (nº ${s.highest!.id}, ${s.highest!.date}); dernière ${s.latest!.crs} (nº ${s.latest!.id}, ${s.latest!.date}).`,
  );
}

/** The default period: the 12 months up to `asOf`. */
export const lastTwelveMonths = (asOf: string) => ({ since: format(subMonths(parseISO(asOf), 12), "yyyy-MM-dd"), until: asOf });

export async function poolChart(pool: Pool, round: Round, opts: { score?: number; lang: Lang }): Promise<ReplyImage> {
  const bands = [...pool.bands].reverse(); // lowest first, left to right
  const label = (b: { min: number; max: number }) => (b.max >= 1200 ? `${b.min}+` : `${b.min}–${b.max}`);
  const inBand = (b: { min: number; max: number }) => opts.score !== undefined && opts.score >= b.min && opts.score <= b.max;
  const date = pool.asOf ? formatDate(pool.asOf, opts.lang) : pool.asOfText;
  const config: ChartConfiguration<"bar"> = {
    type: "bar",
    data: {
      labels: bands.map(label),
      datasets: [
        {
          label: t(opts.lang, "Candidates", "Candidats"),
          data: bands.map((b) => b.count),
          backgroundColor: bands.map((b) => (inBand(b) ? THEME.highlight : "#0072b2")),
          borderColor: bands.map((b) => (inBand(b) ? THEME.text : "#0072b2")),
          borderWidth: bands.map((b) => (inBand(b) ? 3 : 0)),
        },
      ],
    },
    options: {
      layout: { padding: 16 },
      plugins: {
        title: { display: true, text: [t(opts.lang, "Express Entry pool by CRS score", "Bassin d’Entrée express par note SCG"), t(opts.lang, `${formatNumber(pool.total, "en")} candidates on ${date} (round #${round.id})`, `${formatNumber(pool.total, "fr")} candidats le ${date} (ronde nº ${round.id})`)], font: { size: 34, weight: "bold" } },
        subtitle: {
          display: opts.score !== undefined,
          text: opts.score !== undefined ? t(opts.lang, `Highlighted: the band of your score, ${opts.score}`, `En surbrillance : la tranche de votre note, ${opts.score}`) : "",
          font: { size: 28 },
          color: THEME.highlight,
          padding: { bottom: 12 },
        },
        legend: { display: false },
      },
      scales: {
        x: { ticks: { font: { size: 22 }, maxRotation: 60, minRotation: 60 }, grid: { display: false }, title: { display: true, text: t(opts.lang, "CRS score band", "Tranche de note SCG"), font: { size: 26 } } },
        y: { ticks: { font: { size: 26 } }, grid: { color: THEME.grid }, title: { display: true, text: t(opts.lang, "Candidates", "Candidats"), font: { size: 26 } } },
      },
    },
  };
  const png = await renderPng(config as ChartConfiguration, POOL_SIZE.width, POOL_SIZE.height);
  const n = (x: number) => formatNumber(x, opts.lang);
  const top = [...pool.bands].sort((a, b) => b.count - a.count)[0]!;
  const alt = t(
    opts.lang,
    `Bar chart of ${n(pool.total)} candidates in the pool on ${date} by CRS band, from 0–300 to 601+. The largest band is ${label(top)} with ${n(top.count)}.` + (opts.score !== undefined ? ` Your score ${opts.score} is highlighted.` : ""),
    `Histogramme des ${n(pool.total)} candidats du bassin le ${date} par tranche de note, de 0–300 à 601+. La plus grande tranche est ${label(top)} avec ${n(top.count)}.` + (opts.score !== undefined ? ` Votre note ${opts.score} est en surbrillance.` : ""),
  );
  return { png, filename: "crs-pool.png", alt, ...POOL_SIZE };
}
