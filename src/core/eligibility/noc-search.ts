import MiniSearch from "minisearch";
import { normalise } from "../normalise.ts";
import { nocCatalogue, type NocCatalogue, type NocUnit } from "./noc-catalogue.ts";

/**
 * Finding a NOC 2021 unit group from what a person types: a 5-digit code (exact), a shorter code
 * (its groups), or a title in English or French, fuzzy (typos, plurals, accents, word order).
 */

export type NocLookup =
  | { kind: "code"; unit: NocUnit }
  | { kind: "matches"; units: NocUnit[] }
  | { kind: "none"; query: string };

const STOP = new Set(["and", "of", "the", "in", "et", "de", "des", "du", "la", "le", "les", "en", "a", "d", "l", "others", "autres", "other"]);

export class NocSearch {
  private readonly index: MiniSearch<{ id: string; en: string; fr: string }>;

  constructor(private readonly catalogue: NocCatalogue = nocCatalogue()) {
    this.index = new MiniSearch({
      fields: ["en", "fr"],
      storeFields: ["id"],
      tokenize: (text) => text.split(/[\s'’\-/,.;:()]+/),
      processTerm: (term) => {
        const t = normalise(term);
        return t && !STOP.has(t) ? t : null;
      },
      searchOptions: { fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0), prefix: (term) => term.length >= 3 },
    });
    this.index.addAll(catalogue.units.map((u) => ({ id: u.code, en: u.title.en, fr: u.title.fr })));
  }

  find(query: string, limit = 5): NocLookup {
    const q = query.trim().replace(/^(?:noc|cnp)\s*/i, "");
    if (/^\d{5}$/.test(q)) {
      const unit = this.catalogue.get(q);
      return unit ? { kind: "code", unit } : { kind: "none", query: q };
    }
    if (/^\d{1,4}$/.test(q)) {
      const units = this.catalogue.units.filter((u) => u.code.startsWith(q)).slice(0, limit);
      return units.length ? { kind: "matches", units } : { kind: "none", query: q };
    }
    let hits = this.index.search(q, { combineWith: "AND" });
    if (hits.length === 0) hits = this.index.search(q, { combineWith: "OR" });
    const units = hits.slice(0, limit).map((h) => this.catalogue.get(h.id as string)!);
    if (units.length === 1) return { kind: "code", unit: units[0]! };
    return units.length ? { kind: "matches", units } : { kind: "none", query: q };
  }
}

let shared: NocSearch | undefined;

/** One search over the bundled catalogue, built on first use. */
export function defaultNocSearch(): NocSearch {
  shared ??= new NocSearch();
  return shared;
}
