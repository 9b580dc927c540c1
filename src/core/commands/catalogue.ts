import { COMMAND_WORDS as W, OPTION_WORDS as O, USAGE_WORDS } from "../../content/commands.ts";
import { lastScore } from "../crs/saved-profile.ts";
import { poolChartCommand, trendCommand } from "./charts.ts";
import { CRS_FORM } from "./crs-form.ts";
import { categoryOption, drawCommand, latestCommand, listCommand, MAX_LIST, poolCommand, statsCommand } from "./draws.ts";
import { helpReply } from "./help.ts";
import { programCommand } from "./program.ts";
import { recordsCommand } from "./records.ts";
import { defineCommand, opt, type Command, type Surface } from "./spec.ts";

/**
 * THE COMMAND CATALOGUE: every command of ee-bot, once. Discord's slash-command definitions (with
 * French localizations), Telegram's command menus (EN and FR), the console, the text router
 * (Telegram, the console, the CLI), and every help text (Telegram's, Discord's, the console's, the
 * question engine's greeting, the CLI's usage) are generated from this list.
 *
 * ## How to add a command
 *
 * 1. Write its function in the core, platform-neutral: options in, `Reply` out (e.g.
 *    `recordsCommand(deps, { category, lang })` in `records.ts`). User mistakes come back as a
 *    Reply with `error: true` naming what to fix; its strings go in `src/content/` (EN and FR).
 * 2. Add its words to `COMMAND_WORDS` in `src/content/commands.ts` (French name, description, the
 *    argument hint for text help) and, for a new option, to `OPTION_WORDS`.
 * 3. Add one entry below with `defineCommand({ name, words, surfaces, options, run })`:
 *    - `options` are typed with `opt.string/integer/number/boolean/channel/role`; each carries a zod
 *      schema that checks the value from a slash option or from typed words alike, and `run`'s
 *      input is typed from them.
 *    - `fromText` turns typed words ("/draws cec 5 2025") into option values when the default (all
 *      words into the one option) does not fit.
 *    - `cache: true` when the answer depends only on the input, the language and the store;
 *      `ephemeral: true` when only the asker should see it on Discord.
 * 4. That is all: run `ee-bot register-commands` to update Discord; Telegram's menu is set at start.
 *
 * A command a platform must answer itself (the /crs wizard and form, subscriptions and their
 * permission checks, /lang) is listed here without `run`, so it still appears in every menu and
 * help text; its adapter handles it.
 */

const ALL: readonly Surface[] = ["discord", "telegram", "console"];
const CHATS: readonly Surface[] = ["discord", "telegram"];
const TELEGRAM: readonly Surface[] = ["telegram"];
const category = opt.string({ words: O.category, maxLength: 60, autocomplete: true });
const year = opt.integer({ words: O.year, min: 2015, max: 2100 });
const isYear = (w: string) => /^\d{4}$/.test(w);

