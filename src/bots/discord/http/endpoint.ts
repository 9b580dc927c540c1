import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { closeServer, HttpError, listen, readBody } from "../../../http-server.ts";
import { REST } from "discord.js";
import { CHAT_WORDS } from "../../../content/chat-words.ts";
import type { Core } from "../../../core/app.ts";
import { GUARD_MESSAGES } from "../../../content/guard-messages.ts";
import { UserRateLimit } from "../rate-limit.ts";
import type { Logger } from "../../../core/ports.ts";
import type { Lang } from "../../../core/reply.ts";
import type { SubscriptionStore } from "../../../core/subscriptions.ts";
import { autocompleteChoices, buttonPlan, commandPlan, type CommandContext, type CommandPlan } from "../command-work.ts";
import { subscriptionPlan } from "./subscriptions.ts";
import type { RawInteraction, RawOption } from "./raw.ts";
import type { OptionValues } from "../crs-options.ts";
import { answerPlan, CALLBACK, EPHEMERAL, type HttpAnswer } from "./answer.ts";
import { BotRights } from "./bot-rights.ts";
import { createVerifier } from "./verify.ts";

/**
 * Discord over HTTP: Discord posts each interaction to `POST /interactions`, signed with the
 * application's Ed25519 key, and waits up to 3 seconds for the answer in the HTTP response. No
 * gateway connection is needed, so any number of copies behind a load balancer can answer slash
 * commands. Bad or missing signatures get 401, bodies over the limit 413, a user sending too many
 * commands an ephemeral notice.
 */

export interface InteractionsDeps {
  core: Core;
  subs: SubscriptionStore;
  logger: Logger;
}

export interface InteractionsOptions {
  publicKey: string;
  port: number;
  host?: string;
  /** Discord's API base for follow-ups, e.g. https://discord.com/api. */
  apiUrl?: string;
  /** The bot token (DISCORD_TOKEN): to read the bot's rights in a channel other than the command's. */
  token?: string;
  /** How long the bot's rights read over REST are kept, per server and channel. */
  rightsTtlMs?: number;
  deferAfterMs?: number;
  maxBodyBytes?: number;
  /** Per user: at most `max` commands and button presses in `windowMs`. */
  rateLimit?: { max: number; windowMs: number };
  /** How far a request's timestamp may be from now. */
  maxSkewMs?: number;
}

export interface RunningInteractions {
  port: number;
  stop(): Promise<void>;
}

const TYPE = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;
export const DEFAULT_MAX_BODY = 128 * 1024;

export const langOf = (i: Pick<RawInteraction, "locale" | "guild_locale">): Lang => ((i.locale ?? i.guild_locale ?? "en").startsWith("fr") ? "fr" : "en");
/** The user: `member.user` in a server, `user` in DMs and group DMs. */
export const userOf = (i: RawInteraction): string | undefined => i.member?.user.id ?? i.user?.id;

/** Options as name → value; subcommands' options are flattened. */
export function optionValues(options: RawOption[] = []): OptionValues {
  const out: OptionValues = {};
  for (const o of options) {
    if (o.options) Object.assign(out, optionValues(o.options));
    else out[o.name] = o.value;
  }
  return out;
}

