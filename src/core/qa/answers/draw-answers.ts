import { qaMessages } from "../../../content/qa-messages.ts";
import { categoryName } from "../../draws/categories.ts";
import { latestPool, latestRound, standingInPool } from "../../draws/queries.ts";
import { daysBefore, daysBetween, gapSummary, record, sliceRounds, totals, type Measure } from "../../draws/slices.ts";
import type { Round } from "../../draws/round.ts";
import { formatDate, formatNumber } from "../../format.ts";
import { officialLink } from "../../links.ts";
import type { Reply } from "../../reply.ts";
import { dataFooter, describeSlice, roundRef, slicedRounds, staleLines, type DataContext } from "./data-context.ts";

/**
 * Answers over a slice of rounds: records (lowest/highest cutoff, largest/smallest round),
 * averages, totals, gaps between rounds, the next round's rhythm, and the slice itself.
 */

const n = (x: number, ctx: DataContext, digits = 0) => formatNumber(Number(x.toFixed(digits)), ctx.lang);

function reply(ctx: DataContext, title: string, lines: string[]): Reply {
  return { title, lines: [...staleLines(ctx), ...lines], links: [officialLink("rounds", ctx.lang)], footer: dataFooter(ctx) };
}

/** No round in the slice: say so, and where the category's latest round is. */
function emptySlice(ctx: DataContext, title: string): Reply {
  const m = qaMessages(ctx.lang);
  const lines = [m.none(describeSlice(ctx))];
  const cat = ctx.slots.category;
  if (cat) {
    const last = latestRound(ctx.rounds, cat);
    const name = categoryName(cat, ctx.lang);
    lines.push(last ? m.noneCategoryHint(name, last.id, formatDate(last.date, ctx.lang)) : m.noneCategoryEver(name));
  }
  return reply(ctx, title, lines);
}

export function recordAnswer(ctx: DataContext, measure: Measure, which: "min" | "max"): Reply {
  const m = qaMessages(ctx.lang);
  const label = measure === "crs" ? (which === "min" ? m.lowestCrs : m.highestCrs) : which === "max" ? m.largest : m.smallest;
  const title = m.recordTitle(describeSlice(ctx));
  const found = record(slicedRounds(ctx), measure, which);
  if (!found) return emptySlice(ctx, title);
  const shown = found.rounds.slice(-3).reverse().map((r) => roundRef(r, ctx.lang));
  if (found.rounds.length > 3) shown.push(m.andMore(found.rounds.length - 3));
  const value = measure === "crs" ? `CRS ${found.value}` : `${n(found.value, ctx)} invitations`;
  const t = totals(slicedRounds(ctx));
  return reply(ctx, title, [m.recordLine(label, ctx.lang === "fr" && measure === "crs" ? `SCG ${found.value}` : value, shown.join("; ")), m.totalsLine(describeSlice(ctx), n(t.rounds, ctx), n(t.invitations, ctx))]);
}

/** The lowest and highest cutoff of some rounds (at least one). */
const crsRange = (rounds: readonly Round[]) => ({ lo: Math.min(...rounds.map((r) => r.crs)), hi: Math.max(...rounds.map((r) => r.crs)) });

