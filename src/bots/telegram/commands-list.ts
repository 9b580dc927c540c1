import { CATALOGUE } from "../../core/commands/catalogue.ts";
import { telegramMenu } from "../../core/commands/help.ts";
import type { Lang } from "../../core/reply.ts";

/** The commands registered with Telegram (setMyCommands) in one language, from the catalogue. */
export const telegramCommands = (lang: Lang) => telegramMenu(CATALOGUE, lang);
