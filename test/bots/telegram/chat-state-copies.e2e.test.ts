import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../../src/config.ts";
import { startApp, type RunningApp } from "../../../src/start.ts";
import { eventually } from "../../helpers/eventually.ts";
import { FakeTelegram, tg } from "../../helpers/fake-telegram.ts";
import { captureLogger } from "../../helpers/log-capture.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema } from "../../helpers/pg-store.ts";
import { TOKEN } from "../../helpers/telegram-app.ts";

/**
 * Two copies of the app on one store. Each copy keeps chat languages and open wizards in memory;
 * what one copy writes must be what the other answers with at its next update.
 *
 * - Webhooks (how several copies run): the test is the load balancer, posting each update to the
 *   copy it chooses. Taking the chat's lock also reads the chat state's change number, so the next
 *   update is answered with the other copy's write at once, on SQLite and PostgreSQL alike.
 * - Long polling, each copy on its own fake Telegram: no claim is written per update, so the copy
 *   learns of a write from the change token only: on SQLite at once (the WAL index shows a commit
 *   before it returns), on PostgreSQL once the commit's notification has arrived (`said` waits for
 *   that; on a loaded machine it can take milliseconds, far less than a person takes to answer).
 */

const SECRET = "webhook-secret-for-tests";

interface Store {
  url: string;
  drop(): Promise<void>;
}

const STORES: Array<{ name: string; open: (dir: string) => Store }> = [
  { name: "SQLite", open: (dir) => ({ url: `sqlite://${join(dir, "store.sqlite")}`, drop: async () => {} }) },
  ...(TEST_POSTGRES_URL ? [{ name: "PostgreSQL", open: () => tempSchema() }] : []),
];
if (!TEST_POSTGRES_URL) console.warn(POSTGRES_SKIP_NOTE);

const QUESTION = "when was the last CEC draw?";
const isWizardPrompt = (m: Record<string, unknown>) => JSON.stringify(m.reply_markup ?? {}).includes('"crs:');

const CASES = STORES.flatMap((store) => (["webhooks", "long polling"] as const).map((transport) => ({ ...store, transport })));

describe.each(CASES)("chat state shared by two copies on one $name store, over $transport", ({ open, transport }) => {
  const webhooks = transport === "webhooks";
  const fakes: FakeTelegram[] = [];
  const copies: RunningApp[] = [];
  let dir: string;
  let store: Store;
  let nextUpdate = 1;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ee-bot-chat-state-"));
    store = open(dir);
    const log = captureLogger("warn", [TOKEN, SECRET]);
    for (let i = 0; i < 2; i++) {
      // Webhooks: one Telegram for both copies; long polling: one each.
      const fake = webhooks && fakes[0] ? fakes[0] : await new FakeTelegram(TOKEN).start();
      fakes.push(fake);
      const env = {
        STORE_URL: store.url,
        DRAWS_FEED_URL: "http://127.0.0.1:9/none",
        DRAWS_POLL_SECONDS: "3600",
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        ...(webhooks ? { TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram", TELEGRAM_WEBHOOK_PORT: "0", TELEGRAM_WEBHOOK_SECRET: SECRET } : {}),
      };
      copies.push(await startApp(createConfig(env), { logger: log.logger, clock: () => new Date("2026-08-20T12:00:00Z") }));
      if (!webhooks) await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates"));
    }
  }, 30_000);

  afterAll(async () => {
    for (const app of copies) await app.stop();
    for (const fake of new Set(fakes)) await fake.close();
    await store?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Gives `update` to copy `copy` (as the load balancer would, or through its own Telegram) and returns the answer to `user`. */
  const send = async (copy: number, update: Record<string, unknown>, user: number) => {
    const fake = fakes[copy]!;
    const since = fake.calls.length;
    if (!webhooks) fake.push(update);
    else {
      const res = await fetch(`http://127.0.0.1:${copies[copy]!.telegram!.webhookPort}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify({ ...update, update_id: nextUpdate++ }),
      });
      expect(res.status).toBe(200);
    }
    return (await fake.nextMessage(user, since)) as Record<string, unknown> & { text: string };
  };
  /** Sends `text` from `user` (in their private chat) to copy `copy` and returns its answer. */
  const say = (copy: number, text: string, user: number) => send(copy, tg.message(text, { from: tg.user(user) }), user);
  /**
   * `say`, for a message that writes. Over webhooks the next update needs nothing more. Over long
   * polling, returns once the other copy's store has heard of a commit (without reading the rows).
   */
  const said = async (copy: number, text: string, user: number) => {
    const other = copies[1 - copy]!.core.records;
    const before = other.changeToken();
    const answer = await say(copy, text, user);
    if (!webhooks) await eventually(() => expect(other.changeToken()).not.toBe(before));
    return answer;
  };

  it("a language chosen through one copy is the language of the other's next answer, both ways", async () => {
    const chat = 6_001;
    expect((await say(1, "/latest", chat)).text).toContain("Latest round");
    await said(0, "/lang fr", chat);
    expect((await say(1, "/latest", chat)).text).toContain("Dernière ronde");
    await said(1, "/lang en", chat);
    expect((await say(0, "/latest", chat)).text).toContain("Latest round");
  });

  it("a /crs wizard started through one copy takes the next typed answer on the other", async () => {
    const user = 6_002;
    // The other copy has answered this user already, with no wizard open.
    expect(isWizardPrompt(await say(1, QUESTION, user))).toBe(false);
    const first = await said(0, "/crs", user);
    expect(first.text).toContain("How old are you?");
    const second = await said(1, "29", user);
    expect(isWizardPrompt(second)).toBe(true);
    expect(second.text).toContain("marital status");
    // And back: the step the second copy saved is where the first one goes on.
    const third = await say(0, "twelve", user);
    expect(third.text).toContain("marital status");
  });

  it("an /eligible check started through one copy takes the next typed answer on the other", async () => {
    const user = 6_003;
    expect(JSON.stringify((await say(1, QUESTION, user)).reply_markup ?? {})).not.toContain('"el:');
    const first = await said(0, "/eligible", user);
    expect(JSON.stringify(first.reply_markup)).toContain('"el:');
    const next = await say(1, "not an answer", user);
    // The questionnaire answers (its step again, with its buttons), not the question engine.
    expect(JSON.stringify(next.reply_markup ?? {})).toContain('"el:');
  });

  it("a wizard cancelled through one copy no longer holds the other's free text", async () => {
    const user = 6_004;
    const prompt = await said(0, "/crs", user);
    expect(isWizardPrompt(await say(1, "29", user))).toBe(true); // the second copy knows it is open
    const cancelled = await send(0, tg.callback("crs:cancel", { from: tg.user(user), messageId: Number((prompt as { message_id?: number }).message_id ?? 1) }), user);
    expect(cancelled.text).toContain("Cancelled");
    const answer = await say(1, QUESTION, user);
    expect(isWizardPrompt(answer)).toBe(false);
    expect(answer.text).toContain("Canadian Experience Class");
  });
});
