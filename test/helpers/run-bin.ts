import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { testStoreUrl } from "./pg-store.ts";

export const BIN = fileURLToPath(new URL("../../bin/ee-bot", import.meta.url));

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/ee-bot` as a user would, with the given environment and standard input. */
export function runBin(args: string[], env: Record<string, string>, input = "", timeoutMs = 30_000): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
      cwd: tmpdir(),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/** A temporary directory with its own store (SQLite, or a PostgreSQL schema under TEST_STORE=postgres) for CLI runs; the feed URL defaults to a closed port. */
export function cliSandbox(feedUrl = "http://127.0.0.1:9/none"): { dir: string; env: Record<string, string>; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-cli-"));
  const store = testStoreUrl(dir);
  return {
    dir,
    env: { STORE_URL: store.url, DRAWS_FEED_URL: feedUrl },
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true });
      await store.drop();
    },
  };
}

/** Runs the CLI in this process (the same code as bin/ee-bot, without the process start-up), for quick usage checks. */
export async function runCliInProcess(args: string[], env: Record<string, string>, input = ""): Promise<BinResult> {
  const { PassThrough, Readable } = await import("node:stream");
  const { main } = await import("../../src/main.ts");
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (d) => (stdout += d));
  err.on("data", (d) => (stderr += d));
  const code = await main(args, { stdout: out, stderr: err, stdin: Readable.from([input]), env: { LOG_LEVEL: "warn", ...env } });
  return { code, stdout, stderr };
}
