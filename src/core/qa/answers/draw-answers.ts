import { qaMessages } from "../../../content/qa-messages.ts";
import { categoryName } from "../../draws/categories.ts";
import { messages } from "../../../content/messages.ts";
import { findRound, latestPool, latestRound, standingInPool } from "../../draws/queries.ts";
import { poolCommand, roundReply, statsCommand, type DrawDeps } from "../../draws/replies.ts";
import { resolvePeriod } from "../understand/period.ts";
import { burstRhythm, daysBefore, daysBetween, gapSummary, record, sliceRounds, totals, type Measure } from "../../draws/slices.ts";
import type { Round } from "../../draws/round.ts";
import { formatDate, formatDateTime, formatNumber } from "../../format.ts";
import { officialLink } from "../../links.ts";
import { inLang, type Reply } from "../../reply.ts";
import { dataFooter, describeSlice, roundRef, sliceOf, slicedRounds, staleLines, type DataContext } from "./data-context.ts";

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

/** "How many days between the last two draws?": the two newest rounds of the slice and the days between them. */
export function lastGapAnswer(ctx: DataContext): Reply {
  const m = qaMessages(ctx.lang);
  const rounds = slicedRounds(ctx);
  const [before, after] = rounds.slice(-2);
  if (!before || !after) return emptySlice(ctx, m.gapsTitle);
  const days = Math.round((Date.parse(after.date) - Date.parse(before.date)) / 86_400_000);
  return reply(ctx, `${m.gapsTitle} — ${describeSlice(ctx)}`, [
    inLang(ctx.lang, `Between the last two (${describeSlice(ctx)}): ${days} day${days === 1 ? "" : "s"}, from ${roundRef(before, "en")} to ${roundRef(after, "en")}.`, `Entre les deux dernières (${describeSlice(ctx)}) : ${days} jour${days === 1 ? "" : "s"}, de la ${roundRef(before, "fr")} à la ${roundRef(after, "fr")}.`),
  ]);
}

/** Without a period, the last 12 months too: the whole history hides today's rhythm. */
function recentGaps(ctx: DataContext, rounds: readonly Round[]): string[] {
  if (ctx.slots.period) return [];
  const m = qaMessages(ctx.lang);
  const recent = gapSummary(rounds.filter((r) => r.date >= daysBefore(ctx.fresh.asOf, 365)));
  const lines = recent ? [m.gapsRecent(n(recent.median, ctx, 1), recent.longest.days)] : [];
  // All categories together come in bursts: the time between bursts is what people wait.
  const rhythm = ctx.slots.category ? undefined : burstRhythm(rounds);
  if (rhythm) {
    const sizes = rhythm.bursts.map((b) => b.length);
    lines.push(m.burstGapsLine(rhythm.gaps.length, n(rhythm.median, ctx, 1), rhythm.shortest, rhythm.longest), m.burstSizes(Math.min(...sizes), Math.max(...sizes)));
  }
  return lines;
}

