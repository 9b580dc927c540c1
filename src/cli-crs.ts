import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { UsageError, parse, printReply, write, type Handler, type Io } from "./cli-args.ts";
import { crsReply } from "./core/commands/crs.ts";
import { calculate } from "./core/crs/calculate.ts";
import { formatFieldErrors, validateProfile } from "./core/crs/profile.ts";
import { isoDate } from "./core/ports.ts";
import { JsonStreamError, readJson, type JsonInput } from "./json-stream.ts";

/**
 * `ee-bot crs --json [FILE]`: one profile or an array (stdin by default) → the documented JSON,
 * streamed profile by profile for an array.
 * `ee-bot crs FILE`: the explanation, the what-ifs and the comparison with recent rounds.
 */

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk;
  return text;
}

const cannotRead = (file: string | undefined, error: unknown) =>
  `ee-bot crs: cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`;

/** Waits until `stream` takes more when a write says it is full. */
async function put(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
}

const scoreOrError = (item: unknown) => {
  const check = validateProfile(item);
  return check.ok ? calculate(check.profile) : { error: formatFieldErrors(check.errors).replace(/\n/g, "; "), fields: check.errors };
};

/**
 * `crs --json`: an array is read and written one profile at a time (its output is the same as
 * JSON.stringify(results, null, 2), without holding either the input or the results), so a file of
 * a million profiles streams through in constant memory. One profile is scored on its own.
 */
async function scoreJson(file: string | undefined, io: Io): Promise<number> {
  let input: JsonInput;
  try {
    input = await readJson(!file || file === "-" ? (io.stdin as AsyncIterable<Buffer>) : createReadStream(file));
  } catch (error) {
    if (error instanceof JsonStreamError) write(io.stderr, `ee-bot crs: ${error.message}. See CRS-PROFILE in the README for the format.`);
    else write(io.stderr, cannotRead(file, error));
    return 1;
  }
  if (input.kind === "value") {
    const check = validateProfile(input.value);
    if (!check.ok) {
      write(io.stderr, `ee-bot crs: the profile is not valid:\n${formatFieldErrors(check.errors)}`);
      return 1;
    }
    write(io.stdout, JSON.stringify(calculate(check.profile), null, 2));
    return 0;
  }
  let count = 0;
  try {
    for await (const item of input.items) {
      await put(io.stdout, `${count ? ",\n" : "[\n"}  ${JSON.stringify(scoreOrError(item), null, 2).replace(/\n/g, "\n  ")}`);
      count++;
    }
  } catch (error) {
    // What was scored stays a valid JSON array; the exit code and stderr say the input broke off.
    await put(io.stdout, count ? "\n]\n" : "[]\n");
    const message = error instanceof JsonStreamError ? error.message : cannotRead(file, error).replace(/^ee-bot crs: /, "");
    write(io.stderr, `ee-bot crs: ${message} (after ${count} profile${count === 1 ? "" : "s"}). See CRS-PROFILE in the README for the format.`);
    return 1;
  }
  await put(io.stdout, count ? "\n]\n" : "[]\n");
  return 0;
}

export const crsCommand: Handler = async (args, io, open) => {
  const { values, positionals } = parse(args, { lang: { type: "string" } }, 1);
  const lang = values.lang ?? "en";
  if (lang !== "en" && lang !== "fr") throw new UsageError(`--lang must be en or fr, not "${lang}"`);
  const file = positionals[0];
  if (!file && !values.json) throw new UsageError("crs needs a profile file (ee-bot crs profile.json), or --json to read profiles from stdin");
  if (values.json) return scoreJson(file, io);
  let text: string;
  try {
    text = !file || file === "-" ? await readAll(io.stdin) : await readFile(file, "utf8");
  } catch (error) {
    write(io.stderr, cannotRead(file, error));
    return 1;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    write(io.stderr, `ee-bot crs: the input is not valid JSON (${(error as Error).message}). See CRS-PROFILE in the README for the format.`);
    return 1;
  }

  const profiles = Array.isArray(input) ? input : [input];
  const core = await open();
  let code = 0;
  for (const [i, item] of profiles.entries()) {
    const check = validateProfile(item);
    const label = profiles.length > 1 ? `Profile ${i + 1}: ` : "";
    if (!check.ok) {
      write(io.stderr, `${label}the profile is not valid:\n${formatFieldErrors(check.errors)}`);
      code = 1;
      continue;
    }
    if (label) write(io.stdout, label);
    printReply(io, crsReply(check.profile, { lang, rounds: core.store.all(), asOf: isoDate(core.clock) }));
  }
  return code;
};
