import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** The project's own lint rules (eslint.config.js, .dependency-cruiser.cjs), run on changes a newcomer might make. */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const rules = createRequire(import.meta.url)(join(ROOT, ".dependency-cruiser.cjs")) as { forbidden: unknown[] };
const eslint = new ESLint({ cwd: ROOT });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

/** Cruises `files` (path → source) laid out in a temporary project with the project's rules. */
async function cruiseTree(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "ee-bot-lint-"));
  try {
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), source);
    }
    return await cruiseIn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function cruiseIn(dir: string): Promise<string[]> {
  const { output } = await cruise(["src"], { baseDir: dir, validate: true, ruleSet: { forbidden: rules.forbidden } as never, doNotFollow: { path: "node_modules" }, tsPreCompilationDeps: true });
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe("imports point down", () => {
  it("GIVEN a core module that imports a bot, a platform library or the config THEN ESLint fails it", async () => {
    expect(await lintAs("src/core/commands/oops.ts", `import { createTelegramBot } from "../../bots/telegram/bot.ts";\nexport const x = createTelegramBot;\n`)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*The core never imports a bot/),
    ]);
    expect((await lintAs("src/core/oops.ts", `import { Bot } from "grammy";\nexport const x = Bot;\n`))[0]).toMatch(/The core knows no platform/);
    expect((await lintAs("src/core/qa/oops.ts", `import type { Config } from "../../config.ts";\nexport type X = Config;\n`))[0]).toMatch(/receives values, not the whole config/);
    // The bots may import their platform and the core.
    expect(await lintAs("src/bots/telegram/fine.ts", `import { Bot } from "grammy";\nimport { CATALOGUE } from "../../core/commands/catalogue.ts";\nexport const x = [Bot, CATALOGUE];\n`)).toEqual([]);
  });

  it("GIVEN folders that import each other, or the core importing a bot THEN dependency-cruiser fails it", async () => {
    const violations = await cruiseTree({
      "src/core/a/one.ts": `import { two } from "../b/two.ts";\nexport const one = () => two;\n`,
      "src/core/b/two.ts": `import { three } from "../a/three.ts";\nexport const two = three;\n`,
      "src/core/a/three.ts": `export const three = 3;\n`,
      "src/core/c/uses-bot.ts": `import { bot } from "../../bots/bot.ts";\nexport const c = bot;\n`,
      "src/bots/bot.ts": `export const bot = 1;\n`,
    });
    expect(violations).toContain("core-knows-no-platform: src/core/c/uses-bot.ts → src/bots/bot.ts");
    expect(violations.filter((v) => v.startsWith("no-folder-cycles:"))).not.toHaveLength(0);
  });

  it("GIVEN the project's src/ THEN no folder cycle and no core → bot import", async () => {
    expect(await cruiseIn(ROOT)).toEqual([]);
  });
});
