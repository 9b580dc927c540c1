import { benchBroadcast } from "./broadcast.bench.ts";
import { benchChatState } from "./chat-state.bench.ts";
import { benchCharts } from "./charts.bench.ts";
import { benchCopies } from "./copies.bench.ts";
import { benchCrs } from "./crs.bench.ts";
import { benchDiscord } from "./discord.bench.ts";
import { benchDraws } from "./draws.bench.ts";
import { benchStore } from "./store.bench.ts";
import { benchSubscribe } from "./subscribe.bench.ts";
import { benchTelegram } from "./telegram.bench.ts";
import { benchScale } from "./scale.bench.ts";
import { machine } from "./harness.ts";

/** `npm run bench`: every benchmark, with the machine it ran on. `npm run bench -- NAME` runs one. */
const BENCHES: Record<string, () => void | Promise<void>> = {
  draws: benchDraws,
  crs: benchCrs,
  telegram: benchTelegram,
  discord: benchDiscord,
  broadcast: benchBroadcast,
  subscribe: benchSubscribe,
  charts: benchCharts,
  scale: benchScale,
  store: benchStore,
  copies: benchCopies,
  "chat-state": benchChatState,
};

const only = process.argv.slice(2);
console.log(`ee-bot benchmarks — ${machine()}`);
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length && !only.includes(name)) continue;
  await run();
}
