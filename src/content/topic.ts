import type { LinkId } from "./links.ts";

/** One piece of program knowledge: keywords, a short and a long answer in both languages, official links. */
export interface Topic {
  id: string;
  /** Words and phrases people use for it (lower case; typos are handled by the search). */
  keywords: { en: string[]; fr: string[] };
  title: { en: string; fr: string };
  short: { en: string; fr: string };
  long: { en: string; fr: string };
  links: LinkId[];
  reviewed: string;
  /** A round category this topic explains (its key), so answers can add live data. */
  category?: string;
}
