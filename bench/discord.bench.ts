import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, Events, GatewayIntentBits } from "discord.js";
import { createConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { startApp } from "../src/start.ts";
import { FakeDiscord, interaction, slash } from "../test/helpers/fake-discord.ts";
import { fmt, percentile, report } from "./harness.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.Gbench.discord-bench-token-abcdefghijklmnop";
const N = 400;
/** Interactions per block; the bots take turns block by block, so the machine's load weighs on each alike. */
const BLOCK = 20;
const WARM_UP_ROUNDS = 2;

// A new user each time: the per-user rate limit would otherwise answer most with "slow down".
let nextUser = 940_000_000_000_100_000n;

async function block(fake: FakeDiscord, data: () => Record<string, unknown>, samples: number[] | undefined): Promise<void> {
  for (let i = 0; i < BLOCK; i++) {
    const payload = interaction(2, data(), { userId: String(nextUser++) });
    const answered = fake.nextCall((c) => c.path === `/interactions/${payload.id}/${payload.token}/callback`);
    const start = performance.now();
    fake.dispatch("INTERACTION_CREATE", payload);
    await answered;
    samples?.push(performance.now() - start);
  }
}

/** Interaction → reply time of ee-bot against a bare discord.js bot answering a constant, each on its own fake, both running at once. */
export async function benchDiscord(): Promise<void> {
  const bareFake = await new FakeDiscord().start();
  const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: `${bareFake.url}/api` } });
  bare.on(Events.InteractionCreate, (i) => void (i.isRepliable() && i.reply("pong")));
  const ready = new Promise((r) => bare.once(Events.ClientReady, r));
  await bare.login(TOKEN);
  await ready;

  const fake = await new FakeDiscord().start();
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-bench-"));
  const config = createConfig({ STORE_URL: `sqlite://${join(dir, "s.sqlite")}`, DRAWS_FEED_URL: "http://127.0.0.1:9/none", DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `${fake.url}/api`, LOG_LEVEL: "silent" });
  const app = await startApp(config, { logger: silentLogger });

  const baseline: number[] = [];
  const latest: number[] = [];
  const ask: number[] = [];
  const question = () => slash("ask", [{ name: "question", value: "when was the last CEC draw?", type: 3 }]);
  for (let round = -WARM_UP_ROUNDS; round < N / BLOCK; round++) {
    const keep = round >= 0;
    await block(bareFake, () => slash("latest"), keep ? baseline : undefined);
    await block(fake, () => slash("latest"), keep ? latest : undefined);
    await block(fake, question, keep ? ask : undefined);
  }
  await app.stop();
  await fake.close();
  await bare.destroy();
  await bareFake.close();
  rmSync(dir, { recursive: true, force: true });

  const row = (name: string, s: number[]) =>
    [name, `p50 ${fmt(percentile(s, 50), 2)} ms · p99 ${fmt(percentile(s, 99), 2)} ms · ${fmt(percentile(s, 50) / percentile(baseline, 50), 2)}× the bare bot (p50)`] as [string, string];
  report(`Discord: interaction → reply, ${N} sequential interactions each over the gateway on 127.0.0.1, in turns of ${BLOCK} (target: ≤ 1.5× the bare bot)`, [
    row("bare discord.js bot replying a constant (baseline)", baseline),
    row("ee-bot /latest (embed)", latest),
    row("ee-bot /ask (free-text question)", ask),
  ]);
}
