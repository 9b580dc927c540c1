import { runEval, summarise } from "./run-eval.ts";

/** `npm run eval`: the question-answering accuracy, per topic, and each miss. */
const { results, cleanup } = await runEval();
const s = summarise(results);
console.log(`Question answering: ${s.ok}/${s.total} correct (${(s.accuracy * 100).toFixed(1)}%)`);
console.log(`  French: ${results.filter((r) => r.case.lang === "fr").length}, with typos or slang: ${results.filter((r) => r.case.typo).length}\n`);
for (const [topic, t] of [...s.byTopic.entries()].sort()) console.log(`  ${topic.padEnd(24)} ${t.ok}/${t.total}  ${((t.ok / t.total) * 100).toFixed(0)}%`);
const misses = results.filter((r) => !r.ok);
if (misses.length) console.log("\nMisses:");
for (const m of misses)
  console.log(`  “${m.case.q}” → ${m.topic} (${m.lang}, ${m.confidence.toFixed(2)}); wanted ${m.case.topic} (${m.case.lang})${m.missing.length ? `; missing ${JSON.stringify(m.missing)}` : ""}`);
await cleanup();
