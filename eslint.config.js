// ESLint 9 flat config: JS and typescript-eslint recommended rules, plus the import boundary the
// core keeps (dependency-cruiser checks the folder graph: see .dependency-cruiser.cjs).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** What src/core/** must never import: a chat platform, the bots, or the whole config. */
const CORE_FORBIDDEN = [
  { group: ["grammy", "grammy/*", "@grammyjs/*", "discord.js", "@discordjs/*"], message: "The core knows no platform: put platform code in src/bots/." },
  { group: ["**/bots/**"], message: "The core never imports a bot: the bots import the core." },
  { group: ["**/config.ts"], message: "The core receives values, not the whole config: pass what it needs as parameters." },
];

export default tseslint.config(
  { ignores: ["node_modules/", "coverage/", "data/", "assets/", "scratch/", "test/fixtures/", "test/lint-fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", fetch: "readonly", AbortController: "readonly", AbortSignal: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", structuredClone: "readonly", performance: "readonly", queueMicrotask: "readonly", setImmediate: "readonly", Response: "readonly", Request: "readonly", Headers: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } } },
  {
    files: ["src/core/**/*.ts", "src/core/**/*.mjs"],
    rules: { "no-restricted-imports": ["error", { patterns: CORE_FORBIDDEN }] },
  },
);
