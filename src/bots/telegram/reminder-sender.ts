import type { Api } from "grammy";
import type { ReminderSender } from "../../core/ita/reminders.ts";
import { classifyTelegramError } from "./announce-sender.ts";
import { renderHtml } from "./render.ts";

/** Sends an ITA reminder to a private chat; a blocked bot or a deleted account ends the countdown. */
export function telegramReminderSender(api: Api): ReminderSender {
  return async (countdown, reply) => {
    try {
      for (const html of renderHtml(reply)) await api.sendMessage(countdown.chatId, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      return "sent";
    } catch (error) {
      const outcome = classifyTelegramError(error).status;
      return outcome === "gone" ? "gone" : outcome === "rejected" ? "dropped" : "retry";
    }
  };
}