/** How many rounds fell on each weekday (0 = Sunday), the most frequent first. */
function weekdayCounts(rounds: readonly Round[]): Array<[number, number]> {
  const counts = new Map<number, number>();
  for (const r of rounds) {
    const day = new Date(`${r.date}T00:00:00Z`).getUTCDay();
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** "When is the next draw?": no schedule; the recent rhythm of bursts, the latest burst, and the category asked about. */
export function nextRoundAnswer(ctx: DataContext): Reply {
  const m = qaMessages(ctx.lang);
  const d = (iso: string) => formatDate(iso, ctx.lang);
  const since = (iso: string) => daysBetween(iso, ctx.today);
  const lines = [m.nextLine];
  const rhythm = burstRhythm(ctx.rounds);
  if (rhythm) {
    const starts = rhythm.bursts.map((b) => d(b[0]!.date)).join("; ");
    lines.push(m.burstsLine(rhythm.gaps.length, n(rhythm.median, ctx, 1), rhythm.shortest, rhythm.longest, starts));
    const sizes = rhythm.bursts.map((b) => b.length);
    lines.push(m.burstSizes(Math.min(...sizes), Math.max(...sizes)));
    const latest = rhythm.bursts[rhythm.bursts.length - 1]!;
    const [first, last] = [latest[0]!, latest[latest.length - 1]!];
    const no = ctx.lang === "fr" ? "nº " : "#";
    const ids = first === last ? `${no}${first.id}` : `${no}${first.id}–${no}${last.id}`;
    const dates = first.date === last.date ? d(first.date) : `${d(first.date)} – ${d(last.date)}`;
    const cats = [...new Set(latest.map((r) => categoryName(r.category.key, ctx.lang, r.category.label)))].join(", ");
    lines.push(m.latestBurst(ids, dates, cats));
  }
  const newest = ctx.rounds[ctx.rounds.length - 1];
  if (newest) lines.push(m.sinceLatest(since(newest.date), newest.id, d(ctx.today)));
  const days = weekdayCounts(ctx.rounds.filter((r) => r.date >= daysBefore(ctx.fresh.asOf, 365)));
  if (days.length) lines.push(m.weekdays(days.map(([day, count]) => `${m.weekdayNames[day]} (${count})`).join(", ")));
  // "Any draw this week?": the rounds of that window so far.
  if (ctx.slots.period?.kind === "last") {
    const s = sliceOf(ctx);
    const inWindow = sliceRounds(ctx.rounds, { ...s, ...(ctx.slots.category ? { category: ctx.slots.category } : {}) });
    lines.push(m.windowRounds(m.periodRange(d(s.from!), d(s.to!)), inWindow.map((r) => roundRef(r, ctx.lang)).join("; ")));
  }
  const cat = ctx.slots.category;
  if (cat) {
    const ofCat = sliceRounds(ctx.rounds, { category: cat }).slice(-6);
    const gc = gapSummary(ofCat);
    const lastCat = ofCat[ofCat.length - 1];
    if (gc && lastCat) lines.push(m.rhythmCategory(categoryName(cat, ctx.lang), ofCat.length, n(gc.median, ctx, 1), since(lastCat.date), lastCat.id, d(lastCat.date)));
    else if (lastCat) lines.push(m.noneCategoryHint(categoryName(cat, ctx.lang), lastCat.id, d(lastCat.date)));
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
    // The latest round of each category too: "when was the last CEC round and its cutoff?" often comes with a score.
    const last = rs[rs.length - 1]!;
    const latest = fr ? `la plus récente, nº ${last.id} le ${formatDate(last.date, "fr")}, à ${last.crs}` : `the latest, #${last.id} on ${formatDate(last.date, "en")}, at ${last.crs}`;
    lines.push(`• ${categoryName(key, ctx.lang, rs[0]!.category.label)}: ${fr ? `${reached} ronde(s) sur ${rs.length} avec une note minimale de ${score} ou moins (la plus basse : ${lo}); ${latest}` : `${reached} of ${rs.length} round(s) had a cutoff at or below ${score} (lowest ${lo}); ${latest}`}`);
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

/** "The last CEC round of 2024", "the first draw of 2026": the round at one end of a slice, in full. */
export function edgeRoundAnswer(ctx: DataContext, which: "first" | "last"): Reply {
  const fr = ctx.lang === "fr";
  const what = describeSlice(ctx);
  const title = which === "last" ? inLang(ctx.lang, `Last round — ${what}`, `Dernière ronde — ${what}`) : inLang(ctx.lang, `First round — ${what}`, `Première ronde — ${what}`);
  const rounds = slicedRounds(ctx);
  const round = which === "last" ? rounds[rounds.length - 1] : rounds[0];
  if (!round) return emptySlice(ctx, title);
  const full = roundReply(ctx.rounds, round, ctx.lang);
  const line = which === "last"
    ? fr ? `La dernière (${what}) : ${roundRef(round, "fr")}.` : `The last one (${what}): ${roundRef(round, "en")}.`
    : fr ? `La première (${what}) : ${roundRef(round, "fr")}.` : `The first one (${what}): ${roundRef(round, "en")}.`;
  return { ...full, title, lines: [...staleLines(ctx), line], links: [...(full.links ?? []), officialLink("rounds", ctx.lang)], footer: dataFooter(ctx) };
}

/** "How many days between draw 433 and 434?": both rounds, the days and the rounds between them, and how the cutoff moved. */
export function roundPairAnswer(ctx: DataContext, a: string, b: string): Reply {
  const fr = ctx.lang === "fr";
  const found = [a, b].map((id) => findRound(ctx.rounds, id));
  const missing = [a, b].filter((_, k) => !found[k]);
  if (missing.length) return { error: true, lines: missing.map((id) => messages(ctx.lang).unknownRound(id.slice(0, 12))), links: [officialLink("rounds", ctx.lang)], footer: dataFooter(ctx) };
  const [x, y] = (found as Round[]).sort((p, q) => p.date.localeCompare(q.date) || ctx.rounds.indexOf(p) - ctx.rounds.indexOf(q));
  const days = daysBetween(x!.date, y!.date);
  const between = ctx.rounds.indexOf(y!) - ctx.rounds.indexOf(x!) - 1;
  const change = y!.crs - x!.crs;
  const sign = change > 0 ? `+${change}` : String(change);
  const lines = fr
    ? [`${roundRef(x!, "fr")} et ${roundRef(y!, "fr")} : ${days} jour${days === 1 ? "" : "s"} d’écart, ${between} ronde${between === 1 ? "" : "s"} entre les deux.`, `Note minimale : ${x!.crs} → ${y!.crs} (${sign}); invitations : ${n(x!.size, ctx)} → ${n(y!.size, ctx)}.`]
    : [`${roundRef(x!, "en")} and ${roundRef(y!, "en")}: ${days} day${days === 1 ? "" : "s"} apart, with ${between} round${between === 1 ? "" : "s"} in between.`, `Cutoff: ${x!.crs} → ${y!.crs} (${sign}); invitations: ${n(x!.size, ctx)} → ${n(y!.size, ctx)}.`];
  return reply(ctx, fr ? `Rondes nº ${x!.id} et nº ${y!.id}` : `Rounds #${x!.id} and #${y!.id}`, lines);
}

/** The latest pool; with a score, how many stand at or above it; with a range ("between 451 and 500"), how many stand in it. */
export function poolAnswer(ctx: DataContext, deps: DrawDeps, score?: number, scoreTo?: number): Reply {
  const base = poolCommand(deps, { ...(score !== undefined && scoreTo === undefined ? { score } : {}), lang: ctx.lang });
  const latest = latestPool(ctx.rounds);
  if (score === undefined || scoreTo === undefined || !latest || base.error) return base;
  // Bands wholly inside the range, and those that only overlap it (IRCC publishes bands, not scores).
  const inside = latest.pool.bands.filter((b) => b.min >= score && b.max <= scoreTo).reduce((s, b) => s + b.count, 0);
  const overlap = latest.pool.bands.filter((b) => b.max >= score && b.min <= scoreTo).reduce((s, b) => s + b.count, 0);
  const fr = ctx.lang === "fr";
  const line = inside === overlap
    ? fr ? `Entre ${score} et ${scoreTo} : ${n(inside, ctx)} candidats.` : `Between ${score} and ${scoreTo}: ${n(inside, ctx)} candidates.`
    : fr ? `Entre ${score} et ${scoreTo} : entre ${n(inside, ctx)} et ${n(overlap, ctx)} candidats (IRCC publie des tranches, pas des notes).` : `Between ${score} and ${scoreTo}: between ${n(inside, ctx)} and ${n(overlap, ctx)} candidates (IRCC publishes bands, not scores).`;
  return { ...base, lines: [...(base.lines ?? []), line] };
}

/** "Stats 2025", "how many rounds so far this year": the year's figures as of the date the data covers. */
export function yearStatsAnswer(ctx: DataContext, deps: DrawDeps): Reply {
  const { from } = resolvePeriod(ctx.slots.period!, ctx.fresh.asOf);
  const r = statsCommand(deps, { year: Number(from!.slice(0, 4)), asOf: ctx.fresh.asOf, lang: ctx.lang });
  return { ...r, lines: [...staleLines(ctx), ...(r.lines ?? [])] };
}

/** Two answers side by side (two periods compared): each under its own title, the first one's footer. */
export function mergeReplies(ctx: DataContext, a: Reply, b: Reply): Reply {
  const head = (r: Reply) => (r.title ? [`— ${r.title} —`] : []);
  // The warning that the data may be old is said once.
  const stale = new Set(staleLines(ctx));
  const bLines = (b.lines ?? []).filter((l) => !stale.has(l));
  const fields = (r: Reply) => (r.fields ?? []).map((f) => ({ ...f, name: r.title ? `${f.name} (${r.title})` : f.name }));
  const links = [...(a.links ?? []), ...(b.links ?? [])].filter((l, k, all) => all.findIndex((x) => x.url === l.url) === k);
  return {
    ...(a.title && b.title ? { title: `${a.title} · ${b.title}` } : {}),
    lines: [...head(a), ...(a.lines ?? []), ...head(b), ...bLines],
    ...(a.fields || b.fields ? { fields: [...fields(a), ...fields(b)] } : {}),
    links,
    ...(a.footer ? { footer: a.footer } : {}),
  };
}

/** "When did the CRS go below 400?", "CEC rounds above 530 since 2024": the rounds of a slice past a cutoff. */
export function thresholdAnswer(ctx: DataContext, op: "below" | "above" | "equal", value: number, measure: Measure = "crs"): Reply {
  const fr = ctx.lang === "fr";
  const what = describeSlice(ctx);
  const word = op === "equal" ? (fr ? "de" : "of") : op === "below" ? (fr ? (measure === "crs" ? "sous" : "de moins de") : measure === "crs" ? "below" : "under") : fr ? (measure === "crs" ? "au-dessus de" : "de plus de") : measure === "crs" ? "above" : "over";
  const of = measure === "crs" ? (fr ? "une note minimale" : "a cutoff") : "";
  const amount = measure === "crs" ? String(value) : `${n(value, ctx)} invitations`;
  const title = fr ? `Rondes ${measure === "crs" ? `avec une note minimale ${word}` : word} ${amount} — ${what}` : `Rounds ${measure === "crs" ? `with a cutoff ${word}` : word} ${amount} — ${what}`;
  const rounds = slicedRounds(ctx);
  if (!rounds.length) return emptySlice(ctx, title);
  const hits = rounds.filter((r) => (op === "equal" ? r[measure] === value : op === "below" ? r[measure] < value : r[measure] > value));
  const lines = [measure === "crs"
    ? fr ? `${hits.length} ronde${hits.length === 1 ? "" : "s"} sur ${rounds.length} (${what}) avec ${of} ${word} ${value}.` : `${hits.length} of ${rounds.length} rounds (${what}) had ${of} ${word} ${value}.`
    : fr ? `${hits.length} ronde${hits.length === 1 ? "" : "s"} sur ${rounds.length} (${what}) ${word} ${amount}.` : `${hits.length} of ${rounds.length} rounds (${what}) had ${word} ${amount}.`];
  if (hits.length) {
    const [first, last] = [hits[0]!, hits[hits.length - 1]!];
    lines.push(fr ? `La plus récente : ${roundRef(last, "fr")}.` : `The most recent: ${roundRef(last, "en")}.`);
    if (first !== last) lines.push(fr ? `La première : ${roundRef(first, "fr")}.` : `The first: ${roundRef(first, "en")}.`);
    if (op === "equal") {
      lines.push(...hits.slice(-6).reverse().map((r) => `• ${roundRef(r, ctx.lang)}`));
      return reply(ctx, title, lines);
    }
    const extreme = record(hits, measure, op === "below" ? "min" : "max")!;
    lines.push(fr ? `La plus ${op === "below" ? (measure === "crs" ? "basse" : "petite") : measure === "crs" ? "haute" : "grosse"} : ${n(extreme.value, ctx)} (nº ${extreme.rounds[0]!.id}).` : `The ${op === "below" ? (measure === "crs" ? "lowest" : "smallest") : measure === "crs" ? "highest" : "largest"}: ${n(extreme.value, ctx)} (#${extreme.rounds[0]!.id}).`);
    if (hits.length > 2) lines.push(...hits.slice(-6).reverse().map((r) => `• ${roundRef(r, ctx.lang)}`));
  } else {
    if (op === "equal") return reply(ctx, title, lines);
    const closest = record(rounds, measure, op === "below" ? "min" : "max")!;
    lines.push(fr ? `La plus ${op === "below" ? (measure === "crs" ? "basse" : "petite") : measure === "crs" ? "haute" : "grosse"} : ${n(closest.value, ctx)} (nº ${closest.rounds[0]!.id}).` : `The ${op === "below" ? (measure === "crs" ? "lowest" : "smallest") : measure === "crs" ? "highest" : "largest"} was ${n(closest.value, ctx)} (#${closest.rounds[0]!.id}).`);
  }
  return reply(ctx, title, lines);
}

/** "Which category got the most invitations in 2025?", "breakdown by category", "which category has the lowest cutoff": the categories of a slice, ranked. */
export function byCategoryAnswer(ctx: DataContext, by: "invitations" | "rounds" | "crs", which: "min" | "max"): Reply {
  const fr = ctx.lang === "fr";
  const all = { ...ctx, slots: { ...ctx.slots, category: undefined } } as DataContext;
  const what = describeSlice(all);
  const title = fr ? `Par catégorie — ${what}` : `By category — ${what}`;
  const rounds = slicedRounds(all);
  if (!rounds.length) return emptySlice(ctx, title);
  const rows = byCategory(rounds).map(([key, rs]) => ({ key, label: rs[0]!.category.label, rounds: rs.length, invitations: totals(rs).invitations, ...crsRange(rs) }));
  const value = (r: (typeof rows)[number]) => (by === "rounds" ? r.rounds * 1e7 + r.invitations : by === "invitations" ? r.invitations : which === "min" ? r.lo : r.hi);
  rows.sort((a, b) => (which === "max" ? value(b) - value(a) : value(a) - value(b)));
  const top = rows[0]!;
  const name = (r: typeof top) => categoryName(r.key, ctx.lang, r.label);
  const count = (x: number, en: string, frWord: string) => `${n(x, ctx)} ${fr ? frWord : en}${x === 1 ? "" : "s"}`;
  const row = (r: typeof top) => (fr
    ? `${name(r)} : ${count(r.rounds, "round", "ronde")}, ${count(r.invitations, "invitation", "invitation")}, notes minimales de ${r.lo} à ${r.hi}`
    : `${name(r)}: ${count(r.rounds, "round", "ronde")}, ${count(r.invitations, "invitation", "invitation")}, cutoffs from ${r.lo} to ${r.hi}`);
  const heading = by === "crs"
    ? fr ? `Note minimale la plus ${which === "min" ? "basse" : "haute"} : ${which === "min" ? top.lo : top.hi}, ${name(top)}.` : `The ${which === "min" ? "lowest" : "highest"} cutoff: ${which === "min" ? top.lo : top.hi}, ${name(top)}.`
    : fr ? `${which === "max" ? "Le plus" : "Le moins"} ${by === "rounds" ? "de rondes" : "d’invitations"} : ${row(top)}.` : `${which === "max" ? "Most" : "Fewest"} ${by}: ${row(top)}.`;
  return reply(ctx, title, [heading, ...rows.map((r) => `• ${row(r)}`)]);
}

/** "Is the CEC cutoff going down?": each category's cutoffs over the period (6 months by default), oldest to newest, and which way they went. */
export function trendAnswer(ctx: DataContext): Reply {
  const fr = ctx.lang === "fr";
  const what = describeSlice(ctx);
  const title = fr ? `Tendance des notes minimales — ${what}` : `Cutoff trend — ${what}`;
  const rounds = slicedRounds(ctx);
  if (!rounds.length) return emptySlice(ctx, title);
  const lines: string[] = [];
  for (const [key, rs] of byCategory(rounds)) {
    const name = categoryName(key, ctx.lang, rs[0]!.category.label);
    const series = `${rs.length > 8 ? "… → " : ""}${rs.slice(-8).map((r) => r.crs).join(" → ")}`;
    const change = rs[rs.length - 1]!.crs - rs[0]!.crs;
    const way = rs.length < 2 ? "" : Math.abs(change) <= 3 ? (fr ? "stable" : "flat") : change < 0 ? (fr ? `en baisse de ${-change}` : `down ${-change}`) : fr ? `en hausse de ${change}` : `up ${change}`;
    lines.push(rs.length < 2
      ? fr ? `• ${name} : une seule ronde (${rs[0]!.crs}, nº ${rs[0]!.id}).` : `• ${name}: one round only (${rs[0]!.crs}, #${rs[0]!.id}).`
      : fr ? `• ${name} : ${way} (${rs.length} rondes, de ${rs[0]!.crs} à ${rs[rs.length - 1]!.crs}) : ${series}.` : `• ${name}: ${way} (${rs.length} rounds, from ${rs[0]!.crs} to ${rs[rs.length - 1]!.crs}): ${series}.`);
  }
  lines.push(fr ? "Une tendance passée ne prédit pas la prochaine ronde : IRCC choisit la taille et le type de chaque ronde." : "A past trend does not predict the next round: IRCC chooses each round's size and type.");
  return reply(ctx, title, lines);
}

/** "Which month had the most draws this year?", "how many rounds per month?": the slice's rounds and invitations month by month. */
export function byMonthAnswer(ctx: DataContext, by: "invitations" | "rounds", which: "min" | "max"): Reply {
  const fr = ctx.lang === "fr";
  const what = describeSlice(ctx);
  const title = fr ? `Par mois — ${what}` : `By month — ${what}`;
  const rounds = slicedRounds(ctx);
  if (!rounds.length) return emptySlice(ctx, title);
  const months = new Map<string, Round[]>();
  for (const r of rounds) months.set(r.date.slice(0, 7), [...(months.get(r.date.slice(0, 7)) ?? []), r]);
  const rows = [...months.entries()].map(([month, rs]) => ({ month, rounds: rs.length, invitations: totals(rs).invitations }));
  const monthName = (m: string) => new Intl.DateTimeFormat(fr ? "fr-CA" : "en-CA", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${m}-01T00:00:00Z`));
  const value = (r: (typeof rows)[number]) => (by === "rounds" ? r.rounds * 1e7 + r.invitations : r.invitations * 1e3 + r.rounds);
  const ranked = [...rows].sort((a, b) => (which === "max" ? value(b) - value(a) : value(a) - value(b)));
  const top = ranked[0]!;
  const row = (r: typeof top) => (fr ? `${monthName(r.month)} : ${n(r.rounds, ctx)} ronde${r.rounds === 1 ? "" : "s"}, ${n(r.invitations, ctx)} invitations` : `${monthName(r.month)}: ${n(r.rounds, ctx)} round${r.rounds === 1 ? "" : "s"}, ${n(r.invitations, ctx)} invitations`);
  const perMonth = rounds.length / rows.length;
  const lines = [
    fr ? `${which === "max" ? "Le plus" : "Le moins"} ${by === "rounds" ? "de rondes" : "d’invitations"} : ${row(top)}.` : `${which === "max" ? "Most" : "Fewest"} ${by}: ${row(top)}.`,
    fr
      ? `En moyenne ${n(perMonth, ctx, 1)} rondes et ${n(totals(rounds).invitations / rows.length, ctx)} invitations par mois, sur les ${rows.length} mois avec au moins une ronde.`
      : `On average ${n(perMonth, ctx, 1)} rounds and ${n(totals(rounds).invitations / rows.length, ctx)} invitations a month, over the ${rows.length} months with a round.`,
    ...rows.slice(-12).reverse().map((r) => `• ${row(r)}`),
  ];
  if (rows.length > 12) lines.push(fr ? `… ${rows.length - 12} mois plus anciens non listés.` : `… ${rows.length - 12} older months not listed.`);
  return reply(ctx, title, lines);
}

/** "Is your data up to date?": the newest round known, how old it is, and when IRCC's feed was last reached. */
export function freshnessAnswer(ctx: DataContext, feedReachedAt: string | undefined): Reply {
  const fr = ctx.lang === "fr";
  const newest = ctx.fresh.newest;
  const d = (iso: string) => formatDate(iso, ctx.lang);
  const lines: string[] = [];
  if (newest) {
    const days = ctx.fresh.daysSinceNewest ?? 0;
    lines.push(fr
      ? `La ronde la plus récente que je connais est la nº ${newest.id} du ${d(newest.date)}, ${days} jour${days === 1 ? "" : "s"} avant aujourd’hui (${d(ctx.today)}).`
      : `The newest round I know is #${newest.id} of ${d(newest.date)}, ${days} day${days === 1 ? "" : "s"} before today (${d(ctx.today)}).`);
  } else lines.push(fr ? "Je ne connais encore aucune ronde." : "I do not know any round yet.");
  if (feedReachedAt) lines.push(fr ? `Le flux d’IRCC a été lu pour la dernière fois le ${formatDateTime({ iso: feedReachedAt, raw: feedReachedAt }, "fr")}.` : `IRCC's feed was last read on ${formatDateTime({ iso: feedReachedAt, raw: feedReachedAt }, "en")}.`);
  if (ctx.fresh.maybeStale) lines.push(...staleLines(ctx));
  else if (feedReachedAt) lines.push(fr ? "Les données sont à jour : aucune ronde plus récente n’a été publiée depuis." : "The data is up to date: no newer round has been published since.");
  else lines.push(fr ? "Le flux d’IRCC n’a pas été lu récemment : une ronde plus récente a pu être publiée depuis — voyez la page officielle." : "IRCC's feed was not read recently: a newer round may have been published since — see the official page.");
  return { title: fr ? "Fraîcheur des données" : "How fresh the data is", lines, links: [officialLink("rounds", ctx.lang)], footer: dataFooter(ctx) };
}

/** A line setting the person's score against one round's cutoff, or against the cutoffs of a slice's rounds. */
export function scoreLine(ctx: DataContext, score: number, against: Round | readonly Round[]): string | undefined {
  const fr = ctx.lang === "fr";
  if (!Array.isArray(against)) {
    const r = against as Round;
    const diff = score - r.crs;
    if (diff === 0) return fr ? `Votre note de ${score} est égale à la note minimale de la ronde nº ${r.id}.` : `Your ${score} equals round #${r.id}'s cutoff.`;
    return fr
      ? `Votre note de ${score} est ${Math.abs(diff)} point${Math.abs(diff) === 1 ? "" : "s"} ${diff > 0 ? "au-dessus de" : "sous"} la note minimale de la ronde nº ${r.id} (${r.crs}).`
      : `Your ${score} is ${Math.abs(diff)} point${Math.abs(diff) === 1 ? "" : "s"} ${diff > 0 ? "above" : "below"} round #${r.id}'s cutoff (${r.crs}).`;
  }
  const rounds = against as readonly Round[];
  if (!rounds.length) return undefined;
  const reached = rounds.filter((r) => r.crs <= score).length;
  return fr
    ? `Avec ${score} : ${reached} ronde${reached === 1 ? "" : "s"} sur ${rounds.length} (${describeSlice(ctx)}) avaient une note minimale égale ou inférieure.`
    : `With ${score}: ${reached} of ${rounds.length} rounds (${describeSlice(ctx)}) had a cutoff at or below it.`;
}

/** "The last PNP cutoff or the last CEC cutoff, which was higher?": each category's latest round, and how they compare. */
export function latestPairAnswer(ctx: DataContext, a: string, b: string): Reply {
  const fr = ctx.lang === "fr";
  const [ra, rb] = [latestRound(ctx.rounds, a), latestRound(ctx.rounds, b)];
  const name = (k: string) => categoryName(k, ctx.lang);
  const lines: string[] = [];
  for (const [k, r] of [[a, ra], [b, rb]] as const) lines.push(r ? (fr ? `• ${name(k)} : ${roundRef(r, "fr")}` : `• ${name(k)}: ${roundRef(r, "en")}`) : qaMessages(ctx.lang).noneCategoryEver(name(k)));
  if (ra && rb) {
    const [hi, lo] = ra.crs >= rb.crs ? [ra, rb] : [rb, ra];
    lines.push(ra.crs === rb.crs
      ? fr ? `Même note minimale : ${ra.crs}.` : `The same cutoff: ${ra.crs}.`
      : fr ? `La plus haute : ${name(hi.category.key)} (${hi.crs}), ${hi.crs - lo.crs} points au-dessus de ${name(lo.category.key)} (${lo.crs}).` : `Higher: ${name(hi.category.key)} (${hi.crs}), ${hi.crs - lo.crs} points above ${name(lo.category.key)} (${lo.crs}).`);
  }
  return reply(ctx, fr ? `Dernières rondes — ${name(a)} et ${name(b)}` : `Latest rounds — ${name(a)} and ${name(b)}`, lines);
}
