import { runCli, type Io } from "./cli.ts";
import { runConsole } from "./console.ts";

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
      const core = await open();
      return runConsole(core, io);
    },
  });
}
