import { parse, printReply, UsageError, write, type Handler, type Io } from "./cli-args.ts";
import { ConfigError, createConfig, secretsOf, type Config } from "./config.ts";
import { openCore, type Core } from "./core/app.ts";
import { commandsOn } from "./core/commands/catalogue.ts";
import { categoryOption, drawCommand, latestCommand, listCommand, statsCommand } from "./core/draws/replies.ts";
import { runTextCommand } from "./core/commands/text-router.ts";
import { findRound, latestRound, listRounds, withChange, yearStats } from "./core/draws/queries.ts";
import { isoDate, silentLogger, type Logger } from "./core/ports.ts";
import { createLogger } from "./logger.ts";
import { messages } from "./content/messages.ts";
import { parseIsoDate } from "./core/draws/date-text.ts";

/**
 * The `ee-bot` command line. Plain text for people, `--json` for scripts. Unknown options and bad
 * values print a usage message and exit 2.
 */


/** The catalogue's text commands the CLI has no command of its own for. */
const OWN = new Set(["draws", "stats", "crs", "ask", "help", "start", "sync", "eligible", "noc"]);
const CHAT_COMMANDS = commandsOn("console").filter((c) => c.run && !c.hidden && !OWN.has(c.name));
const CHAT_USAGE = CHAT_COMMANDS.map((c) => `  ${`${c.name} ${c.words.args?.en ?? ""}`.trim().padEnd(38)} ${c.words.description.en}`).join("\n");

export const USAGE = `Usage: ee-bot <command> [options]

Commands:
  start                                  run the bots (or a local console chat when no token is set)
  register-commands [--guild ID]         register the Discord slash commands (globally, or in one server)
  draws latest [--category KEY]          the latest round, overall or of a category
  draws show N                           one round by number (e.g. 434, 91a), with IRCC's later edits
  draws list [--category KEY] [--year Y] [--limit N]
                                         rounds, newest first (default limit 10)
  draws edits [--limit N]                the latest changes IRCC made to published rounds (default 20)
  stats [YEAR] [--as-of YYYY-MM-DD]      a year's rounds and invitations, compared with earlier years
  sync                                   fetch IRCC's feed once and print what is new or edited
  ask "QUESTION"                         a question in plain words (English or French), answered as text
  ask --jsonl                            questions on stdin, one per line → JSON lines {question, answer, topic, confidence}
  crs FILE [--lang fr]                   a CRS score explained: each factor, what would raise it, recent rounds
  crs --json [FILE]                      score one profile or an array (stdin by default) as JSON
  eligible FILE [--lang fr]              which programs (FSW, CEC, FST) and 2026 categories a profile is eligible for, and why not
  eligible --json [FILE]                 the same as JSON for one profile or an array (stdin by default)
  noc CODE|TITLE [--lang fr]             a NOC 2021 occupation: TEER, programs, 2026 categories (title in English or French)
  help                                   this text

Chat commands, answered here as in the chat (e.g. ee-bot records cec):
${CHAT_USAGE}

Options:
  --json                                 machine-readable output (draws, stats, sync, crs, eligible)

Categories: general, cec, pnp, fsw, fst, french, healthcare, stem, trades, transport, agriculture,
education, physicians, senior-managers, military.
Settings come from the environment (see .env.example).`;




function positiveInt(value: string | undefined, what: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${what} must be a whole number from 1 to ${max}, not "${value}"`);
  return Number(value);
}

function yearArg(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value) || Number(value) < 2015) throw new UsageError(`the year must be 2015 or later (Express Entry began in 2015), not "${value}"`);
  return Number(value);
}



const draws: Handler = async (args, io, open) => {
  const [sub, ...rest] = args;
  const lang = "en" as const;
  if (sub === "latest") {
    const { values } = parse(rest, { category: { type: "string" } });
    const core = await open();
    const cat = categoryOption(core.store, values.category, lang);
    if (cat.error) return printReply(io, cat.error);
    const round = values.json ? latestRound(core.store.all(), cat.key) : undefined;
    if (round) return json(io, withChange(core.store.all(), round));
    return printReply(io, latestCommand(core, { ...(cat.key ? { category: cat.key } : {}), lang }));
  }
  if (sub === "show") {
    const { values, positionals } = parse(rest, {}, 1);
    if (!positionals[0]) throw new UsageError("draws show needs a round number, e.g. ee-bot draws show 434");
    const core = await open();
    const round = values.json ? findRound(core.store.all(), positionals[0]) : undefined;
    if (round) return json(io, { ...withChange(core.store.all(), round), edits: await core.store.edits(round.id) });
    return printReply(io, await drawCommand(core, { id: positionals[0], lang }));
  }
  if (sub === "list") {
    const { values } = parse(rest, { category: { type: "string" }, year: { type: "string" }, limit: { type: "string" } });
    const year = yearArg(values.year);
    const limit = positiveInt(values.limit, "--limit", 10_000) ?? 10;
    const core = await open();
    const cat = categoryOption(core.store, values.category, lang);
    if (cat.error) return printReply(io, cat.error);
    const filter = { ...(cat.key ? { category: cat.key } : {}), ...(year ? { year } : {}), limit };
    if (values.json) return json(io, listRounds(core.store.all(), filter));
    return printReply(io, listCommand(core, { ...filter, lang }));
  }
  if (sub === "edits") {
    const { values } = parse(rest, { limit: { type: "string" } });
    const limit = positiveInt(values.limit, "--limit", 10_000) ?? 20;
    const core = await open();
    const edits = await core.store.recentEdits(limit);
    if (values.json) return json(io, edits);
    // A changed pool or other document is summed up: its whole text is for --json.
    const show = (v: unknown) => (v !== null && typeof v === "object" ? "(changed)" : JSON.stringify(v));
    const lines = edits.length
      ? [`The latest ${edits.length} change${edits.length === 1 ? "" : "s"} IRCC made to published rounds, newest first:`, ...edits.map((e) => `  #${e.roundId} ${e.field}: ${show(e.old)} → ${show(e.new)} (seen ${e.seenAt.slice(0, 10)})`)]
      : ["IRCC has not edited a published round since this store began."];
    write(io.stdout, lines.join("\n"));
    return 0;
  }
  throw new UsageError(sub ? `unknown draws command "${sub}" (latest, show, list or edits)` : "draws needs a command: latest, show, list or edits");
};

