import { CATEGORIES, resolveCategory } from "./draws/categories.ts";
import { inLang as t, type Lang } from "./reply.ts";

/**
 * A subscription's filters from the words a user gave ("cec, pnp 480"): category names or keys,
 * "all", and a number for the highest cutoff to announce. Telegram reads them from /subscribe's
 * text, Discord from its `categories` option; both get the same answer for the same words.
 */

export interface Filters {
  /** Category keys; null = every round. */
  categories: string[] | null;
  /** Highest cutoff to announce; null = any. */
  maxCrs: number | null;
}

export function parseFilters(text: string, lang: Lang): Filters | { error: string } {
  const categories: string[] = [];
  let maxCrs: number | null = null;
  for (const word of text.trim().split(/[\s,]+/).filter(Boolean)) {
    if (/^(all|tout|toutes|tous)$/i.test(word)) continue;
    if (/^\d+$/.test(word)) {
      const n = Number(word);
      if (n < 1 || n > 1200) return { error: t(lang, `A score must be from 1 to 1200, not ${word.slice(0, 12)}.`, `Une note doit aller de 1 à 1200, pas ${word.slice(0, 12)}.`) };
      maxCrs = n;
      continue;
    }
    const key = resolveCategory(word);
    const keys = CATEGORIES.map((c) => c.key).join(", ");
    if (!key) return { error: t(lang, `“${word.slice(0, 40)}” is not a category. Use: ${keys}, or a score like 480.`, `« ${word.slice(0, 40)} » n’est pas une catégorie. Utilisez : ${keys}, ou une note comme 480.`) };
    if (!categories.includes(key)) categories.push(key);
  }
  return { categories: categories.length ? categories : null, maxCrs };
}
