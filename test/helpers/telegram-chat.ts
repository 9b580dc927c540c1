import { tg, type FakeTelegram } from "./fake-telegram.ts";

/** A person in a private chat with the bot: typing, pressing buttons, and the bot's next message each time. */

export type Sent = Record<string, unknown> & { text: string; reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> } };

export function telegramChat(fake: FakeTelegram, userExtra: (user: number) => Record<string, unknown> = () => ({})) {
  const send = async (update: Record<string, unknown>, chatId: number): Promise<Sent> => {
    const since = fake.calls.length;
    fake.push(update);
    return (await fake.nextMessage(chatId, since)) as Sent;
  };
  const buttons = (m: Sent) => (m.reply_markup?.inline_keyboard ?? []).flat();
  const press = (m: Sent, label: string | RegExp, user: number) => {
    const b = buttons(m).find((x) => (typeof label === "string" ? x.text === label : label.test(x.text)));
    if (!b) throw new Error(`no button ${label} in ${buttons(m).map((x) => x.text).join(" | ")}`);
    return send(tg.callback(b.callback_data, { from: tg.user(user, userExtra(user)) }), user);
  };
  const type = (text: string, user: number) => send(tg.message(text, { from: tg.user(user, userExtra(user)) }), user);
  return { send, buttons, press, type };
}