const stats: Handler = async (args, io, open) => {
  const { values, positionals } = parse(args, { "as-of": { type: "string" } }, 1);
  const year = yearArg(positionals[0]);
  let asOf: string | undefined;
  if (values["as-of"] !== undefined) {
    asOf = parseIsoDate(values["as-of"]) ?? undefined;
    if (!asOf) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${values["as-of"]}"`);
  }
  const core = await open();
  if (values.json) {
    const at = asOf ?? isoDate(core.clock);
    return json(io, yearStats(core.store.all(), year ?? Number(at.slice(0, 4)), at));
  }
  return printReply(io, statsCommand(core, { ...(year ? { year } : {}), ...(asOf ? { asOf } : {}), lang: "en" }));
};

const syncCmd: Handler = async (args, io, open) => {
  const { values } = parse(args, {});
  const core = await open();
  const result = await core.sync();
  const m = messages("en");
  if (values.json) {
    json(io, { status: result.status, reason: result.reason ?? null, added: result.added, edited: result.edited, rejected: result.rejected });
  } else {
    const lines =
      result.status === "updated" ? [m.syncUpdated(result.added.length, result.edited.length)]
      : result.status === "unchanged" ? [m.syncUnchanged]
      : result.status === "stale" ? [m.syncStale(result.reason ?? "")]
      : [m.syncFailed(result.reason ?? "unknown error")];
    for (const r of result.added) lines.push(`  new: #${r.id} ${r.date} ${r.category.label}, ${r.size} invitations, CRS ${r.crs}`);
    for (const e of result.edited) for (const c of e.changes) lines.push(`  edited: #${e.round.id} ${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`);
    for (const r of result.rejected) lines.push(`  skipped: round ${r.id ?? `at position ${r.index}`}: ${r.reason}`);
    write(result.status === "failed" ? io.stderr : io.stdout, lines.join("\n"));
  }
  return result.status === "failed" ? 1 : 0;
};

function json(io: Io, value: unknown): number {
  write(io.stdout, JSON.stringify(value, null, 2));
  return 0;
}

/** A catalogue command run as in the console, its words after the name. */
const chatCommand =
  (name: string): Handler =>
  async (args, io, open) => {
    const reply = await runTextCommand(name, args.join(" "), await open(), { lang: "en", surface: "console" });
    return printReply(io, reply ?? { error: true, lines: [`unknown command ${name}`] });
  };

const COMMANDS: Record<string, Handler> = { ...Object.fromEntries(CHAT_COMMANDS.map((c) => [c.name, chatCommand(c.name)])), draws, stats, sync: syncCmd, crs: (...a) => import("./cli-crs.ts").then((m) => m.crsCommand(...a)),
  ask: (...a) => import("./cli-ask.ts").then((m) => m.askCommand(...a)),
  eligible: (...a) => import("./cli-eligible.ts").then((m) => m.eligibleCommand(...a)),
  noc: (...a) => import("./cli-eligible.ts").then((m) => m.nocCliCommand(...a)),
};

/** Runs the CLI. `start` is handled by main.ts; everything else here. Returns the exit code. */
export async function runCli(argv: string[], io: Io, extra: Record<string, Handler> = {}): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    write(command ? io.stdout : io.stderr, USAGE);
    return command ? 0 : 2;
  }
  const handler = extra[command] ?? COMMANDS[command];
  if (!handler) {
    write(io.stderr, `ee-bot: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  let config: Config;
  try {
    config = createConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      write(io.stderr, error.message);
      return 2;
    }
    throw error;
  }
  let core: Core | undefined;
  const logger: Logger = command === "start" ? createLogger(config.LOG_LEVEL, secretsOf(config)) : cliLogger(config);
  const open = async () => (core ??= await openCore(config, { logger }));
  try {
    return await handler(args, io, open);
  } catch (error) {
    if (error instanceof UsageError) {
      write(io.stderr, `ee-bot ${command}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    await core?.close();
  }
}

/** One-shot commands log warnings and errors only, unless LOG_LEVEL asks for more detail. */
function cliLogger(config: Config): Logger {
  if (config.LOG_LEVEL === "silent") return silentLogger;
  return createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, secretsOf(config));
}
