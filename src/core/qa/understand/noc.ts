import { nocCatalogue } from "../../eligibility/noc-catalogue.ts";
import type { Slots } from "./slots.ts";

/**
 * A NOC 2021 code the question names: "NOC 21232", "CNP 33102", "my job is 65200". A bare five-digit number counts
 * only when it is a real unit group and not an amount of money ("$15263", "15263 dollars").
 */
export function extractNoc(text: string): Partial<Slots> {
  const named = /\b(?:noc|cnp|code)\s*#?\s*(\d{5})\b/.exec(text);
  if (named) return nocCatalogue().get(named[1]!) ? { noc: named[1]! } : {};
  for (const m of text.matchAll(/(?<![$\d])\b(\d{5})\b(?!\s*(?:\$|dollars?|cad|ca|usd|points?|pts))/g)) if (nocCatalogue().get(m[1]!)) return { noc: m[1]! };
  return {};
}
