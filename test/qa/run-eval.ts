import { QuestionAnswerer } from "../../src/core/qa/answer.ts";
import { CATALOGUE } from "../../src/core/commands/catalogue.ts";
import { greetingText } from "../../src/core/commands/help.ts";
import { replyToText } from "../../src/core/reply.ts";
import { snapshotRounds, tempStore } from "../helpers/fixtures.ts";
import { factText, hasFact } from "./eval/match.ts";
import { EVAL_LATE, EVAL_NOW, type EvalCase } from "./eval/types.ts";

export interface EvalResult {
  case: EvalCase;
  ok: boolean;
  /** The engine's topic: shown beside a miss, never judged. */
  topic: string;
  lang: string;
  confidence: number;
  missing: string[];
  /** Forbidden facts the answer contained. */
  wrong: string[];
  text: string;
}

/** Confident (≥ 0.5) and not right: the answers someone might act on. */
export const CONFIDENT = 0.5;
export const confidentlyWrong = (r: EvalResult) => !r.ok && r.confidence >= CONFIDENT;

/** Judges one answer: its language, every fact present, no forbidden fact, and for "unsure" questions a confidence below 0.5. */
export function judge(c: EvalCase, answer: { text: string; lang: string; confidence: number }) {
  const missing = c.facts.filter((f) => !hasFact(answer.text, f)).map(factText);
  const wrong = (c.not ?? []).filter((f) => hasFact(answer.text, f)).map(factText);
  const calibrated = c.kind !== "unsure" || answer.confidence < CONFIDENT;
  return { ok: answer.lang === c.lang && missing.length === 0 && wrong.length === 0 && calibrated, missing, wrong };
}

/**
 * Runs cases against the real engine over a real SQLite store seeded from the snapshot (last synced the
 * day after round #434), at EVAL_NOW or, for freshness cases, at EVAL_LATE.
 */
export async function runEval(cases: readonly EvalCase[]): Promise<{ results: EvalResult[]; cleanup: () => Promise<void> }> {
  const t = await tempStore();
  await t.store.upsert(snapshotRounds(), "2026-08-08T00:00:00.000Z");
  const greeting = (lang: "en" | "fr") => greetingText(CATALOGUE, lang);
  const engines = {
    now: new QuestionAnswerer({ store: t.store, clock: () => new Date(EVAL_NOW), greeting }),
    late: new QuestionAnswerer({ store: t.store, clock: () => new Date(EVAL_LATE), greeting }),
  };
  const results: EvalResult[] = [];
  for (const c of cases) {
    const a = await engines[c.clock ?? "now"].answer(c.q);
    const text = replyToText(a.reply);
    const verdict = judge(c, { text, lang: a.lang, confidence: a.confidence });
    results.push({ case: c, ...verdict, topic: a.topic, lang: a.lang, confidence: a.confidence, text });
  }
  return { results, cleanup: t.cleanup };
}

/** Accuracy overall and per kind, and the confidently wrong answers. */
export function summarise(results: readonly EvalResult[]) {
  const byKind = new Map<string, { ok: number; total: number }>();
  for (const r of results) {
    const s = byKind.get(r.case.kind) ?? { ok: 0, total: 0 };
    s.total++;
    if (r.ok) s.ok++;
    byKind.set(r.case.kind, s);
  }
  const ok = results.filter((r) => r.ok).length;
  return { accuracy: ok / results.length, ok, total: results.length, byKind, confidentlyWrong: results.filter(confidentlyWrong) };
}
