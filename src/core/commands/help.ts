import { HELP_WORDS } from "../../content/commands.ts";
import type { Lang, Reply } from "../reply.ts";
import type { Command, Surface } from "./spec.ts";

/**
 * Every help text, generated from the catalogue: what each surface lists is what it offers.
 * Discord shows its French names to French users; Telegram and the console keep the English names
 * (that is what users type there) with the argument hints.
 */

const visible = (catalogue: readonly Command[], surface: Surface) => catalogue.filter((c) => c.surfaces.includes(surface) && !c.hidden);

/** "/draws [category] [count] [year] — Recent rounds, newest first", one per command. */
export function commandLines(catalogue: readonly Command[], surface: Surface, lang: Lang): string[] {
  return visible(catalogue, surface).map((c) => {
    if (surface === "discord") return `/${lang === "fr" ? c.words.frName : c.name} — ${c.words.description[lang]}`;
    const args = c.words.args?.[lang];
    return `/${c.name}${args ? ` ${args}` : ""} — ${c.words.description[lang]}`;
  });
}

/** The help of a surface: what ee-bot is, its commands, and that plain questions work too. */
export function helpText(catalogue: readonly Command[], surface: Surface, lang: Lang): string {
  const h = HELP_WORDS[lang];
  const list = commandLines(catalogue, surface, lang).join("\n");
  if (surface === "console") return `${h.console}\n${list}\n${h.quit}`;
  const outro = surface === "telegram" ? `${h.askInWords} ${h.inGroups}` : h.askInWords;
  return `${h.intro}\n\n${list}\n\n${outro}`;
}

export function helpReply(catalogue: readonly Command[], surface: Surface, lang: Lang): Reply {
  return { ...(surface === "discord" ? { title: "ee-bot" } : {}), lines: [helpText(catalogue, surface, lang)] };
}

/** Telegram's command menu (setMyCommands) in one language: every Telegram command, /start included. */
export function telegramMenu(catalogue: readonly Command[], lang: Lang): Array<{ command: string; description: string }> {
  return catalogue.filter((c) => c.surfaces.includes("telegram")).map((c) => ({ command: c.name, description: c.words.description[lang] }));
}

/** The question engine's greeting: the commands available everywhere, by name. */
export function greetingText(catalogue: readonly Command[], lang: Lang): string {
  const h = HELP_WORDS[lang];
  const names = catalogue.filter((c) => !c.hidden && c.surfaces.length > 1).map((c) => `/${c.name}`);
  return `${h.greeting} ${names.join(", ")}. ${h.greetingEnd}`;
}
