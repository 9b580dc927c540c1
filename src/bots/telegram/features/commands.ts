import { Composer } from "grammy";
import { commandsOn } from "../../../core/commands/catalogue.ts";
import { runTextCommand } from "../../../core/commands/text-router.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/**
 * Every catalogue command the core answers on Telegram (/latest, /draws, /records, /help…), and
 * /lang, which sets this chat's language. The wizard and subscriptions have their own features.
 */
export function commandsFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { core } = deps;
  const names = commandsOn("telegram").filter((cmd) => cmd.run).map((cmd) => cmd.name);

  c.command(names, async (ctx) => {
    const name = ctx.msg.text.slice(1).split(/[@\s]/)[0]!.toLowerCase();
    const user = ctx.from ? { platform: "telegram" as const, id: String(ctx.from.id) } : undefined;
    const reply = await runTextCommand(name, String(ctx.match ?? ""), core, { lang: ctx.lang, surface: "telegram", ...(user ? { user } : {}) });
    if (reply) await sendReply(ctx, reply);
  });

  c.command("lang", async (ctx) => {
    const wanted = String(ctx.match ?? "").trim().toLowerCase();
    if (wanted !== "en" && wanted !== "fr") {
      await sendReply(ctx, { error: true, lines: [ctx.lang === "fr" ? "Utilisez /lang en ou /lang fr." : "Use /lang en or /lang fr."] });
      return;
    }
    await deps.chats.langs.set(ctx.chat.id, wanted);
    ctx.lang = wanted;
    await sendReply(ctx, { lines: [wanted === "fr" ? "D’accord, je réponds en français dans cette conversation." : "OK, I'll answer in English in this chat."] });
  });

  return c;
}
