import { Composer } from "grammy";
import { runTextCommand } from "../../../core/commands/text-router.ts";
import { helpText } from "../commands-list.ts";
import { calculate } from "../../../core/crs/calculate.ts";
import type { CrsProfile } from "../../../core/crs/profile.ts";
import { profileKey } from "./crs-wizard.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/** The data commands (/latest, /draws, /draw, /stats, /pool, /program), /start, /help and /lang. */
export function commandsFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { core } = deps;

  c.command(["start", "help"], async (ctx) => {
    if (ctx.match === "crs" || ctx.match === "eligible") return; // deep link from a group: the wizard feature handles it
    await sendReply(ctx, { lines: [helpText(ctx.lang)] });
  });

  c.command(["latest", "draws", "draw", "stats", "pool", "program", "ask", "trend"], async (ctx) => {
    const name = ctx.msg.text.slice(1).split(/[@\s]/)[0]!.toLowerCase();
    // /pool marks the user's score from their last /crs when they give none.
    const profile = name === "pool" && ctx.from ? await core.kv.get<CrsProfile>(profileKey(ctx.from.id)) : undefined;
    const score = profile ? calculate(profile).total : undefined;
    const reply = await runTextCommand(name, String(ctx.match ?? ""), { deps: core, qa: core.qa, lang: ctx.lang, cache: core.replies, ...(score !== undefined ? { score } : {}) });
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
