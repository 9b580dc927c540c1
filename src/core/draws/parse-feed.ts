import { z } from "zod";
import { roundPage } from "../links.ts";
import { categorize } from "./categories.ts";
import { parseCount, parseDateText, parseDateTimeText, parseIsoDate } from "./date-text.ts";
import type { Pool, PoolBand, Round } from "./round.ts";

/**
 * Parses IRCC's rounds feed leniently: one bad round is set aside with its reason and the others
 * are kept; only a feed with no readable round at all is refused. See shared IRCC-FEED.md.
 */

/** A feed we could not use at all. The message says why, for the log. */
export class FeedError extends Error {
  override name = "FeedError";
}

export interface RejectedRound {
  /** Position in the feed's `rounds` array. */
  index: number;
  /** The round's number when it had one. */
  id?: string;
  reason: string;
}

export interface ParsedFeed {
  /** Valid rounds, oldest first. */
  rounds: Round[];
  rejected: RejectedRound[];
}

// Every value in the feed is a string; a number is accepted as its text.
const text = z.union([z.string(), z.number().transform(String)], {
  error: (issue) => (issue.input === undefined ? "missing" : "must be text"),
});
const optionalText = text.optional().default("");

const BAND_FIELDS = ["dd1", "dd2", "dd4", "dd5", "dd6", "dd7", "dd8", "dd10", "dd11", "dd12", "dd13", "dd14", "dd15", "dd16", "dd17"] as const;
const BANDS: ReadonlyArray<readonly [min: number, max: number]> = [
  [601, 1200], [501, 600], [491, 500], [481, 490], [471, 480], [461, 470], [451, 460],
  [441, 450], [431, 440], [421, 430], [411, 420], [401, 410], [351, 400], [301, 350], [0, 300],
];

const ddShape = Object.fromEntries(
  Array.from({ length: 18 }, (_, i) => [`dd${i + 1}`, text] as const),
) as Record<`dd${number}`, typeof text>;

/** The fields a round must carry to be used; the link and description fields may be missing. */
const RawRound = z.object({
  drawNumber: text,
  drawDate: text,
  drawName: text,
  drawSize: text,
  drawCRS: text,
  drawDateTime: text,
  drawCutOff: text,
  drawDistributionAsOn: text,
  drawNumberURL: optionalText,
  drawText2: optionalText,
  ...ddShape,
});
type RawRound = z.infer<typeof RawRound>;

const RawFeed = z.object({ rounds: z.array(z.unknown()) });

const href = (html: string) => /href\s*=\s*['"]([^'"]+)['"]/i.exec(html)?.[1];

function roundUrl(raw: RawRound, id: string): string {
  const path = href(raw.drawNumberURL);
  if (path?.startsWith("/")) return "https://www.canada.ca" + path.replace(/^\/content\/canadasite/, "");
  if (path && /^https:\/\/www\.canada\.ca\//.test(path)) return path;
  return roundPage(id);
}

function parsePool(raw: RawRound): Pool | null {
  const value = (field: string) => parseCount(raw[field as keyof RawRound] as string) ?? 0;
  const counts = BAND_FIELDS.map(value);
  const total = value("dd18");
  if (total === 0 && counts.every((c) => c === 0)) return null; // "not published"
  const bands: PoolBand[] = BANDS.map(([min, max], i) => ({ min, max, count: counts[i]! }));
  const sum = (from: number, to: number) => counts.slice(from, to).reduce((a, b) => a + b, 0);
  const consistent =
    sum(2, 7) === value("dd3") && sum(7, 12) === value("dd9") && sum(0, counts.length) === total;
  return { asOf: parseDateText(raw.drawDistributionAsOn), asOfText: raw.drawDistributionAsOn.trim(), bands, total, consistent };
}

function toRound(raw: RawRound): Round | string {
  const id = raw.drawNumber.trim().toLowerCase();
  const idMatch = /^(\d{1,5})([a-z]?)$/.exec(id);
  if (!idMatch) return `drawNumber "${raw.drawNumber}" is not a round number`;
  const date = parseIsoDate(raw.drawDate);
  if (!date) return `drawDate "${raw.drawDate}" is not a date (YYYY-MM-DD)`;
  const size = parseCount(raw.drawSize);
  if (size === null) return `drawSize "${raw.drawSize}" is not a number`;
  const crs = parseCount(raw.drawCRS);
  if (crs === null || crs > 1200) return `drawCRS "${raw.drawCRS}" is not a CRS score`;
  if (!raw.drawName.trim()) return "drawName is empty";
  return {
    id,
    number: Number(idMatch[1]),
    date,
    category: categorize(raw.drawName),
    size,
    crs,
    programs: raw.drawText2.replace(/\s+/g, " ").trim(),
    runAt: parseDateTimeText(raw.drawDateTime, date),
    tieBreak: raw.drawCutOff.trim() ? parseDateTimeText(raw.drawCutOff, date) : null,
    pool: parsePool(raw),
    url: roundUrl(raw, id),
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ` : "") + issue.message)
    .join("; ");
}

/** Parses an already-decoded feed document. Throws FeedError when no round can be used. */
export function parseFeedJson(doc: unknown): ParsedFeed {
  const feed = RawFeed.safeParse(doc);
  if (!feed.success) throw new FeedError(`not a rounds feed (${describeIssues(feed.error)})`);
  if (feed.data.rounds.length === 0) throw new FeedError("the feed has no rounds");
  const rounds: Round[] = [];
  const rejected: RejectedRound[] = [];
  const seen = new Set<string>();
  feed.data.rounds.forEach((item, index) => {
    const parsed = RawRound.safeParse(item);
    const id = typeof item === "object" && item && "drawNumber" in item ? String(item.drawNumber) : undefined;
    if (!parsed.success) return rejected.push({ index, ...(id ? { id } : {}), reason: describeIssues(parsed.error) });
    const round = toRound(parsed.data);
    if (typeof round === "string") return rejected.push({ index, ...(id ? { id } : {}), reason: round });
    if (seen.has(round.id)) return rejected.push({ index, id: round.id, reason: "the round appears twice" });
    seen.add(round.id);
    rounds.push(round);
  });
  if (rounds.length === 0) throw new FeedError(`no round could be read (${rejected[0]?.reason ?? "empty"})`);
  rounds.sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));
  return { rounds, rejected };
}

/** Parses the feed's text. Throws FeedError for an HTML page, truncated JSON or a feed without rounds. */
export function parseFeedText(body: string): ParsedFeed {
  const trimmed = body.replace(/^\uFEFF/, "").trim();
  if (!trimmed) throw new FeedError("the response is empty");
  if (trimmed.startsWith("<")) throw new FeedError("the response is an HTML page, not the JSON feed");
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch (error) {
    throw new FeedError(`the response is not valid JSON (${(error as Error).message})`);
  }
  return parseFeedJson(doc);
}
