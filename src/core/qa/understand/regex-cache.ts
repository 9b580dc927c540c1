/** Regexes built from data (number words, month names) compiled once, not at every question. */
const cache = new Map<string, RegExp>();

export function re(source: string, flags = ""): RegExp {
  const key = `${flags}/${source}`;
  let r = cache.get(key);
  if (!r) cache.set(key, (r = new RegExp(source, flags)));
  r.lastIndex = 0;
  return r;
}
