import type { ChatMember } from "grammy/types";
import type { BotContext } from "./context.ts";

/**
 * Who may change a chat's announcements. In a private chat, its person. A post on behalf of the chat
 * itself comes from its administrators: a channel post, or a message of an anonymous group admin
 * (Telegram sends `from` = @GroupAnonymousBot and `sender_chat` = the group). Anyone else — a
 * group member, a reader of a channel pressing a button under a post — is checked with
 * getChatMember: the creator, or an administrator with the right that fits (post in a channel,
 * change the group's info in a group).
 */

/** @GroupAnonymousBot: the `from` of messages sent by anonymous group administrators. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

export type ManageCheck = "allowed" | "not-admin";

/** True when the message was sent on behalf of the chat it is in (a channel post, an anonymous admin). */
export function sentAsChat(ctx: BotContext): boolean {
  if (ctx.callbackQuery) return false; // a button press always carries the real person
  const msg = ctx.msg;
  return msg !== undefined && msg.sender_chat !== undefined && msg.sender_chat.id === msg.chat.id;
}

export function hasManageRight(member: ChatMember, chatType: "group" | "supergroup" | "channel"): boolean {
  if (member.status === "creator") return true;
  if (member.status !== "administrator") return false;
  // Real answers list every right; a missing field is taken as granted.
  return chatType === "channel" ? member.can_post_messages !== false : member.can_change_info !== false;
}

export async function canManageChat(ctx: BotContext): Promise<ManageCheck> {
  const chat = ctx.chat;
  if (!chat) return "not-admin";
  if (chat.type === "private") return "allowed";
  if (sentAsChat(ctx)) return "allowed";
  if (!ctx.from || ctx.from.id === GROUP_ANONYMOUS_BOT_ID) return "not-admin";
  const member = await ctx.api.getChatMember(chat.id, ctx.from.id); // a failure is the caller's to report
  return hasManageRight(member, chat.type) ? "allowed" : "not-admin";
}
