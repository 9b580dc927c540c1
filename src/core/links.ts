/**
 * Links to official IRCC pages, labelled in the reader's language. The addresses and titles are
 * data in src/content/links.ts.
 */
import { LINK_TITLES, LINKS, type LinkId } from "../content/links.ts";

export { LINK_TITLES, LINKS, OFFICIAL_HOSTS, type LinkId } from "../content/links.ts";

/** A link to an official page, labelled in the reader's language. */
export function officialLink(id: LinkId, lang: "en" | "fr"): { label: string; url: string } {
  return { label: LINK_TITLES[id][lang], url: link(id, lang) };
}

/** The page in the wanted language; the English page when IRCC has no French address we can vouch for. */
export function link(id: LinkId, lang: "en" | "fr"): string {
  const page: { en: string; fr?: string } = LINKS[id];
  return (lang === "fr" && page.fr) || page.en;
}

const ROUND_PAGE =
  "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=";

/** The official page of round `id` (its Ministerial Instruction). */
export function roundPage(id: string): string {
  return ROUND_PAGE + encodeURIComponent(id);
}
