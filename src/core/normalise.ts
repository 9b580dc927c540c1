/** Text as the engine compares it: shared by question answering and the NOC search. */

/** Lower case, no accents, apostrophes and punctuation as spaces (digits, "#" and "-" kept). */
export function normalise(text: string): string {
  return text
    .replace(/œ/g, "oe").replace(/Œ/g, "OE").replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/(\d)[,\s](\d{3})\b/g, "$1$2")
    .replace(/[^a-z0-9#'. ]+/g, " ")
    .replace(/(?<![0-9])\.|\.(?![0-9])/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function tokens(normalised: string): string[] {
  return normalised.split(/[\s']+/).filter(Boolean);
}

