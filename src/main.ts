import { runCli } from "./cli.ts";
import { parse, UsageError, type Io } from "./cli-args.ts";
import { runConsole } from "./console.ts";
import { createConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { secretsOf } from "./config.ts";

/**
 * Composition root: `ee-bot start` wires the core to the configured platforms (or to the local
 * console when no token is set) and stops cleanly on SIGTERM/SIGINT. Other commands are the CLI.
 */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
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
      logger.info({}, "stopping");
      await app.stop();
      return 0;
    },
  });
}
