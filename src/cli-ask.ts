import { createInterface } from "node:readline";
import { parse, UsageError, write, type Handler } from "./cli-args.ts";
import { replyToText } from "./core/reply.ts";

/**
 * `ee-bot ask "question"`: the answer as plain text.
 * `ee-bot ask --jsonl`: one question per line on stdin, one JSON object per line on stdout.
 */
export const askCommand: Handler = async (args, io, open) => {
  const { values, positionals } = parse(args, { jsonl: { type: "boolean" } }, Infinity);
  const core = await open();
  if (values.jsonl) {
    if (positionals.length) throw new UsageError("ask --jsonl reads questions from stdin, one per line; give no question on the command line");
    const lines = createInterface({ input: io.stdin, terminal: false });
    for await (const line of lines) {
      const question = line.trim();
      if (!question) continue;
      const a = await core.qa.answer(question);
      write(io.stdout, JSON.stringify({ question, answer: replyToText(a.reply), topic: a.topic, confidence: Number(a.confidence.toFixed(2)) }));
    }
    return 0;
  }
  const question = positionals.join(" ").trim();
  if (!question) throw new UsageError('ask needs a question, e.g. ee-bot ask "when was the last CEC draw?"');
  const a = await core.qa.answer(question);
  write(io.stdout, replyToText(a.reply));
  return 0;
};
