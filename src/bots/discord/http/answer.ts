import { Routes, type REST } from "discord.js";
import type { Logger } from "../../../core/ports.ts";
import type { Reply } from "../../../core/reply.ts";
import type { CommandPlan } from "../command-work.ts";
import { renderEmbed } from "../render.ts";

/**
 * Turning a command's plan into the HTTP answer Discord waits for (at most 3 seconds): the reply
 * itself (type 4) when it is ready in time, else "thinking…" (type 5) and the reply later over REST
 * (`PATCH /webhooks/{app}/{token}/messages/@original`). A chart always goes the second way, as a
 * file. Errors are shown only to the user who asked.
 */

export const EPHEMERAL = 64;
export const CALLBACK = { pong: 1, message: 4, deferredMessage: 5, autocomplete: 8 } as const;

export interface HttpAnswer {
  /** The JSON body of the HTTP response. */
  body: Record<string, unknown>;
  /** Work to run once Discord has the response (the follow-up of a deferred answer). */
  after?: () => Promise<void>;
}

export interface AnswerContext {
  rest: REST;
  applicationId: string;
  token: string;
  logger: Logger;
  /** How long a reply may take before the answer is deferred (0 = always defer). */
  deferAfterMs: number;
  apology: Reply;
}

export function messageData(reply: Reply, plan: Pick<CommandPlan, "ephemeral" | "components">): Record<string, unknown> {
  const embed = renderEmbed(reply);
  if (reply.image) embed.image = { url: `attachment://${reply.image.filename}` };
  return {
    embeds: [embed],
    allowed_mentions: { parse: [] },
    ...(reply.error || plan.ephemeral ? { flags: EPHEMERAL } : {}),
    ...(!reply.error && plan.components ? { components: plan.components } : {}),
  };
}

const SLOW = Symbol("slow");

export async function answerPlan(plan: CommandPlan, ctx: AnswerContext): Promise<HttpAnswer> {
  const pending: Promise<Reply> = Promise.resolve()
    .then(() => plan.work())
    .catch((error: Error) => {
      ctx.logger.error({ message: error.message }, "an interaction failed");
      return ctx.apology;
    });
  const first =
    ctx.deferAfterMs <= 0 ? SLOW : await Promise.race([pending, new Promise<typeof SLOW>((resolve) => setTimeout(() => resolve(SLOW), ctx.deferAfterMs).unref())]);
  if (first !== SLOW && !first.image) return { body: { type: CALLBACK.message, data: messageData(first, plan) } };
  return {
    body: { type: CALLBACK.deferredMessage, data: plan.ephemeral ? { flags: EPHEMERAL } : {} },
    after: async () => followUp(await pending, plan, ctx),
  };
}

/** Replaces the "thinking…" message with the reply; an error replaces it with a message only the user sees. */
async function followUp(reply: Reply, plan: CommandPlan, ctx: AnswerContext): Promise<void> {
  const { rest, applicationId, token } = ctx;
  const original = Routes.webhookMessage(applicationId, token, "@original");
  if (reply.error && !plan.ephemeral) {
    await rest.delete(original, { auth: false }).catch(() => {});
    await rest.post(Routes.webhook(applicationId, token), { body: messageData(reply, plan), auth: false });
    return;
  }
  const { flags: _flags, ...data } = messageData(reply, plan);
  const image = reply.image;
  await rest.patch(original, {
    auth: false,
    body: image ? { ...data, attachments: [{ id: 0, filename: image.filename, description: image.alt.slice(0, 1024) }] } : data,
    ...(image ? { files: [{ name: image.filename, data: image.png, contentType: "image/png" }] } : {}),
  });
}
