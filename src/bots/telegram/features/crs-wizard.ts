import { Composer, InlineKeyboard } from "grammy";
import { WIZARD_WORDS } from "../../../content/wizard-words.ts";
import { crsReply } from "../../../core/commands/crs.ts";
import { calculate } from "../../../core/crs/calculate.ts";
import type { CrsProfile } from "../../../core/crs/profile.ts";
import { loadProfile, saveProfile } from "../../../core/crs/saved-profile.ts";
import { answer, back, prompt, startWizard, type WizardState } from "../../../core/crs/wizard.ts";
import { isoDate } from "../../../core/ports.ts";
import { escapeHtml } from "../render.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/**
 * /crs: the step-by-step CRS wizard with inline keyboards, Back and Cancel, typed answers checked
 * at each step, ending in the total, breakdown, what-ifs and recent rounds. The wizard state and
 * the last profile are kept in the store, so a user can come back to the result later.
 */

const stateKey = (userId: number) => `tg:${userId}`;
const owner = (userId: number) => ({ platform: "telegram" as const, id: userId });
const WIZARD_TTL_MS = 24 * 60 * 60 * 1000;

function promptMessage(state: WizardState, lang: "en" | "fr", error?: string): { html: string; keyboard: InlineKeyboard } {
  const p = prompt(state, lang);
  const w = WIZARD_WORDS[lang];
  const header = w.header(p.position, p.total);
  const html = [error ? `⚠️ ${escapeHtml(error)}` : "", `<b>${escapeHtml(header)}</b>`, escapeHtml(p.text)].filter(Boolean).join("\n\n");
  const kb = new InlineKeyboard();
  const perRow = (p.choices?.length ?? 0) > 4 ? 2 : 3;
  p.choices?.forEach((choice, i) => {
    kb.text(choice.label, `crs:a:${choice.value}`);
    if ((i + 1) % perRow === 0) kb.row();
  });
  kb.row();
  if (state.history.length) kb.text(w.back, "crs:back");
  kb.text(w.cancel, "crs:cancel");
  return { html, keyboard: kb };
}

export function crsWizardFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { core } = deps;
  const { profiles } = core;
  const loadState = (userId: number) => deps.chats.wizards.getWizard<WizardState>(stateKey(userId));
  const saveState = (userId: number, state: WizardState) => deps.chats.wizards.saveWizard(stateKey(userId), state, Date.now() + WIZARD_TTL_MS);
  const clearState = (userId: number) => deps.chats.wizards.deleteWizard(stateKey(userId));

  const showPrompt = async (ctx: BotContext, state: WizardState, error?: string) => {
    const { html, keyboard } = promptMessage(state, ctx.lang, error);
    await ctx.reply(html, { parse_mode: "HTML", reply_markup: keyboard });
  };

  const finish = async (ctx: BotContext, userId: number, profile: CrsProfile) => {
    await clearState(userId);
    await saveProfile(profiles, owner(userId), profile);
    const reply = crsReply(profile, { lang: ctx.lang, rounds: core.store.all(), asOf: isoDate(core.clock) });
    await sendReply(ctx, reply);
  };

  const begin = async (ctx: BotContext) => {
    const userId = ctx.from!.id;
    const state = startWizard();
    await saveState(userId, state);
    await showPrompt(ctx, state);
  };

  const openWizard = async (ctx: BotContext) => {
    if (ctx.chat?.type !== "private") {
      const link = `https://t.me/${ctx.me.username}?start=crs`;
      await sendReply(ctx, {
        lines: [WIZARD_WORDS[ctx.lang].privateOnly],
        links: [{ label: WIZARD_WORDS[ctx.lang].privateLink, url: link }],
      });
      return;
    }
    const last = await loadProfile(profiles, owner(ctx.from!.id));
    if (last) {
      const total = calculate(last).total;
      const kb = new InlineKeyboard()
        .text(WIZARD_WORDS[ctx.lang].useLast(total), "crs:last")
        .row()
        .text(WIZARD_WORDS[ctx.lang].startOver, "crs:new");
      await ctx.reply(WIZARD_WORDS[ctx.lang].savedProfile, { reply_markup: kb });
      return;
    }
    await begin(ctx);
  };

  c.command("crs", openWizard);
  c.command("start", async (ctx, next) => (ctx.match === "crs" ? openWizard(ctx) : next()));

  c.callbackQuery(/^crs:(a:(.+)|back|cancel|last|new)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const userId = ctx.from.id;
    const action = ctx.match[1]!;
    if (action === "new") return begin(ctx);
    if (action === "last") {
      const last = await loadProfile(profiles, owner(userId));
      return last ? finish(ctx, userId, last) : begin(ctx);
    }
    const state = await loadState(userId);
    if (!state) {
      await ctx.reply(WIZARD_WORDS[ctx.lang].expired);
      return;
    }
    if (action === "cancel") {
      await clearState(userId);
      await ctx.reply(WIZARD_WORDS[ctx.lang].cancelled);
      return;
    }
    if (action === "back") {
      const previous = back(state);
      await saveState(userId, previous);
      return showPrompt(ctx, previous);
    }
    return step(ctx, userId, state, ctx.match[2]!);
  });

  const step = async (ctx: BotContext, userId: number, state: WizardState, input: string) => {
    const result = answer(state, input, ctx.lang);
    if ("error" in result) return showPrompt(ctx, state, result.error);
    if (result.done) return finish(ctx, userId, result.profile);
    await saveState(userId, result.state);
    return showPrompt(ctx, result.state);
  };

  // Typed answers (age, test scores) while a wizard is open in a private chat.
  c.chatType("private").on("message:text", async (ctx, next) => {
    if (ctx.msg.text.startsWith("/")) return next();
    const state = await loadState(ctx.from.id);
    if (!state) return next(); // no wizard open, or it expired
    return step(ctx, ctx.from.id, state, ctx.msg.text);
  });

  return c;
}
