import { createInterface } from "node:readline";
import type { Io } from "./cli-args.ts";
import type { Core } from "./core/app.ts";
import { HELP_WORDS } from "./content/commands.ts";
import { WIZARD_WORDS } from "./content/wizard-words.ts";
import { CATALOGUE } from "./core/commands/catalogue.ts";
import { helpText } from "./core/commands/help.ts";
import { runTextCommand } from "./core/commands/text-router.ts";
import { replyToText, type Reply } from "./core/reply.ts";
import { crsReply } from "./core/commands/crs.ts";
import { answer as answerStep, back, prompt, startWizard, type WizardState } from "./core/crs/wizard.ts";
import { isoDate } from "./core/ports.ts";
import type { CrsProfile } from "./core/crs/profile.ts";
import type { EligibilityWizardState } from "./core/eligibility/wizard.ts";
import { eligibleConsoleLine, startEligibleConsole } from "./console-eligible.ts";

/**
 * The local console chat that `npm start` opens when no platform token is set: the same commands
 * and questions as the bots, on stdin/stdout. It ends cleanly at end of input.
 */

export const CONNECT_HELP = `To connect ee-bot to a chat platform, set its token in the environment (or in .env) and run npm start again:
  Telegram: TELEGRAM_BOT_TOKEN (from @BotFather)
  Discord:  DISCORD_TOKEN and DISCORD_APPLICATION_ID (from the Discord Developer Portal)
See README.md and .env.example for every setting.`;

export const CONSOLE_HELP = helpText(CATALOGUE, "console", "en");

export async function answerLine(core: Core, line: string): Promise<Reply | undefined> {
  const text = line.trim();
  if (!text) return undefined;
  const command = /^\/(\w+)(?:@\w+)?\s*([\s\S]*)$/.exec(text);
  if (command) {
    const [, name, args] = command;
    const reply = await runTextCommand(name!, args ?? "", core, { lang: "en", surface: "console" });
    return reply ?? { error: true, lines: [`${HELP_WORDS.en.unknownCommand(name!)} ${CONSOLE_HELP}`] };
  }
  return (await core.qa.answer(text)).reply;
}

/** The /crs wizard as text: choices are numbered; "back" and "cancel" work at every step. */
function wizardPrompt(state: WizardState, error?: string): string {
  const p = prompt(state, "en");
  // Choices whose values are numbers (years) are typed as those numbers; the others by their position.
  const numeric = p.choices?.every((c) => /^\d+$/.test(c.value));
  const choices = p.choices?.map((c, i) => (numeric ? `  ${c.value}: ${c.label}` : `  ${i + 1}. ${c.label}`)).join("\n");
  return [error ? `! ${error}` : "", WIZARD_WORDS.en.header(p.position, p.total), p.text, choices ?? "", WIZARD_WORDS.en.consoleHint(!!p.choices)].filter(Boolean).join("\n");
}

function wizardLine(core: Core, state: WizardState, line: string): { state?: WizardState; output: string; profile?: CrsProfile } {
  const text = line.trim();
  if (/^cancel$/i.test(text)) return { output: WIZARD_WORDS.en.cancelled };
  if (/^back$/i.test(text)) {
    const previous = back(state);
    return { state: previous, output: wizardPrompt(previous) };
  }
  const choices = prompt(state, "en").choices;
  const byValue = choices?.find((c) => c.value === text)?.value;
  const picked = byValue ?? (choices && /^\d+$/.test(text) ? choices[Number(text) - 1]?.value : undefined);
  const result = answerStep(state, picked ?? text, "en");
  if ("error" in result) return { state, output: wizardPrompt(state, result.error) };
  if (result.done) return { output: replyToText(crsReply(result.profile, { lang: "en", rounds: core.store.all(), asOf: isoDate(core.clock) })), profile: result.profile };
  return { state: result.state, output: wizardPrompt(result.state) };
}

/** How long the console waits for IRCC's feed at start before answering from what it has. */
export const CONSOLE_SYNC_TIMEOUT_MS = 5_000;

/** One sync at start, bounded in time: the console then says whether it is up to date or offline. */
async function syncAtStart(core: Core): Promise<string> {
  const result = await core.sync({ timeoutMs: CONSOLE_SYNC_TIMEOUT_MS }).catch((error: Error) => ({ status: "failed" as const, added: [], reason: error.message }));
  const newest = core.store.newest();
  const latest = newest ? `the latest #${newest.id} of ${newest.date}` : "no round yet";
  if (result.status === "failed")
    return `Offline: IRCC's feed could not be reached (${result.reason ?? "no answer"}), so answers use the ${core.store.size} rounds stored (${latest}) and may be out of date.`;
  return `Checked IRCC's feed: ${result.added.length ? `${result.added.length} new round${result.added.length === 1 ? "" : "s"}` : "up to date"}; ${core.store.size} rounds, ${latest}.`;
}

export async function runConsole(core: Core, io: Io): Promise<number> {
  const status = await syncAtStart(core);
  io.stdout.write(
    `ee-bot console: no Discord or Telegram token is set, so ee-bot answers here.\n` +
      `${status}\n` +
      `${CONSOLE_HELP}\n\n${CONNECT_HELP}\n\n> `,
  );
  const lines = createInterface({ input: io.stdin, terminal: false });
  let wizard: WizardState | undefined;
  let eligible: EligibilityWizardState | undefined;
  // The last CRS profile of this session, which /eligible starts from.
  let profile: CrsProfile | undefined;
  for await (const line of lines) {
    if (/^\/(quit|exit)\b/.test(line.trim())) break;
    if (eligible || (!wizard && /^\/eligible\b/.test(line.trim()))) {
      const step = eligible ? eligibleConsoleLine(core, eligible, line) : startEligibleConsole(profile);
      eligible = step.state;
      if ("base" in step && step.base) profile = step.base;
      io.stdout.write(`${step.output}\n\n> `);
      continue;
    }
    if (wizard || /^\/crs\b/.test(line.trim())) {
      const step = wizard ? wizardLine(core, wizard, line) : { state: startWizard(), output: wizardPrompt(startWizard()) };
      wizard = step.state;
      if ("profile" in step && step.profile) profile = step.profile;
      io.stdout.write(`${step.output}\n\n> `);
      continue;
    }
    const reply = await answerLine(core, line);
    if (reply) io.stdout.write(`${replyToText(reply)}\n\n`);
    io.stdout.write("> ");
  }
  lines.close();
  io.stdout.write("\nBye.\n");
  return 0;
}
