import { runCli, type Io } from "./cli.ts";
import { runConsole } from "./console.ts";
import { createConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { secretsOf } from "./config.ts";
import { startApp } from "./start.ts";

/**
 * Composition root: `ee-bot start` wires the core to the configured platforms (or to the local
 * console when no token is set) and stops cleanly on SIGTERM/SIGINT. Other commands are the CLI.
 */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  return runCli(argv, io, {
    start: async (args, io, open) => {
      if (args.length) {
        io.stderr.write(`ee-bot start takes no arguments (settings come from the environment, see .env.example)\n`);
        return 2;
      }
      const config = createConfig(io.env);
      if (!config.TELEGRAM_BOT_TOKEN) return runConsole(await open(), io);
      const logger = createLogger(config.LOG_LEVEL, secretsOf(config));
      let app;
      try {
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
