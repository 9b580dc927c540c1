import { messages } from "../../content/messages.ts";
import { roundCategoryName, roundReply } from "../draws/replies.ts";
import type { Rounds } from "../draws/queries.ts";
import type { Round } from "../draws/round.ts";
import type { Lang, Reply } from "../reply.ts";

/**
 * The announcement of a new round: its number, date, category, invitations, CRS cutoff and its
 * change against the previous round of the same kind, the tie-break, and the official link.
 */
export function announcementReply(rounds: Rounds, round: Round, lang: Lang): Reply {
  const title = messages(lang).announcementTitle(round.id, roundCategoryName(round, lang));
  return roundReply(rounds, round, lang, { title });
}
