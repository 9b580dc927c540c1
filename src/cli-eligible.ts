import { readFile } from "node:fs/promises";
import type { Handler, Io } from "./cli-args.ts";
import { UsageError, parse, printReply, write } from "./cli-args.ts";
import { eligibleReply } from "./core/commands/eligible.ts";
import { nocCommand } from "./core/commands/noc.ts";
import { formatFieldErrors } from "./core/crs/profile.ts";
import { checkEligibility } from "./core/eligibility/check.ts";
import { NocSearch } from "./core/eligibility/noc-search.ts";
import { validateEligibilityProfile } from "./core/eligibility/profile.ts";
import { toJson } from "./core/eligibility/wording.ts";
import { isoDate, systemClock } from "./core/ports.ts";

/**
 * `ee-bot eligible --json [FILE]`: one profile or an array (stdin by default) → the JSON of
 * ELIGIBILITY-PROFILE.md. `ee-bot eligible FILE`: the same for people. `ee-bot noc CODE|title`.
 * Bad input exits 2 with a message naming each wrong field.
 */

async function readInput(file: string | undefined, io: Io): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let text = "";
  try {
    if (!file || file === "-") for await (const chunk of io.stdin) text += chunk;
    else text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `the input is not valid JSON (${(error as Error).message}). See ELIGIBILITY-PROFILE in the README for the format.` };
  }
}

export const eligibleCommand: Handler = async (args, io, open) => {
  const { values, positionals } = parse(args, { lang: { type: "string" } }, 1);
  const lang = values.lang ?? "en";
  if (lang !== "en" && lang !== "fr") throw new UsageError(`--lang must be en or fr, not "${lang}"`);
  const file = positionals[0];
  if (!file && !values.json) throw new UsageError("eligible needs a profile file (ee-bot eligible profile.json), or --json to read profiles from stdin");
  const input = await readInput(file, io);
  if (!input.ok) {
    write(io.stderr, `ee-bot eligible: ${input.message}`);
    return 2;
  }
  const today = isoDate(systemClock);
  const items = Array.isArray(input.value) ? input.value : [input.value];
  const checks = items.map((item) => validateEligibilityProfile(item, today));
  if (!Array.isArray(input.value) && !checks[0]!.ok) {
    const errors = (checks[0] as { errors: Parameters<typeof formatFieldErrors>[0] }).errors;
    write(io.stderr, `ee-bot eligible: the profile is not valid:\n${formatFieldErrors(errors)}`);
    return 2;
  }
  if (values.json) {
    const out = checks.map((c) =>
      c.ok ? toJson(checkEligibility(c.profile)) : { error: formatFieldErrors(c.errors).replace(/\n/g, "; "), fields: c.errors },
    );
    write(io.stdout, JSON.stringify(Array.isArray(input.value) ? out : out[0], null, 2));
    return 0;
  }
  const core = await open();
  let code = 0;
  for (const [i, c] of checks.entries()) {
    const label = checks.length > 1 ? `Profile ${i + 1}: ` : "";
    if (!c.ok) {
      write(io.stderr, `${label}the profile is not valid:\n${formatFieldErrors(c.errors)}`);
      code = 2;
      continue;
    }
    if (label) write(io.stdout, label);
    printReply(io, eligibleReply(checkEligibility(c.profile), { lang, rounds: core.store.all() }));
  }
  return code;
};

export const nocCliCommand: Handler = async (args, io) => {
  const { values, positionals } = parse(args, { lang: { type: "string" } }, 20);
  const lang = values.lang ?? "en";
  if (lang !== "en" && lang !== "fr") throw new UsageError(`--lang must be en or fr, not "${lang}"`);
  const query = positionals.join(" ");
  if (!query.trim()) throw new UsageError("noc needs a NOC 2021 code or an occupation title (ee-bot noc 21231, ee-bot noc \"software engineer\")");
  return printReply(io, nocCommand(new NocSearch(), query, lang));
};
