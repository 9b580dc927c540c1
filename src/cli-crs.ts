import { readFile } from "node:fs/promises";
import { UsageError, parse, printReply, write, type Handler } from "./cli-args.ts";
import { crsReply } from "./core/commands/crs.ts";
import { calculate } from "./core/crs/calculate.ts";
import { formatFieldErrors, validateProfile } from "./core/crs/profile.ts";
import { isoDate } from "./core/ports.ts";

/**
 * `ee-bot crs --json [FILE]`: one profile or an array (stdin by default) → the documented JSON.
 * `ee-bot crs FILE`: the explanation, the what-ifs and the comparison with recent rounds.
 */

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk;
  return text;
}

export const crsCommand: Handler = async (args, io, open) => {
  const { values, positionals } = parse(args, { lang: { type: "string" } }, 1);
  const lang = values.lang ?? "en";
  if (lang !== "en" && lang !== "fr") throw new UsageError(`--lang must be en or fr, not "${lang}"`);
  const file = positionals[0];
  if (!file && !values.json) throw new UsageError("crs needs a profile file (ee-bot crs profile.json), or --json to read profiles from stdin");
  let text: string;
  try {
    text = !file || file === "-" ? await readAll(io.stdin) : await readFile(file, "utf8");
  } catch (error) {
    write(io.stderr, `ee-bot crs: cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
    return 1;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    write(io.stderr, `ee-bot crs: the input is not valid JSON (${(error as Error).message}). See CRS-PROFILE in the README for the format.`);
    return 1;
  }

  if (values.json) {
    if (Array.isArray(input)) {
      const out = input.map((item) => {
        const check = validateProfile(item);
        return check.ok ? calculate(check.profile) : { error: formatFieldErrors(check.errors).replace(/\n/g, "; "), fields: check.errors };
      });
      write(io.stdout, JSON.stringify(out, null, 2));
      return 0;
    }
    const check = validateProfile(input);
    if (!check.ok) {
      write(io.stderr, `ee-bot crs: the profile is not valid:\n${formatFieldErrors(check.errors)}`);
      return 1;
    }
    write(io.stdout, JSON.stringify(calculate(check.profile), null, 2));
    return 0;
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
