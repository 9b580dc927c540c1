import { QuestionAnswerer } from "../../src/core/qa/answer.ts";
import { CATALOGUE } from "../../src/core/commands/catalogue.ts";
import { greetingText } from "../../src/core/commands/help.ts";
import { replyToText } from "../../src/core/reply.ts";
import { snapshotRounds, tempStore } from "../helpers/fixtures.ts";
import { EVAL_NOW, EVAL_SET, type EvalCase } from "./eval-set.ts";

export interface EvalResult {
  case: EvalCase;
  ok: boolean;
  topic: string;
  lang: string;
  confidence: number;
  missing: string[];
  text: string;
}

/** Runs the evaluation set against the real engine over a real SQLite store seeded from the snapshot. */
export async function runEval(): Promise<{ results: EvalResult[]; cleanup: () => Promise<void> }> {
  const t = await tempStore();
  await t.store.upsert(snapshotRounds(), "2026-08-08T00:00:00.000Z");
  const qa = new QuestionAnswerer({ store: t.store, clock: () => new Date(EVAL_NOW), greeting: (lang) => greetingText(CATALOGUE, lang) });
  const results: EvalResult[] = [];
  for (const c of EVAL_SET) {
    const a = await qa.answer(c.q);
    const text = replyToText(a.reply);
    const missing = c.facts.filter((f) => !text.toLowerCase().includes(f.toLowerCase()));
    const ok = a.topic.startsWith(c.topic) && (c.topic !== "latest-round" || a.topic === "latest-round" || c.topic.includes(":")) && a.lang === c.lang && missing.length === 0;
    results.push({ case: c, ok, topic: a.topic, lang: a.lang, confidence: a.confidence, missing, text });
  }
  return { results, cleanup: t.cleanup };
}

/** Accuracy overall and per expected topic family. */
export function summarise(results: EvalResult[]) {
  const family = (topic: string) => topic.split(":")[0]!;
  const byTopic = new Map<string, { ok: number; total: number }>();
  for (const r of results) {
    const k = family(r.case.topic);
    const s = byTopic.get(k) ?? { ok: 0, total: 0 };
    s.total++;
    if (r.ok) s.ok++;
    byTopic.set(k, s);
  }
  const ok = results.filter((r) => r.ok).length;
  return { accuracy: ok / results.length, ok, total: results.length, byTopic };
}