/** Rounds grouped by category, the most frequent first. */
function byCategory(rounds: readonly Round[]): Array<[string, Round[]]> {
  const groups = new Map<string, Round[]>();
  for (const r of rounds) groups.set(r.category.key, [...(groups.get(r.category.key) ?? []), r]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

export function averageAnswer(ctx: DataContext): Reply {
  const m = qaMessages(ctx.lang);
  const rounds = slicedRounds(ctx);
  const t = totals(rounds);
  if (!t.rounds) return emptySlice(ctx, m.averageTitle);
  const { lo, hi } = crsRange(rounds);
  return reply(ctx, `${m.averageTitle} — ${describeSlice(ctx)}`, [
    m.averageLine(describeSlice(ctx), n(t.averageCrs!, ctx, 1), n(t.averageSize!, ctx), n(t.rounds, ctx)),
    m.medianLine(n(t.medianCrs!, ctx, 1), lo, hi),
  ]);
}

export function totalsAnswer(ctx: DataContext): Reply {
  const m = qaMessages(ctx.lang);
  const rounds = slicedRounds(ctx);
  const t = totals(rounds);
  if (!t.rounds) return emptySlice(ctx, m.totalsTitle);
  const { lo, hi } = crsRange(rounds);
  return reply(ctx, `${m.totalsTitle} — ${describeSlice(ctx)}`, [
    m.totalsLine(describeSlice(ctx), n(t.rounds, ctx), n(t.invitations, ctx)),
    m.rangeLine(lo, hi),
    m.firstLast(roundRef(t.first!, ctx.lang), roundRef(t.last!, ctx.lang)),
  ]);
}

export function gapsAnswer(ctx: DataContext): Reply {
  const m = qaMessages(ctx.lang);
  const rounds = slicedRounds(ctx);
  const g = gapSummary(rounds);
  if (!g) return emptySlice(ctx, m.gapsTitle);
  const d = (iso: string) => formatDate(iso, ctx.lang);
  return reply(ctx, `${m.gapsTitle} — ${describeSlice(ctx)}`, [
    m.gapsLine(describeSlice(ctx), n(g.median, ctx, 1), n(g.average, ctx, 1), n(g.count, ctx)),
    m.gapsLongest(g.longest.days, `${d(g.longest.before.date)} (#${g.longest.before.id})`, `${d(g.longest.after.date)} (#${g.longest.after.id})`),
    m.gapsShortest(g.shortest.days, `#${g.shortest.before.id}`, `#${g.shortest.after.id}`),
    ...recentGaps(ctx, rounds),
  ]);
}

/** Without a period, the last 12 months too: the whole history hides today's rhythm. */
function recentGaps(ctx: DataContext, rounds: readonly Round[]): string[] {
  if (ctx.slots.period) return [];
  const recent = gapSummary(rounds.filter((r) => r.date >= daysBefore(ctx.fresh.asOf, 365)));
  return recent ? [qaMessages(ctx.lang).gapsRecent(n(recent.median, ctx, 1), recent.longest.days)] : [];
}

/** "When is the next draw?": no schedule, and the recent rhythm (overall, and of the category asked about). */
export function nextRoundAnswer(ctx: DataContext): Reply {
  const m = qaMessages(ctx.lang);
  const lines = [m.nextLine];
  const recent = ctx.rounds.slice(-11);
  const g = gapSummary(recent);
  const last = ctx.rounds[ctx.rounds.length - 1];
  const since = (iso: string) => daysBetween(iso, ctx.today);
  if (g && last) lines.push(m.rhythmLine(recent.length, n(g.median, ctx, 1), since(last.date), last.id, formatDate(ctx.today, ctx.lang)));
  const cat = ctx.slots.category;
  if (cat) {
    const ofCat = sliceRounds(ctx.rounds, { category: cat }).slice(-6);
    const gc = gapSummary(ofCat);
    const lastCat = ofCat[ofCat.length - 1];
    if (gc && lastCat) lines.push(m.rhythmCategory(categoryName(cat, ctx.lang), n(gc.median, ctx, 1), since(lastCat.date)));
    else if (lastCat) lines.push(m.noneCategoryHint(categoryName(cat, ctx.lang), lastCat.id, formatDate(lastCat.date, ctx.lang)));
    else lines.push(m.noneCategoryEver(categoryName(cat, ctx.lang)));
  }
  return reply(ctx, m.nextTitle, lines);
}

/** The rounds of a slice, newest first (at most 12), with the totals. */
export function sliceAnswer(ctx: DataContext): Reply {
  const m = qaMessages(ctx.lang);
  const rounds = slicedRounds(ctx);
  const title = m.sliceTitle(describeSlice(ctx));
  if (!rounds.length) return emptySlice(ctx, title);
  const t = totals(rounds);
  const { lo, hi } = crsRange(rounds);
  const list = rounds.slice(-12).reverse().map((r) => `• ${roundRef(r, ctx.lang)}`);
  if (rounds.length > 12) list.push(m.sliceMore(rounds.length - 12));
  return reply(ctx, title, [m.totalsLine(describeSlice(ctx), n(t.rounds, ctx), n(t.invitations, ctx)), m.rangeLine(lo, hi), ...list]);
}

/** "My score is 462, what are my chances?": where the score stands against the last 12 months of rounds and the pool — no forecast. */
export function chancesAnswer(ctx: DataContext, score: number): Reply {
  const fr = ctx.lang === "fr";
  const from = daysBefore(ctx.fresh.asOf, 365);
  const recent = sliceRounds(ctx.rounds, { from, ...(ctx.slots.category ? { category: ctx.slots.category } : {}) });
  const lines = [fr
    ? `Personne ne peut prédire une invitation : IRCC choisit la taille et le type de chaque ronde. Voici où se situe ${score} par rapport aux rondes des 12 derniers mois de données :`
    : `Nobody can predict an invitation: IRCC chooses each round's size and type. Here is where ${score} stands against the last 12 months of rounds:`];
  for (const [key, rs] of byCategory(recent)) {
    const reached = rs.filter((r) => r.crs <= score).length;
    const { lo } = crsRange(rs);
    lines.push(`• ${categoryName(key, ctx.lang, rs[0]!.category.label)}: ${fr ? `${reached} ronde(s) sur ${rs.length} avec une note minimale de ${score} ou moins (la plus basse : ${lo})` : `${reached} of ${rs.length} round(s) had a cutoff at or below ${score} (lowest ${lo})`}`);
  }
  if (!recent.length) lines.push(qaMessages(ctx.lang).none(describeSlice(ctx)));
  const pool = latestPool(ctx.rounds);
  if (pool) {
    const s = standingInPool(pool.pool, score);
    lines.push(fr
      ? `Dans le bassin du ${pool.pool.asOf ? formatDate(pool.pool.asOf, "fr") : pool.pool.asOfText} : entre ${n(s.atLeast, ctx)} et ${n(s.atMost, ctx)} candidats à ${score} ou plus, sur ${n(s.total, ctx)}.`
      : `In the pool of ${pool.pool.asOf ? formatDate(pool.pool.asOf, "en") : pool.pool.asOfText}: between ${n(s.atLeast, ctx)} and ${n(s.atMost, ctx)} candidates at ${score} or above, of ${n(s.total, ctx)}.`);
  }
  lines.push(fr ? "Une catégorie (français, santé, métiers…) ou une nomination provinciale change beaucoup la donne : voyez /crs pour votre note." : "A category (French, healthcare, trades…) or a provincial nomination changes the picture a lot: see /crs for your score.");
  return reply(ctx, fr ? `Note ${score} : où elle se situe` : `CRS ${score}: where it stands`, lines);
}

/** The cutoffs of the last 12 months by category: what "the score needed for an ITA" really is. */
export function cutoffsAnswer(ctx: DataContext, enterPool: boolean): Reply {
  const fr = ctx.lang === "fr";
  const recent = sliceRounds(ctx.rounds, { from: daysBefore(ctx.fresh.asOf, 365), ...(ctx.slots.category ? { category: ctx.slots.category } : {}) });
  const lines = [
    ...(enterPool
      ? [fr ? "Il n’y a pas de note SCG minimale pour entrer dans le bassin : il faut respecter les exigences d’un programme (PTQF, CEC ou PTMSF)." : "There is no minimum CRS to enter the pool: you need to meet the minimums of a program (FSW, CEC or FST)."]
      : []),
    fr ? "Aucune note fixe ne garantit une invitation : chaque ronde a sa note minimale. Celles des 12 derniers mois de données, par catégorie :" : "No fixed score guarantees an invitation: each round has its own cutoff. Those of the last 12 months of data, by category:",
  ];
  for (const [key, rs] of byCategory(recent)) {
    const last = rs[rs.length - 1]!;
    const { lo, hi } = crsRange(rs);
    lines.push(`• ${categoryName(key, ctx.lang, last.category.label)}: ${fr ? `${rs.length} ronde(s), de ${lo} à ${hi}; la dernière (nº ${last.id}) à ${last.crs}` : `${rs.length} round(s), ${lo} to ${hi}; the latest (#${last.id}) at ${last.crs}`}`);
  }
  if (!recent.length) lines.push(qaMessages(ctx.lang).none(describeSlice(ctx)));
  return reply(ctx, fr ? "Quelle note pour une invitation ?" : "What score gets an invitation?", lines);
}

/** A province's own draw: not in IRCC's federal feed. Say so, and give the federal PNP round instead. */
export function provincialDrawAnswer(ctx: DataContext, province: string): Reply {
  const fr = ctx.lang === "fr";
  const lines = [province === "QC"
    ? fr ? "Le Québec sélectionne ses travailleurs hors d’Entrée express (Arrima) : ee-bot ne suit pas ses invitations." : "Quebec selects its workers outside Express Entry (Arrima): ee-bot does not track its invitations."
    : fr ? "ee-bot suit les rondes fédérales d’Entrée express d’IRCC, pas les tirages des provinces : voyez le site officiel de la province (lié depuis la page du PCP d’IRCC)." : "ee-bot tracks IRCC's federal Express Entry rounds, not the provinces' own draws: see the province's official site (linked from IRCC's PNP page)."];
  const last = latestRound(ctx.rounds, "pnp");
  if (last) lines.push(fr ? `La dernière ronde fédérale pour les candidats des provinces : ${roundRef(last, "fr")}.` : `The latest federal round for provincial nominees: ${roundRef(last, "en")}.`);
  return { ...reply(ctx, fr ? "Tirages provinciaux" : "Provincial draws", lines), links: [officialLink("pnp", ctx.lang), officialLink("rounds", ctx.lang)] };
}
