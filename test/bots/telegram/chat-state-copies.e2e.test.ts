import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../../src/config.ts";
import { startApp, type RunningApp } from "../../../src/start.ts";
import { FakeTelegram, tg } from "../../helpers/fake-telegram.ts";
import { captureLogger } from "../../helpers/log-capture.ts";
import { POSTGRES_SKIP_NOTE, TEST_POSTGRES_URL, tempSchema } from "../../helpers/pg-store.ts";
import { TOKEN } from "../../helpers/telegram-app.ts";

/**
 * Two copies of the app on one store, each long-polling its own fake Telegram (so no update claim
 * is written: between two updates nothing else commits). Each copy keeps chat languages and open
 * wizards in memory; what one copy writes must be what the other answers with at its next update.
 */

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

describe.each(STORES)("chat state shared by two copies on one $name store", ({ open }) => {
  const fakes: FakeTelegram[] = [];
  const copies: RunningApp[] = [];
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ee-bot-chat-state-"));
    store = open(dir);
    const log = captureLogger("warn", [TOKEN]);
    for (let i = 0; i < 2; i++) {
      const fake = await new FakeTelegram(TOKEN).start();
      fakes.push(fake);
      const env = { STORE_URL: store.url, DRAWS_FEED_URL: "http://127.0.0.1:9/none", DRAWS_POLL_SECONDS: "3600", TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url };
      copies.push(await startApp(createConfig(env), { logger: log.logger, clock: () => new Date("2026-08-20T12:00:00Z") }));
      await fake.waitFor((calls) => calls.some((c) => c.method === "getUpdates"));
    }
  }, 30_000);

  afterAll(async () => {
    for (const app of copies) await app.stop();
    for (const fake of fakes) await fake.close();
    await store?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends `text` from `user` (in their private chat) to copy `copy` and returns its answer. */
  const say = (copy: number, text: string, user: number) => fakes[copy]!.exchange(tg.message(text, { from: tg.user(user) }), user);

  it("a language chosen through one copy is the language of the other's next answer, both ways", async () => {
    const chat = 6_001;
    expect((await say(1, "/latest", chat)).text).toContain("Latest round");
    await say(0, "/lang fr", chat);
    expect((await say(1, "/latest", chat)).text).toContain("Dernière ronde");
    await say(1, "/lang en", chat);
    expect((await say(0, "/latest", chat)).text).toContain("Latest round");
  });

  it("a /crs wizard started through one copy takes the next typed answer on the other", async () => {
    const user = 6_002;
    // The other copy has answered this user already, with no wizard open.
    expect(isWizardPrompt(await say(1, QUESTION, user))).toBe(false);
    const first = await say(0, "/crs", user);
    expect(first.text).toContain("How old are you?");
    const second = await say(1, "29", user);
    expect(isWizardPrompt(second)).toBe(true);
    expect(second.text).toContain("marital status");
    // And back: the step the second copy saved is where the first one goes on.
    const third = await say(0, "twelve", user);
    expect(third.text).toContain("marital status");
  });

  it("an /eligible check started through one copy takes the next typed answer on the other", async () => {
    const user = 6_003;
    expect(JSON.stringify((await say(1, QUESTION, user)).reply_markup ?? {})).not.toContain('"el:');
    const first = await say(0, "/eligible", user);
    expect(JSON.stringify(first.reply_markup)).toContain('"el:');
    const next = await say(1, "not an answer", user);
    // The questionnaire answers (its step again, with its buttons), not the question engine.
    expect(JSON.stringify(next.reply_markup ?? {})).toContain('"el:');
  });

  it("a wizard cancelled through one copy no longer holds the other's free text", async () => {
    const user = 6_004;
    const prompt = await say(0, "/crs", user);
    expect(isWizardPrompt(await say(1, "29", user))).toBe(true); // the second copy knows it is open
    const since = fakes[0]!.calls.length;
    fakes[0]!.push(tg.callback("crs:cancel", { from: tg.user(user), messageId: Number((prompt as { message_id?: number }).message_id ?? 1) }));
    expect(String((await fakes[0]!.nextMessage(user, since)).text)).toContain("Cancelled");
    const answer = await say(1, QUESTION, user);
    expect(isWizardPrompt(answer)).toBe(false);
    expect(answer.text).toContain("Canadian Experience Class");
  });
});
