import { escapeMarkdown, type APIEmbed } from "discord.js";
import type { Reply } from "../../core/reply.ts";

/**
 * Reply → a Discord embed within Discord's limits: title 256, description 4096, 25 fields of
 * name 256 / value 1024, footer 2048, 6000 in all. Text from users and the feed is escaped.
 */

export const LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 } as const;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Splits a long field value at line breaks into chunks of at most `max`. */
function chunks(value: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of value.split("\n")) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= max) current = next;
    else {
      if (current) out.push(current);
      current = cut(line, max);
    }
  }
  if (current) out.push(current);
  return out;
}

/** Embeds already rendered, by reply: a cached answer (/latest right after a round) is rendered once, not per user. */
const rendered = new WeakMap<Reply, APIEmbed>();

/** The embed of `reply`; a new object each time (the caller may add to it), whose parts are shared. */
export function renderEmbed(reply: Reply): APIEmbed {
  let embed = rendered.get(reply);
  if (!embed) rendered.set(reply, (embed = build(reply)));
  return { ...embed };
}

function build(reply: Reply): APIEmbed {
  const esc = (s: string) => escapeMarkdown(s);
  const links = (reply.links ?? []).map((l) => `[${esc(l.label)}](${l.url})`).join(" · ");
  const description = [...(reply.lines ?? []).map(esc), links].filter(Boolean).join("\n\n");
  const embed: APIEmbed = {};
  if (reply.title) embed.title = cut(reply.title, LIMITS.title);
  if (reply.url) embed.url = reply.url;
  if (description) embed.description = cut(description, LIMITS.description);
  if (reply.color !== undefined) embed.color = reply.color;
  if (reply.footer) embed.footer = { text: cut(reply.footer, LIMITS.footer) };
  const fields: NonNullable<APIEmbed["fields"]> = [];
  for (const f of reply.fields ?? []) {
    chunks(esc(f.value), LIMITS.fieldValue).forEach((value, i) => fields.push({ name: cut(i === 0 ? f.name : `${f.name} (…)`, LIMITS.fieldName), value, inline: f.inline ?? false }));
  }
  // Keep within 25 fields and 6000 characters in all, dropping the last fields first.
  const size = () => (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + fields.reduce((s, f) => s + f.name.length + f.value.length, 0);
  fields.splice(LIMITS.fields);
  while (fields.length && size() > LIMITS.total) fields.pop();
  if (fields.length) embed.fields = fields;
  if (size() > LIMITS.total && embed.description) embed.description = cut(embed.description, Math.max(100, embed.description.length - (size() - LIMITS.total)));
  return embed;
}
