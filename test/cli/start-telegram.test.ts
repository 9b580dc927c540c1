import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram, tg } from "../helpers/fake-telegram.ts";
import { BIN, cliSandbox } from "../helpers/run-bin.ts";
import { TOKEN } from "../helpers/telegram-app.ts";

let fake: FakeTelegram;
let sandbox: ReturnType<typeof cliSandbox>;
beforeAll(async () => {
  fake = await new FakeTelegram(TOKEN).start();
  sandbox = cliSandbox();
});
afterAll(async () => {
  await fake.close();
  await sandbox.cleanup();
});

describe("bin/ee-bot start with a Telegram token", () => {
  it("runs the bot, answers, stops cleanly on SIGTERM and never prints the token", async () => {
    const child = spawn(process.execPath, [BIN, "start"], {
      env: { PATH: process.env.PATH ?? "", ...sandbox.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, LOG_LEVEL: "debug" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates"), 20_000);
    const since = fake.calls.length;
    fake.push(tg.message("/latest", { from: tg.user(800) }));
    expect((await fake.nextMessage(800, since)).text).toContain("#434");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out).toContain("ee-bot is running on telegram");
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(TOKEN.split(":")[1]);
  });

  it("with a token Telegram refuses, says so and exits non-zero without printing it", async () => {
    const child = spawn(process.execPath, [BIN, "start"], {
      env: { PATH: process.env.PATH ?? "", ...sandbox.env, TELEGRAM_BOT_TOKEN: "999999:WRONG-token-abcdefghijklmnopqrstu", TELEGRAM_API_ROOT: fake.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(out).toMatch(/could not start.*401/);
    expect(out).not.toContain("WRONG-token");
  });
});
