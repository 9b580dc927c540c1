import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The 516 NOC 2021 unit groups (data/noc-2021.csv: code, TEER, English and French titles;
 * Statistics Canada, Open Government Licence – Canada).
 */

export type Teer = 0 | 1 | 2 | 3 | 4 | 5;

export interface NocUnit {
  code: string;
  teer: Teer;
  title: { en: string; fr: string };
}

export const NOC_FILE = fileURLToPath(new URL("../../../data/noc-2021.csv", import.meta.url));

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ""));
}

export function parseNocCsv(text: string): NocUnit[] {
  const [header, ...rows] = parseCsv(text);
  if (header?.join(",") !== "code,teer,title_en,title_fr") throw new Error("noc-2021.csv: unexpected header");
  return rows.map(([code, teer, en, fr], i) => {
    if (!code || !/^\d{5}$/.test(code) || !/^[0-5]$/.test(teer ?? "") || !en || !fr) throw new Error(`noc-2021.csv: bad row ${i + 2}`);
    return { code, teer: Number(teer) as Teer, title: { en, fr } };
  });
}

/** Unit groups by code. */
export class NocCatalogue {
  readonly units: readonly NocUnit[];
  private readonly byCode: Map<string, NocUnit>;

  constructor(units: readonly NocUnit[]) {
    this.units = units;
    this.byCode = new Map(units.map((u) => [u.code, u]));
  }

  get(code: string): NocUnit | undefined {
    return this.byCode.get(code);
  }

  teerOf(code: string): Teer | undefined {
    return this.byCode.get(code)?.teer;
  }
}

let bundled: NocCatalogue | undefined;

/** The bundled catalogue, read once. */
export function nocCatalogue(): NocCatalogue {
  bundled ??= new NocCatalogue(parseNocCsv(readFileSync(NOC_FILE, "utf8")));
  return bundled;
}
