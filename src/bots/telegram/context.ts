import type { Context } from "grammy";
import type { Core } from "../../core/app.ts";
import type { Logger } from "../../core/ports.ts";
import type { Lang, Reply } from "../../core/reply.ts";
import type { SubscriptionStore } from "../../core/subscriptions.ts";
import type { ChatReplica } from "../../core/store/chat-replica.ts";
import { InputFile } from "grammy";
import { renderHtml, TELEGRAM_CAPTION_LIMIT } from "./render.ts";

/** What every Telegram feature gets: the core, the subscriptions and a logger. */
export interface TelegramDeps {
  core: Core;
  subs: SubscriptionStore;
  logger: Logger;
  /** Per-chat state: records in the store (shared by every copy of the bot), held in memory by this copy. */
  chats: ChatState;
}

export interface ChatState {
  /** Reads what was written to the store since the last update, when anything was (see ChatReplica). */
  refresh(): Promise<void> | undefined;
  /** The change number a chat's lock saw (webhooks): when past what this copy read, the next refresh reads. */
  sawChangeNumber(seq: number): void;
  langs: {
    get(chatId: number): Lang | undefined;
    set(chatId: number, lang: Lang): Promise<void>;
  };
  /** Wizard states by the wizard's own key: read from the store only when one may be open. */
  wizards: Pick<ChatReplica, "getWizard" | "saveWizard" | "deleteWizard">;
}

/** A reply with a chart: the picture with the reply as its caption (Telegram allows 1,024 characters), the rest after it. */
async function sendPhotoReply(ctx: BotContext, reply: Reply): Promise<void> {
  const { image, ...text } = reply;
  const parts = renderHtml(text, TELEGRAM_CAPTION_LIMIT);
  const [caption, ...rest] = parts;
  await ctx.replyWithPhoto(new InputFile(image!.png, image!.filename), { caption: caption ?? "", parse_mode: "HTML" });
  if (rest.length) await sendReply(ctx, { lines: [rest.join("\n\n")] }).catch(() => {});
}

/** Telegram's view of the replica: a chat's settings are keyed `tg:<chat id>`. */
export function chatState(replica: ChatReplica): ChatState {
  return {
    refresh: () => replica.refresh(),
    sawChangeNumber: (seq) => replica.sawChangeNumber(seq),
    langs: { get: (chatId) => replica.lang(`tg:${chatId}`), set: (chatId, lang) => replica.setLang(`tg:${chatId}`, lang) },
    wizards: replica,
  };
}

/** grammY's context plus the chat's language. */
export type BotContext = Context & { lang: Lang };

/** Sends a reply as HTML, split to fit; in groups it answers the message. */
export async function sendReply(ctx: BotContext, reply: Reply): Promise<void> {
  if (reply.image) return sendPhotoReply(ctx, reply);
  const parts = renderHtml(reply);
  const inGroup = ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
  const replyTo = inGroup && ctx.msg?.message_id ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {};
  for (const [i, html] of parts.entries())
    await ctx.reply(html, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...(i === 0 ? replyTo : {}) });
}
