import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot } from "grammy";
import { createConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { startApp } from "../src/start.ts";
import { FakeTelegram, tg } from "../test/helpers/fake-telegram.ts";
import { fmt, percentile, report } from "./harness.ts";

const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";
const N = 400;
/** Updates per block; the bots take turns block by block, so the machine's load weighs on each alike. */
const BLOCK = 20;
const WARM_UP_ROUNDS = 2;

let nextUser = 1_000_000; // a new user each time: the flood guard is per user

/** Time from an update arriving at the fake Bot API to the bot's reply reaching it, sequentially. */
async function block(fake: FakeTelegram, text: string, samples: number[] | undefined): Promise<void> {
  for (let i = 0; i < BLOCK; i++) {
    const user = nextUser++;
    const replied = fake.nextCall((c) => c.method === "sendMessage" && c.payload.chat_id === user);
    const start = performance.now();
    fake.push(tg.message(text, { from: tg.user(user) }));
    await replied;
    samples?.push(performance.now() - start);
  }
}

export async function benchTelegram(): Promise<void> {
  // Baseline: a bare grammY bot echoing the text, on its own fake server, running beside ee-bot.
  const echoFake = await new FakeTelegram(TOKEN).start();
  const echo = new Bot(TOKEN, { client: { apiRoot: echoFake.url } });
  echo.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
  void echo.start();
  await echoFake.waitFor((calls) => calls.some((c) => c.method === "getUpdates"));

  const fake = await new FakeTelegram(TOKEN).start();
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-bench-"));
  const config = createConfig({ STORE_URL: `sqlite://${join(dir, "s.sqlite")}`, DRAWS_FEED_URL: "http://127.0.0.1:9/none", TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, LOG_LEVEL: "silent" });
  const app = await startApp(config, { logger: silentLogger });
  await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates"));

  const baseline: number[] = [];
  const latest: number[] = [];
  const question: number[] = [];
  for (let round = -WARM_UP_ROUNDS; round < N / BLOCK; round++) {
    const keep = round >= 0;
    await block(echoFake, "/latest", keep ? baseline : undefined);
    await block(fake, "/latest", keep ? latest : undefined);
    await block(fake, "when was the last CEC draw?", keep ? question : undefined);
  }
  await app.stop();
  await fake.close();
  await echo.stop();
  await echoFake.close();
  rmSync(dir, { recursive: true, force: true });

  const row = (name: string, s: number[]) => {
    const p50 = percentile(s, 50);
    return [name, `p50 ${fmt(p50, 2)} ms · p99 ${fmt(percentile(s, 99), 2)} ms · ${fmt(p50 / percentile(baseline, 50), 2)}× the echo bot (p50)`] as [string, string];
  };
  report(`Telegram: update → reply, ${N} sequential updates each over long polling on 127.0.0.1, in turns of ${BLOCK} (targets: ≤ 1.5× echo, p99 < 20 ms)`, [
    row("bare grammY echo bot (baseline)", baseline),
    row("ee-bot /latest", latest),
    row("ee-bot free-text question", question),
  ]);
}