export const CATALOGUE: readonly Command[] = [
  defineCommand({
    name: "latest", words: W.latest, surfaces: ALL, cache: true, options: { category },
    run: (i, deps, { lang }) => latestCommand(deps, { ...(i.category ? { category: i.category } : {}), lang }),
  }),
  defineCommand({
    name: "draws", words: W.draws, surfaces: ALL, cache: true,
    options: { category, count: opt.integer({ words: O.count, min: 1, max: MAX_LIST }), year },
    fromText: (words, lang) => {
      const out: { category?: string; count?: number; year?: number } = {};
      const rest: string[] = [];
      for (const w of words) {
        if (isYear(w) && Number(w) >= 2015) out.year = Number(w);
        else if (/^\d{1,3}$/.test(w)) out.count = Number(w);
        else rest.push(w);
      }
      if (out.count !== undefined && (out.count < 1 || out.count > MAX_LIST)) return { error: USAGE_WORDS[lang].drawsCount(MAX_LIST) };
      return { ...out, ...(rest.length ? { category: rest.join(" ") } : {}) };
    },
    run: (i, deps, { lang }) => listCommand(deps, { ...(i.category ? { category: i.category } : {}), ...(i.year ? { year: i.year } : {}), limit: i.count ?? 10, lang }),
  }),
  defineCommand({
    name: "draw", words: W.draw, surfaces: ALL,
    options: { number: opt.string({ words: O.number, required: true, maxLength: 6 }) },
    fromText: (words, lang) => (words.length === 1 && /^#?\d{1,4}[ab]?$/i.test(words[0]!) ? { number: words[0] } : { error: USAGE_WORDS[lang].draw }),
    run: (i, deps, { lang }) => drawCommand(deps, { id: i.number, lang }),
  }),
  defineCommand({
    name: "stats", words: W.stats, surfaces: ALL, cache: true, options: { year },
    fromText: (words, lang) => {
      if (words.length > 1 || (words[0] !== undefined && !isYear(words[0]))) return { error: USAGE_WORDS[lang].statsYear };
      if (words[0] !== undefined && Number(words[0]) < 2015) return { error: USAGE_WORDS[lang].statsBefore2015 };
      return words[0] ? { year: Number(words[0]) } : {};
    },
    run: (i, deps, { lang }) => statsCommand(deps, { ...(i.year ? { year: i.year } : {}), lang }),
  }),
  defineCommand({
    name: "records", words: W.records, surfaces: ALL, cache: true, options: { category },
    run: (i, deps, { lang }) => recordsCommand(deps, { ...(i.category ? { category: i.category } : {}), lang }),
  }),
  defineCommand({
    name: "pool", words: W.pool, surfaces: ALL,
    options: { score: opt.integer({ words: O.score, min: 0, max: 1200 }) },
    fromText: (words, lang) => {
      if (words.length > 1 || (words[0] !== undefined && !(/^\d{1,4}$/.test(words[0]) && Number(words[0]) <= 1200))) return { error: USAGE_WORDS[lang].pool };
      return words[0] ? { score: Number(words[0]) } : {};
    },
    run: async (i, deps, { lang, user }) => {
      // Without a score, the user's score from their last /crs is marked.
      const score = i.score ?? (user ? await lastScore(deps.profiles, user) : undefined);
      const opts = { ...(score !== undefined ? { score } : {}), lang };
      return deps.charts ? poolChartCommand({ ...deps, charts: deps.charts }, opts) : poolCommand(deps, opts);
    },
  }),
  defineCommand({
    name: "trend", words: W.trend, surfaces: ALL,
    options: { category, period: opt.string({ words: O.period, maxLength: 12 }) },
    fromText: (words, _lang, deps) => {
      // "/trend cec 6m", "/trend 2025", "/trend": a period is the word that looks like one.
      const periodLike = (w: string) => /^(\d{1,3}\s*(m|mo|months?|mois|y|yr|years?|ans?)|20\d\d|all|tout|toutes?)$/i.test(w);
      let period = words.find(periodLike);
      let rest = words.filter((w) => w !== period);
      // "/trend cec forever": a category followed by a word that is neither — report the period.
      if (!period && rest.length > 1 && !categoryOption(deps.store, rest.join(" "), "en").key && categoryOption(deps.store, rest.slice(0, -1).join(" "), "en").key) {
        period = rest[rest.length - 1];
        rest = rest.slice(0, -1);
      }
      return { ...(rest.length ? { category: rest.join(" ") } : {}), ...(period ? { period } : {}) };
    },
    run: (i, deps, { lang }) => {
      if (!deps.charts) return { error: true, lines: [USAGE_WORDS[lang].noCharts] };
      return trendCommand({ ...deps, charts: deps.charts }, { ...(i.category ? { category: i.category } : {}), ...(i.period ? { period: i.period } : {}), lang });
    },
  }),
  // Answered by each platform: a form on Discord, a step-by-step wizard on Telegram and the console.
  defineCommand({ name: "crs", words: W.crs, surfaces: ALL, ephemeral: true, options: CRS_FORM }),
  defineCommand({
    name: "program", words: W.program, surfaces: ALL, cache: true,
    options: { name: opt.string({ words: O.name, maxLength: 100, autocomplete: true }) },
    run: (i, deps, { lang }) => programCommand(deps.qa, { ...(i.name ? { name: i.name } : {}), lang }),
  }),
  defineCommand({
    name: "ask", words: W.ask, surfaces: ALL,
    options: { question: opt.string({ words: O.question, required: true, maxLength: 300 }) },
    fromText: (words, lang) => (words.length ? { question: words.join(" ").slice(0, 300) } : { error: USAGE_WORDS[lang].ask }),
    run: async (i, deps, { lang }) => (await deps.qa.answer(i.question, { fallbackLang: lang })).reply,
  }),
  // Subscriptions change what a chat receives: each platform checks who may, where the action lands.
  defineCommand({
    name: "subscribe", words: W.subscribe, surfaces: CHATS, admin: true,
    options: {
      channel: opt.channel({ words: O.channel, required: true }),
      categories: opt.string({ words: O.categories, maxLength: 200, autocomplete: true }),
      role: opt.role({ words: O.role }),
      max_crs: opt.integer({ words: O.max_crs, min: 1, max: 1200 }),
    },
  }),
  defineCommand({ name: "unsubscribe", words: W.unsubscribe, surfaces: CHATS, admin: true, options: { channel: opt.channel({ words: O.channel, required: true }) } }),
  defineCommand({ name: "settings", words: W.settings, surfaces: TELEGRAM, admin: true, options: {} }),
  defineCommand({ name: "lang", words: W.lang, surfaces: TELEGRAM, options: {} }),
  defineCommand({ name: "help", words: W.help, surfaces: ALL, ephemeral: true, options: {}, run: (_i, _deps, ctx) => helpReply(CATALOGUE, ctx.surface, ctx.lang) }),
  defineCommand({ name: "start", words: W.start, surfaces: ["telegram", "console"], hidden: true, options: {}, run: (_i, _deps, ctx) => helpReply(CATALOGUE, ctx.surface, ctx.lang) }),
];

/** The commands offered on a surface, in catalogue order. */
export const commandsOn = (surface: Surface, catalogue: readonly Command[] = CATALOGUE): Command[] => catalogue.filter((c) => c.surfaces.includes(surface));

/** A command by name, if it is offered on `surface`. */
export const findCommand = (name: string, surface: Surface, catalogue: readonly Command[] = CATALOGUE): Command | undefined =>
  catalogue.find((c) => c.name === name.toLowerCase() && c.surfaces.includes(surface));
