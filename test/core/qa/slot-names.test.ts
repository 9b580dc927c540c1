import { describe, expect, it } from "vitest";
import { qaMessages } from "../../../src/content/qa-messages.ts";
import { QuestionAnswerer } from "../../../src/core/qa/answer.ts";
import { DRAW_SLOTS, PERSON_SLOTS } from "../../../src/core/qa/intents.ts";
import { replyToText } from "../../../src/core/reply.ts";
import { snapshotRounds, tempStore } from "../../helpers/fixtures.ts";

describe("the note naming what an answer could not use", () => {
  it("has words for every slot an answer may leave out, in both languages", () => {
    for (const lang of ["en", "fr"] as const) {
      const names = qaMessages(lang).slotNames as Record<string, string | undefined>;
      expect([...DRAW_SLOTS, ...PERSON_SLOTS].filter((s) => !names[s]), lang).toEqual([]);
    }
  });

  it("never shows a slot's code name to the user", async () => {
    const t = await tempStore();
    try {
      await t.store.upsert(snapshotRounds(), "2026-08-08T00:00:00.000Z");
      const qa = new QuestionAnswerer({ store: t.store, clock: () => new Date("2026-08-20T12:00:00Z"), greeting: () => "hi" });
      const a = await qa.answer("points for age 30 if my IELTS is 7 and my cousin lives in Toronto");
      const text = replyToText(a.reply);
      expect(text).not.toMatch(/\b(testName|canadianWorkYears|foreignWorkYears|roundStep|scoreTo|lastN|period2)\b/);
    } finally {
      await t.cleanup();
    }
  });
});
