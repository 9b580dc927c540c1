/**
 * Reads a JSON document from a stream without holding it whole: a top-level array yields its
 * elements one at a time (each parsed on its own), anything else is read whole (up to a limit) and
 * yielded as one value. Errors are JsonStreamError with a message for people.
 */

export class JsonStreamError extends Error {
  override name = "JsonStreamError";
}

export type JsonInput = { kind: "array"; items: AsyncGenerator<unknown> } | { kind: "value"; value: unknown };

/** The largest non-array document read whole, and the largest single array element. */
const MAX_VALUE_CHARS = 1_000_000;

export async function readJson(stream: AsyncIterable<string | Buffer>): Promise<JsonInput> {
  const chunks = textChunks(stream)[Symbol.asyncIterator]();
  // Find the first character that is not whitespace: "[" means an array to stream.
  let first = "";
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    first += next.value;
    if (first.trimStart()) break;
  }
  first = first.replace(/^\uFEFF/, "").trimStart();
  if (!first.startsWith("[")) {
    let text = first;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      text += next.value;
      if (text.length > MAX_VALUE_CHARS) throw new JsonStreamError(`the input is larger than ${MAX_VALUE_CHARS.toLocaleString("en")} characters; give many profiles as a JSON array`);
    }
    try {
      return { kind: "value", value: JSON.parse(text) };
    } catch (error) {
      throw new JsonStreamError(`the input is not valid JSON (${(error as Error).message})`);
    }
  }
  return { kind: "array", items: arrayItems(first.slice(1), chunks) };
}

async function* textChunks(stream: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of stream) yield typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The elements of an array whose "[" has been read; `head` is what followed it in the same chunk. */
async function* arrayItems(head: string, chunks: AsyncIterator<string>): AsyncGenerator<unknown> {
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let element = ""; // the current element's text so far
  let index = 0;
  let ended = false;
  const finish = (allowEmpty: boolean) => {
    const text = element.trim();
    element = "";
    if (!text) {
      if (allowEmpty) return undefined;
      throw new JsonStreamError(`the input is not valid JSON (an empty element at position ${index + 1} of the array)`);
    }
    try {
      return { value: JSON.parse(text) as unknown };
    } catch (error) {
      throw new JsonStreamError(`the input is not valid JSON (element ${index + 1} of the array: ${(error as Error).message})`);
    }
  };
  for (let chunk: string | undefined = head; chunk !== undefined; ) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (ended) {
        if (!/\s/.test(c)) throw new JsonStreamError("the input is not valid JSON (something follows the array)");
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && depth > 0) depth--;
      else if (depth === 0 && (c === "," || c === "]")) {
        element += chunk.slice(start, i);
        start = i + 1;
        const item = finish(c === "]" && index === 0);
        if (c === "]") ended = true;
        if (item) {
          yield item.value;
          index++;
        }
      }
    }
    if (!ended) {
      element += chunk.slice(start);
      if (element.length > MAX_VALUE_CHARS) throw new JsonStreamError(`element ${index + 1} of the array is larger than ${MAX_VALUE_CHARS.toLocaleString("en")} characters`);
    }
    const next = await chunks.next();
    chunk = next.done ? undefined : next.value;
  }
  if (!ended) throw new JsonStreamError("the input is not valid JSON (the array is not closed: the input was cut short)");
}
