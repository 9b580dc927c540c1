import { messages } from "../../content/messages.ts";
import { categoryName } from "../draws/categories.ts";
import { recordsByCategory, roundRecords, type RoundRecord } from "../draws/records.ts";
import { formatDate, formatNumber } from "../format.ts";
import { officialLink } from "../links.ts";
import type { Lang, Reply } from "../reply.ts";
import { asOfFooter, categoryColor, categoryOption, type DrawDeps } from "./draws.ts";

/**
 * /records [category]: the lowest and highest CRS cutoffs and the largest and smallest rounds,
 * over every round (then per category) or over one category's rounds, as of the newest round.
 */
export function recordsCommand(deps: DrawDeps, opts: { category?: string; lang: Lang }): Reply {
  const { lang } = opts;
  const m = messages(lang);
  const cat = categoryOption(deps.store, opts.category, lang);
  if (cat.error) return cat.error;
  const all = deps.store.all();
  const rounds = cat.key ? all.filter((r) => r.category.key === cat.key) : all;
  const records = roundRecords(rounds);
  if (!records) return { error: true, lines: [cat.key ? m.noRoundsCategory(categoryName(cat.key, lang)) : m.recordsNone] };
  const date = (iso: string) => formatDate(iso, lang);
  const crs = (r: RoundRecord) => m.recordsCrs(r.round.crs, r.round.id, date(r.round.date), r.ties);
  const size = (r: RoundRecord) => m.recordsSize(formatNumber(r.round.size, lang), r.round.id, date(r.round.date), r.ties);
  const fields = [
    { name: m.recordsLowest, value: crs(records.lowestCrs), inline: true },
    { name: m.recordsHighest, value: crs(records.highestCrs), inline: true },
    { name: m.recordsLargest, value: size(records.largest), inline: true },
    { name: m.recordsSmallest, value: size(records.smallest), inline: true },
  ];
  if (!cat.key) {
    const n = (x: number) => formatNumber(x, lang);
    const lines = recordsByCategory(all).map(({ key, label, records: r }) =>
      m.recordsCategoryLine(categoryName(key, lang, label), n(r.rounds), `${r.lowestCrs.round.crs}`, `${r.highestCrs.round.crs}`, n(r.largest.round.size), n(r.smallest.round.size)));
    fields.push({ name: m.recordsByCategory, value: lines.join("\n"), inline: false });
  }
  return {
    title: m.recordsTitle(cat.key ? categoryName(cat.key, lang) : m.recordsAll),
    lines: [m.recordsSummary(formatNumber(records.rounds, lang), date(records.first.date), date(records.last.date))],
    fields,
    links: [officialLink("rounds", lang)],
    ...(cat.key ? { color: categoryColor(cat.key) } : {}),
    footer: asOfFooter(all, lang),
  };
}
