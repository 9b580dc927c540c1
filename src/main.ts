import { runCli } from "./cli.ts";
import { parse, UsageError, type Io } from "./cli-args.ts";
import { runConsole } from "./console.ts";
import { createConfig } from "./config.ts";
import { createLogger, scrubbingStream, secretScrubber } from "./logger.ts";
import { secretsOf, secretsOfEnv } from "./config.ts";

/** How long `ee-bot start` waits for a clean stop after SIGTERM before it exits anyway. */
const STOP_WITHIN_MS = 4_000;

/**
 * Composition root: `ee-bot start` wires the core to the configured platforms (or to the local
 * console when no token is set) and stops cleanly on SIGTERM/SIGINT. Other commands are the CLI.
 */
export async function main(argv: string[], given: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  // Errors print outside the logger too (a wrong setting, a platform refusing at start-up, a crash):
  // every line to stderr goes through the same secret scrubbing, with the secrets as the environment gives them.
  const scrub = secretScrubber(secretsOfEnv(given.env));
  const io: Io = { ...given, stderr: scrubbingStream(given.stderr, scrub) };
  try {
    return await commands(argv, io);
  } catch (error) {
    io.stderr.write(`ee-bot: unexpected error: ${scrub(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

function commands(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, {
    "register-commands": async (args, io) => {
      const { values } = parse(args, { guild: { type: "string" } });
      const config = createConfig(io.env);
      if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
        io.stderr.write("ee-bot register-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example)\n");
        return 2;
      }
      if (values.guild !== undefined && !/^\d{15,25}$/.test(values.guild)) throw new UsageError(`--guild must be a server id (digits), not "${values.guild}"`);
      try {
        const { registerCommands } = await import("./bots/discord/run.ts"); // discord.js loads only when needed
        const n = await registerCommands({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID, apiUrl: config.DISCORD_API_URL, ...(values.guild ? { guildId: values.guild } : {}) });
        io.stdout.write(`Registered ${n} slash commands ${values.guild ? `in server ${values.guild} (available now)` : "globally (Discord may take up to an hour to show them)"}.\n`);
        return 0;
      } catch (error) {
        io.stderr.write(`ee-bot register-commands: Discord refused: ${(error as Error).message}\n`);
        return 1;
      }
    },
    start: async (args, io, open) => {
      if (args.length) {
        io.stderr.write(`ee-bot start takes no arguments (settings come from the environment, see .env.example)\n`);
        return 2;
      }
      const config = createConfig(io.env);
      if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) return runConsole(await open(), io);
      const logger = createLogger(config.LOG_LEVEL, secretsOf(config));
      let app;
      try {
        const { startApp } = await import("./start.ts"); // the platforms' libraries load only to run the bots
        app = await startApp(config, { logger });
      } catch (error) {
        logger.error({ message: (error as Error).message }, "ee-bot could not start");
        io.stderr.write(`ee-bot could not start: ${(error as Error).message}\n`);
        return 1;
      }
      io.stdout.write(`ee-bot is running on ${app.platforms.join(" and ")}. Stop it with Ctrl+C.\n`);
      await new Promise<void>((resolve) => {
        process.once("SIGTERM", resolve);
        process.once("SIGINT", resolve);
      });
      // Container platforms kill a process a few seconds after SIGTERM: stop between two messages,
      // give up waiting after STOP_WITHIN_MS, and exit even if a connection still lingers.
      logger.info({}, "stopping");
      process.once("SIGTERM", () => process.exit(1)); // a second signal: no more waiting
      process.once("SIGINT", () => process.exit(1));
      const stopped = await Promise.race([app.stop().then(() => true), new Promise<false>((r) => setTimeout(() => r(false), STOP_WITHIN_MS).unref())]);
      if (!stopped) logger.warn({}, "stopping took too long; exiting anyway (the outbox resumes on the next start)");
      setTimeout(() => process.exit(0), 500).unref();
      return 0;
    },
  });
}
