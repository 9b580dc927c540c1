import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow } from "discord.js";
import type { Core } from "../../core/app.ts";
import { poolChartCommand, trendCommand } from "../../core/commands/charts.ts";
import { crsReply } from "../../core/commands/crs.ts";
import { drawCommand, latestCommand, listCommand, statsCommand } from "../../core/commands/draws.ts";
import { programCommand } from "../../core/commands/program.ts";
import { calculate } from "../../core/crs/calculate.ts";
import type { CrsProfile } from "../../core/crs/profile.ts";
import { inLang as t, type Lang, type Reply } from "../../core/reply.ts";
import { isoDate } from "../../core/ports.ts";
import { platformMessages } from "../../content/platform-messages.ts";
import { TOPICS } from "../../content/topics.ts";
import { CATEGORIES, categoryName } from "../../core/draws/categories.ts";
import { normalise } from "../../core/qa/text.ts";
import { profileFromOptions, type OptionValues } from "./crs-options.ts";

/**
 * What a Discord command does, apart from how the answer travels: the gateway (discord.js
 * interactions) and the HTTP interactions endpoint both run these plans, and only deliver the
 * reply differently. Commands that change a channel's announcements stay with their transport.
 */

export interface CommandContext {
  core: Core;
  userId: string;
  lang: Lang;
}

export interface CommandPlan {
  work(): Promise<Reply> | Reply;
  /** Shown only to the user who asked. */
  ephemeral?: boolean;
  components?: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
}

export const profileKey = (userId: string) => `dc:profile:${userId}`;

export function helpText(lang: Lang): string {
  return lang === "fr"
    ? "ee-bot répond aux questions sur Entrée express à partir des données officielles d’IRCC.\n/derniere, /rondes, /ronde, /stats, /bassin, /tendance, /scg (visible par vous seul), /programme, /question, /abonner et /desabonner (gestion des salons)."
    : "ee-bot answers Express Entry questions from IRCC's official data.\n/latest, /draws, /draw, /stats, /pool, /trend, /crs (only you see it), /program, /ask, /subscribe and /unsubscribe (Manage Channels).";
}

const shareRow = (lang: Lang): APIActionRowComponent<APIComponentInMessageActionRow> => ({
  type: ComponentType.ActionRow,
  components: [{ type: ComponentType.Button, custom_id: "crs:share", label: t(lang, "Share in this channel", "Partager dans ce salon"), style: ButtonStyle.Secondary }],
});

/** The plan for a slash command, or undefined for commands this module does not run. */
export function commandPlan(name: string, o: OptionValues, ctx: CommandContext): CommandPlan | undefined {
  const { core, lang } = ctx;
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const num = (k: string) => (typeof o[k] === "number" ? (o[k] as number) : undefined);
  const category = str("category") ? { category: str("category")! } : {};
  // Data answers depend only on their options, the language and the store: cached until it changes.
  const cached = (build: () => Reply | Promise<Reply>) => () => core.replies.get(`discord|${name}|${lang}|${JSON.stringify(o)}`, build);
  switch (name) {
    case "latest": return { work: cached(() => latestCommand(core, { ...category, lang })) };
    case "draws": return { work: cached(() => listCommand(core, { ...category, limit: num("count") ?? 10, lang })) };
    case "draw": return { work: () => drawCommand(core, { id: str("number") ?? "", lang }) };
    case "stats": return { work: cached(() => statsCommand(core, { ...(num("year") ? { year: num("year")! } : {}), lang })) };
    case "pool":
      return {
        work: async () => {
          // The user's score: given, or from their last /crs.
          const profile = num("score") === undefined ? await core.kv.get<CrsProfile>(profileKey(ctx.userId)) : undefined;
          const score = num("score") ?? (profile ? calculate(profile).total : undefined);
          return poolChartCommand(core, { ...(score !== undefined ? { score } : {}), lang });
        },
      };
    case "trend": return { work: () => trendCommand(core, { ...category, ...(str("period") ? { period: str("period")! } : {}), lang }) };
    case "program": return { work: cached(() => programCommand(core.qa, { name: str("name") ?? "", lang })) };
    case "ask": return { work: async () => (await core.qa.answer(str("question") ?? "", { fallbackLang: lang })).reply };
    case "help": return { work: () => ({ title: "ee-bot", lines: [helpText(lang)] }), ephemeral: true };
    case "crs": {
      const check = profileFromOptions(o, lang);
      if (!check.ok) {
        const lines = [t(lang, "Some options need fixing:", "Certaines options sont à corriger :"), ...check.errors.map((e) => `• ${e.field}: ${e.message}`)];
        return { work: () => ({ error: true, lines }) };
      }
      return {
        work: async () => {
          await core.kv.set(profileKey(ctx.userId), check.profile);
          return crsReply(check.profile, { lang, rounds: core.store.all(), asOf: isoDate(core.clock) });
        },
        ephemeral: true,
        components: [shareRow(lang)],
      };
    }
    default:
      return undefined;
  }
}

/** The plan for a button press. */
export function buttonPlan(customId: string, ctx: CommandContext): CommandPlan {
  const { core, lang } = ctx;
  if (customId === "crs:share")
    return {
      work: async () => {
        const profile = await core.kv.get<CrsProfile>(profileKey(ctx.userId));
        if (!profile) return { error: true, lines: [t(lang, "Run /crs first.", "Lancez d’abord /scg.")] };
        return crsReply(profile, { lang, rounds: core.store.all(), asOf: isoDate(core.clock), whatIfLimit: 3 });
      },
    };
  return { work: () => ({ error: true, lines: [platformMessages(lang).buttonExpired] }) };
}

/** Autocomplete choices (at most 25) for the focused option `name` with what the user typed so far. */
export function autocompleteChoices(name: string, value: string, core: Core, lang: Lang): Array<{ name: string; value: string }> {
  const typed = normalise(value);
  let choices: Array<{ name: string; value: string }> = [];
  if (name === "category" || name === "categories") {
    const known = new Set(core.store.all().map((r) => r.category.key));
    const keys = [...new Set([...CATEGORIES.map((c) => c.key), ...known])];
    const parts = value.split(",");
    const last = normalise(parts.pop() ?? "");
    const prefix = parts.map((p) => p.trim()).filter(Boolean);
    choices = keys
      .filter((k) => !last || k.includes(last.replace(/ /g, "-")) || normalise(categoryName(k, lang)).includes(last))
      .map((k) => {
        const joined = [...prefix, k].join(", ");
        return { name: `${categoryName(k, lang)} (${name === "categories" ? joined : k})`.slice(0, 100), value: joined.slice(0, 100) };
      });
  } else if (name === "name") {
    choices = TOPICS.filter((tp) => !typed || tp.id.includes(typed.replace(/ /g, "-")) || normalise(tp.title[lang]).includes(typed) || tp.keywords[lang].some((k) => normalise(k).startsWith(typed))).map((tp) => ({ name: tp.title[lang].slice(0, 100), value: tp.id }));
  }
  return choices.slice(0, 25);
}
