import { z } from "zod";
import type { CommandWords, OptionWords, Words } from "../../content/commands.ts";
import type { ChartRenderer } from "../charts/renderer.ts";
import type { DrawStore } from "../draws/draw-store.ts";
import type { Clock } from "../ports.ts";
import type { QuestionAnswerer } from "../qa/answer.ts";
import type { Lang, Reply } from "../reply.ts";
import type { SavedProfiles } from "../store/saved-profiles.ts";
import type { ReplyCache } from "../cache/data-cache.ts";

/**
 * The shape of a catalogue command: its name, words (EN/FR, from src/content/commands.ts), typed
 * options (each one zod schema plus what the platforms need to show it), where it is offered, and
 * `run(input, deps, ctx) → Reply`. See catalogue.ts for how to add one.
 */

/** Where a command is offered. */
export type Surface = "discord" | "telegram" | "console";

/** Who asked, for answers that use what the user saved (their last CRS profile). */
export interface UserRef {
  platform: "discord" | "telegram";
  id: string;
}

/** What every command may use; the core (`Core`) provides all of it. */
export interface CommandDeps {
  store: DrawStore;
  clock: Clock;
  qa: QuestionAnswerer;
  /** Saved CRS profiles (for /pool's "your last score"). */
  profiles: SavedProfiles;
  /** Charts; without it chart commands answer in words or say charts are unavailable. */
  charts?: ChartRenderer;
  /** When given, answers of cacheable commands are memoised until the store changes. */
  replies?: ReplyCache;
}

export interface CommandContext {
  lang: Lang;
  surface: Surface;
  user?: UserRef;
}

export type OptionKind = "string" | "integer" | "number" | "boolean" | "channel" | "role";

export interface Choice {
  value: string;
  label: Words;
}

/** One typed option. `schema` checks the value wherever it comes from (slash option or typed word). */
export interface OptionSpec<S extends z.ZodType = z.ZodType> {
  kind: OptionKind;
  words: OptionWords;
  required: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  choices?: readonly Choice[];
  /** Discord suggests values as the user types (categories, topics). */
  autocomplete?: boolean;
  schema: S;
}

export type Options = Record<string, OptionSpec>;

/** The checked input of a command with options `O`. */
export type InputOf<O extends Options> = z.infer<z.ZodObject<{ [K in keyof O]: O[K]["schema"] }>>;

interface Common {
  words: OptionWords;
}
type Opt<R extends boolean | undefined, S extends z.ZodType> = OptionSpec<R extends true ? S : z.ZodOptional<S>>;

function option<S extends z.ZodType>(kind: OptionKind, schema: S, o: Common & { required?: boolean } & Partial<OptionSpec>): OptionSpec {
  const { required = false, ...rest } = o;
  return { ...rest, kind, required, schema: required ? schema : schema.optional() } as OptionSpec;
}

/** Option builders: `opt.integer({ words, min: 1, max: 25 })`. Required options come first. */
export const opt = {
  string<R extends boolean | undefined = undefined>(o: Common & { required?: R; maxLength?: number; autocomplete?: boolean; choices?: readonly Choice[] }): Opt<R, z.ZodString> {
    let s = z.string().trim().min(1);
    if (o.maxLength) s = s.max(o.maxLength);
    if (o.choices) s = s.refine((v) => o.choices!.some((c) => c.value === v)) as unknown as z.ZodString;
    return option("string", s, o) as Opt<R, z.ZodString>;
  },
  integer<R extends boolean | undefined = undefined>(o: Common & { required?: R; min: number; max: number }): Opt<R, z.ZodNumber> {
    return option("integer", z.number().int().min(o.min).max(o.max), o) as Opt<R, z.ZodNumber>;
  },
  number<R extends boolean | undefined = undefined>(o: Common & { required?: R; min: number; max: number }): Opt<R, z.ZodNumber> {
    return option("number", z.number().min(o.min).max(o.max), o) as Opt<R, z.ZodNumber>;
  },
  boolean(o: Common): Opt<undefined, z.ZodBoolean> {
    return option("boolean", z.boolean(), o) as Opt<undefined, z.ZodBoolean>;
  },
  /** A channel picker (Discord); its value is the channel id. */
  channel<R extends boolean | undefined = undefined>(o: Common & { required?: R }): Opt<R, z.ZodString> {
    return option("channel", z.string(), o) as Opt<R, z.ZodString>;
  },
  /** A role picker (Discord); its value is the role id. */
  role(o: Common): Opt<undefined, z.ZodString> {
    return option("role", z.string(), o) as Opt<undefined, z.ZodString>;
  },
};

/** Typed words → raw option values, or a message naming what to fix. */
export type FromText = (words: string[], lang: Lang, deps: CommandDeps) => Record<string, unknown> | { error: string };

export interface CommandSpec<O extends Options = Options> {
  name: string;
  words: CommandWords;
  surfaces: readonly Surface[];
  options: O;
  /** Left out of help lists and menus' help (Telegram's /start). */
  hidden?: boolean;
  /** Changes a chat's settings: Discord asks for Manage Channels, Telegram for a group administrator. */
  admin?: boolean;
  /** Only the asker sees the answer (Discord). */
  ephemeral?: boolean;
  /** The answer depends only on the input, the language and the store: memoised until the store changes. */
  cache?: boolean;
  /** Typed words → option values. Default: the words joined into the one option (as a number for numeric options). */
  fromText?: FromText;
  /**
   * The answer. Absent for commands a platform adapter answers itself because they are truly
   * platform-specific (the /crs wizard and form, subscriptions with their permission checks, /lang).
   */
  run?: (input: InputOf<O>, deps: CommandDeps, ctx: CommandContext) => Reply | Promise<Reply>;
}

/** A command with its input type erased, as the catalogue holds it. */
export type Command = CommandSpec<Options>;

/** Checks a command's spec at compile time (run's input is typed by its options) and erases it for the list. */
export function defineCommand<O extends Options>(spec: CommandSpec<O>): Command {
  return spec as unknown as Command;
}

const schemas = new WeakMap<Command, z.ZodObject>();

/** The zod schema of a command's whole input (built once per command: zod compiles a schema on its first use). */
export function inputSchema(command: Command): z.ZodObject {
  let schema = schemas.get(command);
  if (!schema) schemas.set(command, (schema = z.object(Object.fromEntries(Object.entries(command.options).map(([name, o]) => [name, o.schema])))));
  return schema;
}
