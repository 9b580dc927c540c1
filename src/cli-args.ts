import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Core } from "./core/app.ts";
import { replyToText, type Reply } from "./core/reply.ts";

/**
 * What every CLI command shares: its streams, usage errors, option parsing and printing. Its own
 * module so the commands (cli-ask.ts, cli-crs.ts…) and the dispatcher (cli.ts) both import it,
 * and neither imports the other.
 */

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

export class UsageError extends Error {
  override name = "UsageError";
}

export const write = (stream: NodeJS.WritableStream, text: string) => stream.write(text.endsWith("\n") ? text : text + "\n");

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { json: { type: "boolean" }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
  return parsed;
}

/** Prints a reply; an error reply (a user mistake such as an unknown round) exits 1. */
export function printReply(io: Io, reply: Reply): number {
  write(reply.error ? io.stderr : io.stdout, replyToText(reply));
  return reply.error ? 1 : 0;
}

export type Handler = (args: string[], io: Io, core: () => Promise<Core>) => Promise<number>;
