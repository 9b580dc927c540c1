import { HELP_WORDS } from "../../content/commands.ts";
import type { Lang, Reply } from "../reply.ts";
import { CATALOGUE, findCommand } from "./catalogue.ts";
import { inputSchema, type Command, type CommandContext, type CommandDeps, type OptionSpec } from "./spec.ts";

/**
 * Runs catalogue commands: from option values (Discord's slash options) or from typed text
 * ("/draws cec 5", as in Telegram, the console and the CLI). Values go through the command's zod
 * schema once; a value that does not fit gets a message naming the option and what to give.
 */

/** Why an option's value was refused, in words. */
function hint(o: OptionSpec, given: boolean, lang: Lang): string {
  const h = HELP_WORDS[lang];
  if (!given) return h.hintRequired;
  if (o.choices) return h.hintChoices(o.choices.map((c) => c.value).join(", "));
  if (o.min !== undefined && o.max !== undefined) return h.hintRange(o.min, o.max);
  if (o.maxLength) return h.hintLength(o.maxLength);
  return h.hintKind;
}

/** Checks `raw` against the command's options and runs it (memoised for cacheable commands). */
export async function runCommand(command: Command, raw: Record<string, unknown>, deps: CommandDeps, ctx: CommandContext): Promise<Reply> {
  if (!command.run) return { error: true, lines: [HELP_WORDS[ctx.lang].notHere(command.name)] };
  // Empty strings mean "not given" (a blank typed option).
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== null && !(typeof v === "string" && !v.trim())));
  const parsed = inputSchema(command).safeParse(values);
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]?.path[0] ?? "");
    const o = command.options[name];
    const shown = o && ctx.surface === "discord" && ctx.lang === "fr" ? o.words.frName : name;
    return { error: true, lines: [HELP_WORDS[ctx.lang].badOption(shown, o ? hint(o, name in values, ctx.lang) : HELP_WORDS[ctx.lang].hintKind)] };
  }
  const run = command.run;
  const input = parsed.data as Parameters<typeof run>[0];
  if (command.cache && deps.replies) return deps.replies.get(`cmd|${command.name}|${ctx.lang}|${JSON.stringify(input)}`, () => run(input, deps, ctx));
  return run(input, deps, ctx);
}

/** Typed words → option values: the command's own reading, or all words into its one option. */
function fromText(command: Command, words: string[], lang: Lang, deps: CommandDeps): Record<string, unknown> | { error: string } {
  if (command.fromText) return command.fromText(words, lang, deps);
  const names = Object.keys(command.options);
  if (!words.length || names.length !== 1) return {};
  const only = command.options[names[0]!]!;
  const text = words.join(" ");
  return { [names[0]!]: only.kind === "integer" || only.kind === "number" ? (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text) : text };
}

/**
 * Runs "/name args" typed on a surface when `name` is a catalogue command the core answers there;
 * undefined otherwise (unknown, or answered by the platform itself, such as /crs).
 */
export async function runTextCommand(name: string, argsText: string, deps: CommandDeps, ctx: CommandContext, catalogue: readonly Command[] = CATALOGUE): Promise<Reply | undefined> {
  const command = findCommand(name, ctx.surface, catalogue);
  if (!command?.run) return undefined;
  const raw = fromText(command, argsText.trim().split(/\s+/).filter(Boolean), ctx.lang, deps);
  if ("error" in raw && typeof raw.error === "string") return { error: true, lines: [raw.error] };
  return runCommand(command, raw, deps, ctx);
}
