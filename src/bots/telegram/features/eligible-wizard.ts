import { Composer, InlineKeyboard } from "grammy";
import { eligibilityWizardMessages } from "../../../content/eligibility/wizard-messages.ts";
import { eligibleReply } from "../../../core/commands/eligible.ts";
import { calculate } from "../../../core/crs/calculate.ts";
import type { CrsProfile } from "../../../core/crs/profile.ts";
import { loadProfile, saveProfile } from "../../../core/crs/saved-profile.ts";
import { checkEligibility } from "../../../core/eligibility/check.ts";
import type { EligibilityProfile } from "../../../core/eligibility/profile.ts";
import { eligibilityAnswer, eligibilityBack, eligibilityPrompt, startEligibility, type EligibilityWizardState } from "../../../core/eligibility/wizard.ts";
import { isoDate } from "../../../core/ports.ts";
import { inLang } from "../../../core/reply.ts";
import { escapeHtml } from "../render.ts";
import { sendReply, type BotContext, type TelegramDeps } from "../context.ts";

/**
 * /eligible: the eligibility questionnaire with inline keyboards, Back and Cancel, in a private
 * chat. It starts from the user's last /crs profile; the answer lists programs, categories,
 * reasons and recent cutoffs beside the CRS score.
 */

const stateKey = (userId: number) => `tg:eligible:${userId}`;
const owner = (userId: number) => ({ platform: "telegram" as const, id: userId });
const TTL_MS = 24 * 60 * 60 * 1000;

function promptMessage(state: EligibilityWizardState, lang: "en" | "fr", intro?: string): { html: string; keyboard: InlineKeyboard } {
  const p = eligibilityPrompt(state, lang);
  const html = [intro ? escapeHtml(intro) : "", `<b>${escapeHtml(eligibilityWizardMessages(lang).header(p.position))}</b>`, escapeHtml(p.text)].filter(Boolean).join("\n\n");
  const kb = new InlineKeyboard();
  p.choices?.forEach((choice, i) => {
    kb.text(choice.label.slice(0, 60), `el:a:${choice.value}`);
    if ((i + 1) % ((p.choices?.length ?? 0) > 3 ? 1 : 3) === 0) kb.row();
  });
  kb.row();
  if (state.history.length || state.crs?.history.length) kb.text(inLang(lang, "◀ Back", "◀ Retour"), "el:back");
  kb.text(inLang(lang, "✖ Cancel", "✖ Annuler"), "el:cancel");
  return { html, keyboard: kb };
}

export function eligibleWizardFeature(deps: TelegramDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { core } = deps;
  const { profiles } = core;
  const load = (userId: number) => deps.chats.wizards.getWizard<EligibilityWizardState>(stateKey(userId));
  const save = (userId: number, state: EligibilityWizardState) => deps.chats.wizards.saveWizard(stateKey(userId), state, Date.now() + TTL_MS);
  const clear = (userId: number) => deps.chats.wizards.deleteWizard(stateKey(userId));
  const show = async (ctx: BotContext, state: EligibilityWizardState, intro?: string) => {
    const { html, keyboard } = promptMessage(state, ctx.lang, intro);
    await ctx.reply(html, { parse_mode: "HTML", reply_markup: keyboard });
  };

  const finish = async (ctx: BotContext, userId: number, profile: EligibilityProfile, base: CrsProfile) => {
    await clear(userId);
    await saveProfile(profiles, owner(userId), base);
    const reply = eligibleReply(checkEligibility(profile), { lang: ctx.lang, rounds: core.store.all(), lastCrs: calculate(base).total });
    await sendReply(ctx, reply);
  };

  const begin = async (ctx: BotContext) => {
    if (ctx.chat?.type !== "private") {
      await sendReply(ctx, {
        lines: [inLang(ctx.lang, "The eligibility check runs in a private chat:", "La vérification d’admissibilité se fait en privé :")],
        links: [{ label: inLang(ctx.lang, "Check my eligibility", "Vérifier mon admissibilité"), url: `https://t.me/${ctx.me.username}?start=eligible` }],
      });
      return;
    }
    const base = (await loadProfile(profiles, owner(ctx.from!.id))) ?? null;
    const state = startEligibility(base);
    await save(ctx.from!.id, state);
    const m = eligibilityWizardMessages(ctx.lang);
    await show(ctx, state, base ? m.reuse(calculate(base).total) : m.noProfile);
  };

  c.command("eligible", begin);
  c.command("start", async (ctx, next) => (ctx.match === "eligible" ? begin(ctx) : next()));

  const step = async (ctx: BotContext, userId: number, state: EligibilityWizardState, input: string) => {
    const result = eligibilityAnswer(state, input, ctx.lang, isoDate(core.clock));
    if ("error" in result) return show(ctx, state, `⚠️ ${result.error}`);
    if (result.done) return finish(ctx, userId, result.profile, result.state.base!);
    await save(userId, result.state);
    return show(ctx, result.state);
  };

  c.callbackQuery(/^el:(a:(.+)|back|cancel)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const userId = ctx.from.id;
    const state = await load(userId);
    if (!state) {
      await ctx.reply(inLang(ctx.lang, "This check has expired. Type /eligible to start again.", "Cette vérification a expiré. Tapez /eligible pour recommencer."));
      return;
    }
    const action = ctx.match[1]!;
    if (action === "cancel") {
      await clear(userId);
      await ctx.reply(inLang(ctx.lang, "Cancelled. Type /eligible to start again.", "Annulé. Tapez /eligible pour recommencer."));
      return;
    }
    if (action === "back") {
      const previous = eligibilityBack(state);
      await save(userId, previous);
      return show(ctx, previous);
    }
    return step(ctx, userId, state, ctx.match[2]!);
  });

  c.chatType("private").on("message:text", async (ctx, next) => {
    if (ctx.msg.text.startsWith("/")) return next();
    const state = await load(ctx.from.id);
    if (!state) return next(); // no check open, or it expired
    return step(ctx, ctx.from.id, state, ctx.msg.text);
  });
  return c;
}
