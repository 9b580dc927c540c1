import { categoryOption, drawCommand, latestCommand, listCommand, MAX_LIST, poolCommand, statsCommand, type DrawDeps } from "./draws.ts";
import type { Lang, Reply } from "../reply.ts";
import type { QuestionAnswerer } from "../qa/answer.ts";
import { programCommand } from "./program.ts";
import type { ReplyCache } from "./reply-cache.ts";
import type { ChartRenderer } from "../charts/renderer.ts";
import { poolChartCommand, trendCommand } from "./charts.ts";

/**
 * Commands typed as text ("/draws cec 5"), as in Telegram and the console. Arguments are words in
 * any order where that is unambiguous: a number is a count or a round, a 4-digit year a year, a
 * word a category. Each bad argument gets a specific message.
 */

export interface TextCommandContext {
  deps: DrawDeps & { charts?: ChartRenderer };
  qa: QuestionAnswerer;
  lang: Lang;
  /** When given, data answers are memoised until the store changes. */
  cache?: ReplyCache;
  /** The user's last CRS score, for /pool without a score. */
  score?: number;
  /** Who asks (platform and user), so one person's charts are drawn one at a time. */
  owner?: string;
}

const usage = (lang: Lang, en: string, fr: string): Reply => ({ error: true, lines: [lang === "fr" ? fr : en] });

function splitArgs(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

type TextCommand = (args: string[], ctx: TextCommandContext) => Reply | Promise<Reply>;

export const TEXT_COMMANDS: Record<string, TextCommand> = {
  latest: (args, { deps, lang }) => latestCommand(deps, { ...(args.length ? { category: args.join(" ") } : {}), lang }),
  draws: (args, { deps, lang }) => {
    let limit: number | undefined;
    let year: number | undefined;
    const words: string[] = [];
    for (const a of args) {
      if (/^\d{4}$/.test(a) && Number(a) >= 2015) year = Number(a);
      else if (/^\d{1,3}$/.test(a)) limit = Number(a);
      else words.push(a);
    }
    if (limit !== undefined && (limit < 1 || limit > MAX_LIST))
      return usage(lang, `The count must be from 1 to ${MAX_LIST}, e.g. /draws cec 5.`, `Le nombre doit aller de 1 à ${MAX_LIST}, p. ex. /draws cec 5.`);
    return listCommand(deps, { ...(words.length ? { category: words.join(" ") } : {}), ...(year ? { year } : {}), ...(limit ? { limit } : {}), lang });
  },
  draw: (args, { deps, lang }) => {
    if (args.length !== 1 || !/^#?\d{1,4}[ab]?$/i.test(args[0]!))
      return usage(lang, "Give one round number, e.g. /draw 434 (or /draw 91a).", "Indiquez un numéro de ronde, p. ex. /draw 434 (ou /draw 91a).");
    return drawCommand(deps, { id: args[0]!, lang });
  },
  stats: (args, { deps, lang }) => {
    if (args.length > 1 || (args[0] !== undefined && !/^\d{4}$/.test(args[0])))
      return usage(lang, "Give a year, e.g. /stats 2025 (or nothing for this year).", "Indiquez une année, p. ex. /stats 2025 (ou rien pour cette année).");
    const year = args[0] ? Number(args[0]) : undefined;
    if (year !== undefined && year < 2015) return usage(lang, "Express Entry began in 2015: give a year from 2015.", "Entrée express a commencé en 2015 : indiquez une année à partir de 2015.");
    return statsCommand(deps, { ...(year ? { year } : {}), lang });
  },
  program: (args, { qa, lang }) => programCommand(qa, { ...(args.length ? { name: args.join(" ") } : {}), lang }),
  ask: async (args, { qa, lang }) => {
    if (!args.length) return usage(lang, "Ask a question after /ask, e.g. /ask when was the last CEC draw?", "Posez une question après /ask, p. ex. /ask quand a eu lieu le dernier tirage PEC ?");
    return (await qa.answer(args.join(" "), { fallbackLang: lang })).reply;
  },
  pool: (args, { deps, lang, score, owner }) => {
    if (args.length > 1 || (args[0] !== undefined && !(/^\d{1,4}$/.test(args[0]) && Number(args[0]) <= 1200)))
      return usage(lang, "Give a CRS score from 0 to 1200, e.g. /pool 480 (or nothing).", "Indiquez une note SCG de 0 à 1200, p. ex. /pool 480 (ou rien).");
    const given = args[0] !== undefined ? Number(args[0]) : score;
    const opts = { ...(given !== undefined ? { score: given } : {}), ...(owner ? { owner } : {}), lang };
    return deps.charts ? poolChartCommand({ ...deps, charts: deps.charts }, opts) : poolCommand(deps, opts);
  },
  trend: (args, { deps, lang, owner }) => {
    if (!deps.charts) return usage(lang, "Charts are not available here.", "Les graphiques ne sont pas disponibles ici.");
    // "/trend cec 6m", "/trend 2025", "/trend": a period is the last word that looks like one.
    const periodLike = (w: string) => /^(\d{1,3}\s*(m|mo|months?|mois|y|yr|years?|ans?)|20\d\d|all|tout|toutes?)$/i.test(w);
    let period = args.find(periodLike);
    let rest = args.filter((w) => w !== period);
    // "/trend cec forever": a category followed by a word that is neither — report the period.
    if (!period && rest.length > 1 && !categoryOption(deps.store, rest.join(" "), lang).key && categoryOption(deps.store, rest.slice(0, -1).join(" "), lang).key) {
      period = rest[rest.length - 1];
      rest = rest.slice(0, -1);
    }
    return trendCommand({ ...deps, charts: deps.charts }, { ...(rest.length ? { category: rest.join(" ") } : {}), ...(period ? { period } : {}), ...(owner ? { owner } : {}), lang });
  },
};

/** Commands whose answer depends only on their arguments, the language and the store. */
const CACHEABLE = new Set(["latest", "draws", "stats", "program"]);

/** Runs "/name args" when `name` is a text command; undefined otherwise. */
export async function runTextCommand(name: string, argsText: string, ctx: TextCommandContext): Promise<Reply | undefined> {
  const key = name.toLowerCase();
  const command = TEXT_COMMANDS[key];
  if (!command) return undefined;
  const args = splitArgs(argsText);
  if (ctx.cache && CACHEABLE.has(key)) return ctx.cache.get(`text|${key}|${ctx.lang}|${args.join(" ").toLowerCase()}`, () => command(args, ctx));
  return command(args, ctx);
}
