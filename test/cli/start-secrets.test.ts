import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox, runBin } from "../helpers/run-bin.ts";

/** Start-up failures print through the same secret scrubbing as the logs. */

const TOKEN = "123456:LEAKY-token-abcdefghijklmnopqrstuvwxyz";
const DISCORD = "MTAwMDAwMDAwMDAwMDAwMDAx.Gleak0.discord-leaky-token-abcdefghijklm";

let server: Server;
let url = "";
let sandbox: ReturnType<typeof cliSandbox>;
beforeAll(async () => {
  // A misconfigured Bot API server (TELEGRAM_API_ROOT) whose error quotes the request path, which
  // holds the token (/bot<token>/getMe).
  server = createServer((req, res) =>
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 404, description: `Not Found: no route for ${req.url}` })),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox = cliSandbox();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  sandbox.cleanup();
});

const leaks = (out: string, token: string) => [token, token.slice(token.indexOf(":") + 1), encodeURIComponent(token)].filter((form) => out.includes(form));

describe("ee-bot start never prints a token", () => {
  it("when start-up fails with an error whose message quotes the token", async () => {
    const r = await runBin(["start"], { ...sandbox.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: url, LOG_LEVEL: "debug" }, "", 30_000);
    const out = r.stdout + r.stderr;
    expect(r.code).toBe(1);
    expect(out).toContain("could not start");
    expect(out).toContain("[redacted]");
    expect(leaks(out, TOKEN)).toEqual([]);
  }, 60_000);

  it("when a setting is wrong, with tokens set", async () => {
    const r = await runBin(["start"], { ...sandbox.env, TELEGRAM_BOT_TOKEN: TOKEN, DISCORD_TOKEN: DISCORD, TELEGRAM_API_ROOT: `https://api.telegram.org/bot${TOKEN}/`, DRAWS_POLL_SECONDS: DISCORD });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("TELEGRAM_API_ROOT");
    expect(leaks(r.stdout + r.stderr, TOKEN)).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain(DISCORD);
  }, 60_000);
});
