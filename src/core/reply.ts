/**
 * The neutral reply every command and answer returns. Text is plain (no markup): each platform
 * renders it (Telegram escapes it into HTML, Discord into an embed, the console prints it).
 */

export type Lang = "en" | "fr";

/** The English or French text, by language (for short texts written inline beside their translation). */
export const inLang = (lang: Lang, en: string, fr: string): string => (lang === "fr" ? fr : en);

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ReplyLink {
  label: string;
  url: string;
}

export interface ReplyImage {
  png: Buffer;
  filename: string;
  /** The same information in words (alt text and caption). */
  alt: string;
  width: number;
  height: number;
}

export interface Reply {
  title?: string;
  /** The title's link (the official page of a round, say). */
  url?: string;
  /** Paragraphs of plain text. */
  lines?: string[];
  fields?: ReplyField[];
  /** "As of …" and the source, shown last. */
  footer?: string;
  links?: ReplyLink[];
  /** A colour for the platforms that have one (Discord embeds). */
  color?: number;
  image?: ReplyImage;
  /** A user error or apology: Discord shows it only to the user. */
  error?: boolean;
}

/** Plain-text rendering, for the console and the CLI. */
export function replyToText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(reply.title);
  if (reply.lines?.length) out.push(reply.lines.join("\n"));
  if (reply.fields?.length)
    out.push(reply.fields.map((f) => (f.value.includes("\n") ? `${f.name}\n${f.value.replace(/^/gm, "  ")}` : `${f.name}: ${f.value}`)).join("\n"));
  if (reply.image) out.push(`[image: ${reply.image.alt}]`);
  if (reply.links?.length) out.push(reply.links.map((l) => `${l.label}: ${l.url}`).join("\n"));
  if (reply.url && !reply.links?.some((l) => l.url === reply.url)) out.push(reply.url);
  if (reply.footer) out.push(reply.footer);
  return out.join("\n\n");
}
