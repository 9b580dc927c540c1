import type { Reply } from "../../core/reply.ts";

/**
 * Reply → Telegram HTML. Every text from a user or the feed is escaped; messages stay within
 * Telegram's 4,096 characters (long replies are split between blocks, never inside a tag).
 */

export const TELEGRAM_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;

export function escapeHtml(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

const escapeAttr = (text: string) => escapeHtml(text).replace(/"/g, "&quot;");

/** Splits one plain-text block into pieces whose escaped form fits `limit`, at line breaks when possible. */
function splitBlock(text: string, limit: number): string[] {
  // Most blocks fit whole: one escape instead of one per line (the loop below drops leading blank lines too).
  if (escapeHtml(text).length <= limit) {
    const block = text.replace(/^\n+/, "");
    return block ? [block] : [];
  }
  const out: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (escapeHtml(candidate).length <= limit) {
      current = candidate;
      continue;
    }
    if (current) out.push(current);
    current = line;
    while (escapeHtml(current).length > limit) {
      let cut = limit;
      while (escapeHtml(current.slice(0, cut)).length > limit) cut -= 50;
      out.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) out.push(current);
  return out;
}

/** The HTML blocks of a reply, in order. */
function blocks(reply: Reply, limit: number): string[] {
  const out: string[] = [];
  if (reply.title) out.push(reply.url ? `<b><a href="${escapeAttr(reply.url)}">${escapeHtml(reply.title)}</a></b>` : `<b>${escapeHtml(reply.title)}</b>`);
  for (const line of reply.lines ?? []) for (const piece of splitBlock(line, limit)) out.push(escapeHtml(piece));
  for (const f of reply.fields ?? []) {
    const pieces = splitBlock(f.value, limit - escapeHtml(f.name).length - 10);
    pieces.forEach((piece, i) => out.push(i === 0 ? `<b>${escapeHtml(f.name)}</b>\n${escapeHtml(piece)}` : escapeHtml(piece)));
  }
  if (reply.links?.length) out.push(reply.links.map((l) => `<a href="${escapeAttr(l.url)}">${escapeHtml(l.label)}</a>`).join(" · "));
  if (reply.footer) for (const piece of splitBlock(reply.footer, limit - 10)) out.push(`<i>${escapeHtml(piece)}</i>`);
  return out;
}

/** The reply as one or more HTML messages, each within `limit` characters. */
export function renderHtml(reply: Reply, limit = TELEGRAM_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks(reply, limit)) {
    const candidate = current ? `${current}\n\n${block}` : block;
    if (candidate.length <= limit) current = candidate;
    else {
      if (current) messages.push(current);
      current = block;
    }
  }
  if (current) messages.push(current);
  return messages.length ? messages : [""];
}
