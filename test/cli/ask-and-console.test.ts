import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliSandbox, runBin, runCliInProcess } from "../helpers/run-bin.ts";

let env: Record<string, string>;
let cleanup: () => void;
beforeAll(() => ({ env, cleanup } = cliSandbox()));
afterAll(() => cleanup());

describe("ee-bot ask", () => {
  it("answers a question as plain text, in the question's language", async () => {
    const r = await runBin(["ask", "when was the last CEC draw?"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Latest round: #432 — Canadian Experience Class");
    expect(r.stdout).toContain("As of round #434");
    const fr = await runBin(["ask", "c'est quoi le PEC ?"], env);
    expect(fr.stdout).toContain("Catégorie de l’expérience canadienne");
  });

  it("--jsonl reads one question per line and writes one JSON object per line", async () => {
    const r = await runBin(["ask", "--jsonl"], env, "what is FST\n\npoints for age 30\nwhat's the weather in Paris\n");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ question: "what is FST", topic: "fst" });
    expect(lines[1]).toMatchObject({ topic: "crs-points:age" });
    expect(lines[1].answer).toContain("105 points");
    expect(lines[2].topic).toBe("none");
    expect(lines[2].confidence).toBeLessThan(0.5);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(["answer", "confidence", "question", "topic"]);
  });

  it("GIVEN no question THEN a usage message", async () => {
    const r = await runBin(["ask"], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ask needs a question/);
  });
});

describe("npm start with no token: the console chat", () => {
  it("says how to connect Discord and Telegram, answers commands and questions, and ends cleanly at end of input", async () => {
    const r = await runBin(["start"], env, "/latest cec\nhow many points is a master's?\n/draw 12345\n/nonsense\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no Discord or Telegram token is set");
    // The sandbox's feed is a closed port: the console tried it once, and says it is offline.
    expect(r.stdout).toMatch(/Offline: IRCC's feed could not be reached .* may be out of date/);
    expect(r.stdout).toContain("TELEGRAM_BOT_TOKEN");
    expect(r.stdout).toContain("DISCORD_TOKEN");
    expect(r.stdout).toContain("Latest round: #432");
    expect(r.stdout).toContain("135 points");
    expect(r.stdout).toContain("Give one round number");
    expect(r.stdout).toContain("Unknown command /nonsense");
    expect(r.stdout.trim().endsWith("Bye.")).toBe(true);
  });
});

describe("the console's /crs", () => {
  it("runs the same step-by-step calculator: numbered choices, typed answers checked, back and cancel", async () => {
    // Worked example 2 of CRS-RULES.md: single, 29, bachelor's, IELTS 7.0 in all four → 353.
    const input = ["/crs", "twelve", "29", "1", "back", "1", "5", "1", "7 7 7", "7 7 7 7", "1", "0", "0", "no", "no", "none", "no", "/crs", "cancel", "/latest"].join("\n") + "\n";
    const r = await runCliInProcess(["start"], env, input);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("! Please type your age as a whole number from 17 to 99.");
    expect(r.stdout).toContain("! Please type exactly four numbers.");
    expect(r.stdout).toContain("Your CRS score: 353");
    expect(r.stdout).toContain("Cancelled.");
    expect(r.stdout).toContain("Latest round: #434");
  });
});

describe("the console's one sync at start", () => {
  it("GIVEN IRCC's feed answers THEN it checks it once and says it is up to date, with no warning in answers", async () => {
    const { startFeedServer, json } = await import("../helpers/feed-server.ts");
    const { snapshotText } = await import("../helpers/fixtures.ts");
    const feed = await startFeedServer();
    feed.next(json(snapshotText()));
    const sandbox = cliSandbox(feed.url);
    try {
      const r = await runCliInProcess(["start"], sandbox.env, "latest draw\n");
      expect(r.stdout).toMatch(/Checked IRCC's feed: (up to date|\d+ new rounds?); 435 rounds, the latest #434/);
      expect(r.stdout).not.toContain("Offline");
      expect(r.stdout).not.toContain("may be out of date");
      expect(feed.requests).toHaveLength(1);
    } finally {
      sandbox.cleanup();
      await feed.close();
    }
  });

  it("GIVEN the feed never answers THEN the console starts anyway, offline, within its short timeout", async () => {
    const { startFeedServer, hang } = await import("../helpers/feed-server.ts");
    const feed = await startFeedServer();
    feed.next(hang);
    const sandbox = cliSandbox(feed.url);
    const started = Date.now();
    try {
      const r = await runCliInProcess(["start"], sandbox.env, "");
      expect(r.stdout).toContain("Offline");
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      sandbox.cleanup();
      await feed.close();
    }
  }, 20_000);
});