export async function startInteractionsEndpoint(deps: InteractionsDeps, opts: InteractionsOptions): Promise<RunningInteractions> {
  const log = deps.logger.child({ platform: "discord", transport: "http" });
  const verify = createVerifier(opts.publicKey, opts.maxSkewMs !== undefined ? { maxSkewMs: opts.maxSkewMs } : {});
  // Follow-ups go to webhook routes authenticated by the interaction's token: no bot token is needed.
  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {});
  // Reading the bot's own rights needs the bot token; an answer is due within seconds, so no long waits.
  const botRest = opts.token ? new REST({ ...(opts.apiUrl ? { api: opts.apiUrl } : {}), timeout: 5_000, retries: 1 }).setToken(opts.token) : undefined;
  const rights = new BotRights(botRest, log, opts.rightsTtlMs !== undefined ? { ttlMs: opts.rightsTtlMs } : {});
  // `max` at once, then `max` more per window, one at a time (w-guard's bucket, as on the gateway).
  const max = opts.rateLimit?.max ?? 8;
  const limiter = new UserRateLimit({ burst: max, refillMs: (opts.rateLimit?.windowMs ?? 10_000) / max });
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const followUps = new Set<Promise<void>>();

  const plan = (i: RawInteraction, ctx: CommandContext): CommandPlan => {
    if (i.type === TYPE.component) return buttonPlan(i.data?.custom_id ?? "", ctx);
    const o = optionValues(i.data?.options);
    return commandPlan(i.data?.name ?? "", o, ctx) ?? subscriptionPlan(i, o, ctx, { ...deps, rights });
  };

  async function dispatch(i: RawInteraction): Promise<HttpAnswer> {
    if (i.type === TYPE.ping) return { body: { type: CALLBACK.pong } };
    const lang = langOf(i);
    const userId = userOf(i);
    if (!userId) throw new HttpError(400, "no user");
    const ctx: CommandContext = { core: deps.core, userId, lang };
    // Rounds another process stored (the copy that polls, `ee-bot sync`): read only when the store changed.
    await deps.core.store.refresh().catch((error: Error) => log.warn({ message: error.message }, "could not check the store for new rounds; answering from those already loaded"));
    if (i.type === TYPE.autocomplete) {
      const focused = findFocused(i.data?.options ?? []);
      return { body: { type: CALLBACK.autocomplete, data: { choices: focused ? autocompleteChoices(focused.name, String(focused.value ?? ""), deps.core, lang) : [] } } };
    }
    if (i.type !== TYPE.command && i.type !== TYPE.component) throw new HttpError(400, "unsupported interaction type");
    const waitMs = limiter.take(userId);
    if (waitMs > 0) return { body: { type: CALLBACK.message, data: { content: GUARD_MESSAGES[lang].slowDown(Math.ceil(waitMs / 1000)), flags: EPHEMERAL, allowed_mentions: { parse: [] } } } };
    return answerPlan(plan(i, ctx), {
      rest,
      applicationId: i.application_id,
      token: i.token,
      logger: log,
      deferAfterMs: opts.deferAfterMs ?? 1_500,
      apology: { error: true, lines: [CHAT_WORDS[lang].apology] },
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    if (path !== "/interactions") throw new HttpError(404, "not found");
    if (req.method !== "POST") throw new HttpError(405, "use POST");
    const body = await readBody(req, maxBody);
    const checked = verify(header(req, "x-signature-ed25519"), header(req, "x-signature-timestamp"), body);
    if (!checked.ok) {
      log.warn({ reason: checked.reason }, "refused an interaction with a bad signature");
      throw new HttpError(401, "invalid request signature");
    }
    let interaction: RawInteraction;
    try {
      interaction = JSON.parse(body.toString("utf8")) as RawInteraction;
    } catch {
      throw new HttpError(400, "body is not JSON");
    }
    if (typeof interaction !== "object" || interaction === null || typeof interaction.type !== "number") throw new HttpError(400, "not an interaction");
    const answer = await dispatch(interaction);
    const telemetry = deps.core.telemetry;
    telemetry.updateHandled("discord", kindOf(interaction.type));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    if (answer.body.type === CALLBACK.message) telemetry.replySent("discord");
    if (answer.after) {
      // The follow-up may only start once Discord has the "thinking…" answer.
      const after = answer.after;
      // ("close" too: if the connection dropped, the follow-up fails fast instead of waiting forever.)
      const job = new Promise<void>((resolve) => {
        res.once("finish", resolve);
        res.once("close", resolve);
      })
        .then(after)
        .then(() => telemetry.replySent("discord"))
        .catch((error: Error) => log.error({ message: error.message, interaction: interaction.id }, "could not send a deferred answer"))
        .finally(() => followUps.delete(job));
      followUps.add(job);
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) log.error({ message: error.message }, "the interactions endpoint failed");
      if (res.headersSent) return void res.end();
      res.writeHead(status, { "content-type": "text/plain", ...(status === 413 ? { connection: "close" } : {}) }).end(error instanceof HttpError ? error.message : "internal error");
      if (status === 413) res.once("finish", () => req.destroy());
    });
  });
  server.requestTimeout = 10_000;
  const port = await listen(server, opts.port, opts.host);
  log.info({ port }, "Discord interactions endpoint listening (HTTP mode, no gateway)");
  // Let answers already computed reach Discord, but never wait long.
  return { port, stop: () => closeServer(server, followUps) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function findFocused(options: RawOption[]): RawOption | undefined {
  for (const o of options) {
    if (o.focused) return o;
    const inner = o.options && findFocused(o.options);
    if (inner) return inner;
  }
  return undefined;
}

const kindOf = (type: number) => (type === TYPE.ping ? "ping" : type === TYPE.command ? "command" : type === TYPE.component ? "component" : "autocomplete");
