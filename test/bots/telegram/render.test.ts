import { describe, expect, it } from "vitest";
import { escapeHtml, renderHtml, TELEGRAM_CAPTION_LIMIT, TELEGRAM_LIMIT } from "../../../src/bots/telegram/render.ts";

/** Whether every tag opened in `html` is closed in the same message, in order. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(b|i|a)(?:\s[^>]*)?>/g)) {
    if (!m[1]) stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

describe("renderHtml (Reply → Telegram HTML)", () => {
  it("GIVEN text from users or the feed THEN it is escaped, in the title, lines, fields, links and footer", () => {
    const [html] = renderHtml({ title: "<b>x</b>", url: "https://e.x/?a=1&b=\"2\"", lines: ["1 < 2 & 3 > 2"], fields: [{ name: "<i>", value: "</a>" }], links: [{ label: "<script>", url: "https://e.x/\"" }], footer: "a & b" });
    expect(html).toContain('<b><a href="https://e.x/?a=1&amp;b=&quot;2&quot;">&lt;b&gt;x&lt;/b&gt;</a></b>');
    expect(html).toContain("1 &lt; 2 &amp; 3 &gt; 2");
    expect(html).toContain("<b>&lt;i&gt;</b>\n&lt;/a&gt;");
    expect(html).toContain('<a href="https://e.x/&quot;">&lt;script&gt;</a>');
    expect(html).toContain("<i>a &amp; b</i>");
    expect(balanced(html!)).toBe(true);
  });

  it("GIVEN a reply longer than a message THEN it is split into messages within the limit, never inside a tag, losing nothing", () => {
    const lines = Array.from({ length: 400 }, (_, i) => `line ${i} <&> ${"x".repeat(i % 50)}`);
    const fields = [{ name: "Field", value: Array.from({ length: 300 }, (_, i) => `value ${i} &`).join("\n") }];
    const parts = renderHtml({ title: "T", lines, fields, footer: "as of" });
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(balanced(p)).toBe(true);
    }
    const all = parts.join("\n");
    for (const i of [0, 199, 399]) expect(all).toContain(escapeHtml(lines[i]!));
    expect(all).toContain("value 299 &amp;");
  });

  it("GIVEN one line longer than a message and a caption limit THEN it is cut to fit", () => {
    const parts = renderHtml({ lines: ["&".repeat(10_000)] }, TELEGRAM_CAPTION_LIMIT);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(TELEGRAM_CAPTION_LIMIT);
    expect(parts.join("").replace(/&amp;/g, "&").replace(/\n/g, "")).toHaveLength(10_000);
  });

  it("GIVEN an empty reply THEN one empty message", () => {
    expect(renderHtml({})).toEqual([""]);
  });
});
